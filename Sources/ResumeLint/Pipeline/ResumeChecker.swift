import Foundation
import ResumeFit
import ResumeLoading
import ResumeModel
import ResumeRender
import ResumeSupport
import ResumeThemes

/// Checks résumés — load, languages, fit, rules, configuration, suppressions, merge — and returns
/// what it found as a value, printing nothing: `lint`, `stats`, `watch` and the pre-commit hook
/// all check through it. A problem of one file is part of its report, never a thrown error.
public struct ResumeChecker: Sendable {
    /// What to check and how.
    public struct Options: Sendable {
        /// The theme named on the command line; nil for the file's `meta.theme`, else the default.
        public var theme: String?
        /// The language and tags to load.
        public var load: LoadOptions
        /// Whether a language was asked for; otherwise every language of the file is checked.
        public var languageChosen: Bool
        /// Whether the rules run (with the configuration and suppressions); `stats` only measures.
        public var runsRules: Bool
        /// Whether every item of the fit gets its line-saver (`FitItem.charsToSaveLine`), for a
        /// report that shows the whole fit; otherwise only the items a finding tells what to cut
        /// do, which saves most of the fit's line-breaking on a long résumé. Without the rules,
        /// every item does.
        public var measuresEveryLineSaver: Bool

        public init(
            theme: String? = nil, load: LoadOptions = LoadOptions(), languageChosen: Bool = false,
            runsRules: Bool = true, measuresEveryLineSaver: Bool = true
        ) {
            self.theme = theme
            self.load = load
            self.languageChosen = languageChosen
            self.runsRules = runsRules
            self.measuresEveryLineSaver = measuresEveryLineSaver
        }
    }

    public var options: Options
    /// Themes loaded so far; share one across the files of a run so each theme is compiled once.
    public var themes: ThemeCache
    /// Whether the rules that do not read the fit run on a thread of their own while the fit is
    /// measured: for one file, so that it uses both cores.
    var lintsBesideFit = true

    public init(options: Options, themes: ThemeCache = ThemeCache()) {
        self.options = options
        self.themes = themes
    }

    /// Checks the file at `path`, naming it by that path; `-` is standard input (`<stdin>`, with
    /// the configuration of the current folder).
    public func check(_ path: String) -> CheckedFile {
        guard path == StandardInput.path else { return check(URL(fileURLWithPath: path), displayName: path) }
        let name = StandardInput.displayName
        return check(name, configurationNear: URL(fileURLWithPath: name)) { ResumeLoader.load(path: path, options: $0) }
    }

    /// Checks the file at `url`, naming it `displayName` in every finding (the pre-commit hook
    /// checks staged copies under the names they have in the repository). The configuration is
    /// the one nearest to `url`.
    public func check(_ url: URL, displayName: String) -> CheckedFile {
        check(displayName, configurationNear: url) { ResumeLoader.load(contentsOf: url, displayName: displayName, options: $0) }
    }

    /// Checks a résumé's text, named `file`; the configuration is the one nearest to that path.
    public func check(text: String, file: String) -> CheckedFile {
        check(file, configurationNear: URL(fileURLWithPath: file)) { ResumeLoader.load(data: Data(text.utf8), file: file, options: $0) }
    }

    /// Checks `paths` on every core; the reports are in the order of the paths. With a `folder`,
    /// the paths are relative to it and the files are named by those relative paths.
    public func check(_ paths: [String], in folder: URL? = nil) -> [CheckedFile] {
        let base = folder.map { URL(fileURLWithPath: $0.path, isDirectory: true) }
        // Several files keep every core busy with files of their own.
        var checker = self
        checker.lintsBesideFit = paths.count < 2
        return paths.concurrentMap { [checker] path in
            base.map { checker.check(URL(fileURLWithPath: path, relativeTo: $0), displayName: path) } ?? checker.check(path)
        }
    }
}

/// What checking one file found.
public struct CheckedFile: Sendable {
    /// The name the file is reported by.
    public let file: String
    /// The first load: its problems, the text and the languages.
    public let loaded: LoadResult
    /// One per language checked; empty when the file did not load or `problem` is set.
    public var variants: [CheckedVariant] = []
    /// Why the file could not be checked although it loaded; it ends a command.
    public var problem: CheckProblem?
}

/// One language of a checked file: the résumé as loaded in it, its fit and its findings.
public struct CheckedVariant: Sendable {
    public let language: String?
    public let resume: Resume
    /// Nil when the fit could not be measured; `fitFailure` says why.
    public let report: FitReport?
    /// The theme measured against; nil when the one `meta.theme` names does not load.
    public let theme: Theme?
    /// Why there is no report.
    package let fitFailure: MeasuredFit.Failure?
    /// The findings after the configuration and suppressions, the unmeasured fit's among them
    /// (and, with `lint --verify`, what compiling found).
    public var findings: [Diagnostic]
}

