import Foundation
import ResumeKit

/// What checking one file found, before anything is printed.
struct CheckedFile {
    let file: String
    let loaded: LoadResult
    /// One per language checked; empty when the file did not load.
    var variants: [CheckedVariant] = []
}

/// One language of a checked file: the résumé as loaded in it, its fit and its findings.
struct CheckedVariant {
    let language: String?
    let resume: Resume
    /// Nil when the fit could not be measured; a `fit` finding says why.
    let report: FitReport?
    /// The theme measured against; nil when the one `meta.theme` names does not load.
    let theme: Theme?
    let findings: [Diagnostic]
}

/// Checks one résumé file — load, fit, lint, configuration and suppressions — without printing,
/// so that many files can be checked at once and reported in order. A fit that cannot be measured
/// is one finding on the file; the rules that need no fit still run.
struct LintFileChecker: Sendable {
    let theme: String?
    let variant: LoadOptions
    /// Whether a language was asked for; otherwise every language of the file is checked.
    let languageChosen: Bool
    /// Whether the output shows every item's line-saver (JSON); otherwise they are measured only
    /// when a finding needs them.
    let measuresLineSavers: Bool
    let themes: ThemeCache

    func check(_ file: String) throws -> CheckedFile {
        let loaded = ResumeLoader.load(contentsOf: URL(fileURLWithPath: file), displayName: file, options: variant)
        var checked = CheckedFile(file: file, loaded: loaded)
        guard let resume = loaded.resume else { return checked }
        let configuration = try LintCommand.configuration(for: file)
        let languages: [String?] = !languageChosen && loaded.languages.count > 1 ? loaded.languages : [nil]
        var variants: [CheckedVariant] = []
        for language in languages {
            let resume = try language.map { try reload(file, in: $0) } ?? resume
            var measured = try measure(resume, file: file, lineSavers: measuresLineSavers)
            if !measuresLineSavers, let report = measured.report, Linter.needsLineSavers(report, options: configuration.options) {
                measured = try measure(resume, file: file, lineSavers: true)
            }
            let linter = Linter()
            let found = linter.lint(
                LintSubject(
                    resume: resume, file: file, fit: measured.report, theme: measured.theme, source: loaded.source,
                    options: configuration.options))
            // The rules a measured fit would have run, unless the configuration turns them off.
            let notRun = measured.report != nil ? [] : linter.rulesNeedingFit.filter { configuration.severities[$0] != .some(nil) }
            let suppressions = Suppressions(source: loaded.source, file: file)
            var findings = suppressions.apply(to: configuration.apply(to: found), notRun: Set(notRun))
            if let failure = measured.failure, !notRun.isEmpty {
                findings = (findings + [failure.diagnostic(rulesNotRun: notRun)]).sortedByLocation()
            }
            variants.append(
                CheckedVariant(
                    language: language, resume: resume, report: measured.report, theme: measured.theme, findings: findings))
        }
        let merged = LanguageFindings.merge(variants.map { ($0.language, $0.findings) })
        checked.variants = zip(variants, merged).map { variant, findings in
            CheckedVariant(language: variant.language, resume: variant.resume, report: variant.report, theme: variant.theme, findings: findings)
        }
        return checked
    }

    /// The file loaded again in one of its languages; its problems were reported with the first load.
    private func reload(_ file: String, in language: String) throws -> Resume {
        var options = variant
        options.language = language
        guard let resume = ResumeLoader.load(contentsOf: URL(fileURLWithPath: file), displayName: file, options: options).resume else {
            throw CommandFailure.invalidInput("\(file): does not load in language '\(language)'")
        }
        return resume
    }

    private func measure(_ resume: Resume, file: String, lineSavers: Bool) throws -> MeasuredFit {
        try MeasuredFit.measure(resume, file: file, theme: theme, lineSavers: lineSavers, themes: themes)
    }
}

/// Themes by name or path, each loaded once per run so its templates are compiled once.
final class ThemeCache: @unchecked Sendable {
    private var themes: [String: Theme] = [:]
    private let lock = NSLock()

    func theme(_ nameOrPath: String) throws -> Theme {
        lock.lock()
        defer { lock.unlock() }
        if let theme = themes[nameOrPath] { return theme }
        let theme = try resolveTheme(nameOrPath)
        themes[nameOrPath] = theme
        return theme
    }
}

/// Runs work on every core and returns the results in the order of the inputs.
enum Parallel {
    /// `transform` of each input; the first error, in input order, is rethrown.
    static func map<Input: Sendable, Output>(_ inputs: [Input], _ transform: @Sendable (Input) throws -> Output) throws -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.set(index, Result { try transform(inputs[index]) })
        }
        return try results.values.map { try $0!.get() }
    }
}

/// One slot per input, filled from several threads.
private final class ResultSlots<Output>: @unchecked Sendable {
    private(set) var values: [Result<Output, Error>?]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<Output, Error>) {
        lock.lock()
        values[index] = result
        lock.unlock()
    }
}