/// A problem that stops checking a file that loaded.
public enum CheckProblem: Error, Sendable {
    /// The `.resume-lint.yaml` that applies has errors.
    case configuration(ConfigurationProblems)
    /// The theme given on the command line does not load; the text says why.
    case theme(String)
    /// The file loaded in its first language but not in this one.
    case language(String)
}

private extension ResumeChecker {
    func check(_ file: String, configurationNear url: URL, load: (LoadOptions) -> LoadResult) -> CheckedFile {
        // For one file, the theme the command line names (else the default, which most résumés
        // keep) is loaded, and its LaTeX templates, which the fit renders, compiled, on the other
        // core while the file loads; a résumé whose `meta.theme` names another loads that one
        // when it is chosen, as before.
        let themeLoading = lintsBesideFit ? ConcurrentMap.started { [themes, theme = options.theme] in
            _ = try? themes.theme(theme ?? ThemeChoice.defaultName).templates.templates(for: .tex)
        } : nil
        defer { themeLoading?.wait() }
        let loaded = load(options.load)
        var checked = CheckedFile(file: file, loaded: loaded)
        guard let resume = loaded.resume else { return checked }
        do {
            let configuration = options.runsRules ? try LintConfiguration.nearest(to: url) : LintConfiguration()
            let languages: [String?] = !options.languageChosen && loaded.languages.count > 1 ? loaded.languages : [nil]
            var variants: [CheckedVariant] = []
            for language in languages {
                let resume = try language.map { try reload(in: $0, load: load) } ?? resume
                variants.append(try check(resume, in: language, file: file, loaded: loaded, configuration: configuration))
            }
            let merged = LanguageFindings.merge(variants.map { ($0.language, $0.findings) })
            checked.variants = zip(variants, merged).map { variant, findings in
                CheckedVariant(
                    language: variant.language, resume: variant.resume, report: variant.report, theme: variant.theme,
                    fitFailure: variant.fitFailure, findings: findings)
            }
        } catch let problems as ConfigurationProblems {
            checked.problem = .configuration(problems)
        } catch let problem as CheckProblem {
            checked.problem = problem
        } catch {
            checked.problem = .theme("\(error)")
        }
        return checked
    }

    func check(
        _ resume: Resume, in language: String?, file: String, loaded: LoadResult, configuration: LintConfiguration
    ) throws -> CheckedVariant {
        let chosen = try ChosenTheme(resume, file: file, theme: options.theme, themes: themes)
        guard options.runsRules else {
            let measured = MeasuredFit.measure(resume, in: chosen)
            return CheckedVariant(
                language: language, resume: resume, report: measured.report, theme: measured.theme,
                fitFailure: measured.failure, findings: measured.failure.map { [$0.diagnostic()] } ?? [])
        }
        // A rule the configuration turns off is not run at all (spelling may load a dictionary).
        let linter = Linter(rules: Linter.rules.filter { configuration.severities[type(of: $0).description.id] != .some(nil) })
        var subject = LintSubject(
            resume: resume, file: file, fit: nil, theme: chosen.theme, source: loaded.source, options: configuration.options)
        subject.spelling = configuration.spelling
        let lineSavers = options.measuresEveryLineSaver ? LineSavers.all : linter.lineSavers(for: subject)
        // The suppressions are read from the source on the rules' thread, which is the shorter one.
        let source = loaded.source
        let (found, measured, suppressions) = linter.lint(
            subject, besideMeasuring: { MeasuredFit.measure(resume, in: chosen, lineSavers: lineSavers) },
            alongsideRules: { Suppressions(source: source, file: file) }, concurrently: lintsBesideFit)
        // The rules a measured fit would have run, unless the configuration turns them off.
        let notRun = measured.report != nil ? [] : linter.rulesNeedingFit.filter { configuration.severities[$0] != .some(nil) }
        var findings = suppressions.apply(to: configuration.apply(to: found), notRun: Set(notRun))
        if let failure = measured.failure, !notRun.isEmpty {
            findings = (findings + [failure.diagnostic(rulesNotRun: notRun)]).sortedByLocation()
        }
        return CheckedVariant(
            language: language, resume: resume, report: measured.report, theme: measured.theme,
            fitFailure: measured.failure, findings: findings)
    }

    /// The file loaded again in one of its languages; its problems were reported with the first load.
    func reload(in language: String, load: (LoadOptions) -> LoadResult) throws -> Resume {
        var variant = options.load
        variant.language = language
        guard let resume = load(variant).resume else { throw CheckProblem.language(language) }
        return resume
    }
}
