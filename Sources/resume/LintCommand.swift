import ArgumentParser
import Foundation
import ResumeKit

/// `resume lint`: checks résumés before they are sent, including how they fit their pages.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check résumés: loading problems, page count and the lines each item takes.",
        discussion: """
            The fit is computed by reproducing TeX's line and page breaking for the theme, in \
            milliseconds and without running TeX. With --verify, the LaTeX is also compiled with \
            pdflatex, which reports each item's lines and the page it starts on, the page count and \
            the lines free on the last page; each difference from the prediction, and each item TeX \
            did not measure, is an error (rule fit-verify).

            Output formats:
              human  diagnostics as FILE:LINE:COL: severity: message (default)
              json   {"files": [{"file", "language" (only for text in several languages),
                     "fit": {"theme", "pages", "nearPageBoundary",
                     "lastPageFreeLines", "linesPerPage", "items": [{"path", "line",
                     "column", "lines", "charsToSaveLine", "approximate", "page"}]},
                     "diagnostics": [{"rule", "severity", "message", "line", "column",
                     "path"}]}]}
              sarif  a SARIF 2.1.0 log, for upload to code scanning
              github GitHub Actions annotations, one a line:
                     ::error file=FILE,line=LINE,col=COL,title=RULE::message
            With sarif and github, a file that cannot be loaded is reported under the rule
            "load" as well as on standard error.

            A file with text in several languages ({en: ..., ko: ...}) is checked once per
            language, unless --lang picks one; a finding only some languages have ends with
            the language, such as [ko].

            A directory stands for the .yaml and .yml files directly in it (not in its
            subdirectories, and not hidden ones), sorted by path; each must be a résumé.

            A file whose fit cannot be measured (its theme uses a block macro of its own, or
            the theme meta.theme names does not load) gets one error under the rule "fit",
            and its "fit" in JSON is null; every other rule still runs on it, and the other
            files are reported as usual.

            Configuration: a .resume-lint.yaml beside the file or in a parent folder turns
            rules off or changes their severity and options; a comment such as
            "# resume-lint: disable-line item-lines" suppresses findings in the file.

            Rules:
            \(Linter.rules.map { rule in "  \(type(of: rule).description.id)\n      \(type(of: rule).description.rationale)" }.joined(separator: "\n"))

            EXIT CODES
              0  no errors
              1  an error was found (or a warning, with --strict), or --verify found a
                 difference from TeX or an item TeX did not measure
              2  invalid input (a file cannot be loaded) or invalid usage
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case human, json, sarif, github
    }

    @Argument(help: "The résumé YAML files, or directories of them.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: human, json, sarif or github.")
    var format: Format = .human

    @Option(help: ArgumentHelp("The theme to measure against (default: meta.theme, else classic).", valueName: "name-or-path"))
    var theme: String?

    @Flag(help: "Also compile with pdflatex and compare each item's lines and page, the pages and the free lines with TeX's.")
    var verify = false

    @Flag(help: "Exit with 1 on warnings too, not only on errors.")
    var strict = false

    @OptionGroup var variant: VariantOptions

    init() {}

    /// `resume lint FILE…` with every option at its default, as parsing those arguments gives.
    init(files: [String]) {
        self.files = files
        format = .human
        theme = nil
        verify = false
        strict = false
        variant = VariantOptions()
        variant.lang = nil
        variant.tags = nil
    }

    func run() throws {
        let checker = LintFileChecker(
            theme: theme, variant: variant.loadOptions, languageChosen: variant.lang != nil,
            measuresLineSavers: format == .json, themes: ThemeCache())
        // Files are checked on every core, then reported in the order given.
        let checked = try Parallel.map(try LintInputs.files(for: files)) { try checker.check($0) }
        var results: [FileFit] = []
        var unloaded = 0
        var disagreed = false
        var human = ""
        var findings: [Diagnostic] = []  // for the reporters: loading problems and lint findings
        for file in checked {
            Terminal.report(file.loaded.diagnostics, source: file.loaded.source)
            findings += file.loaded.diagnostics
            if file.loaded.resume == nil { unloaded += 1 }
            for variant in file.variants {
                results.append(FileFit(file: file.file, language: variant.language, fit: variant.report, diagnostics: variant.findings.map(JSONDiagnostic.init)))
                findings += variant.findings
                if format == .human {
                    let name = variant.language.map { "\(file.file) [\($0)]" } ?? file.file
                    human += DiagnosticFormatter(colored: Terminal.colorsStandardOutput).format(variant.findings, source: file.loaded.source)
                    human += "\(name): \(variant.report.map(FitSummary.describe) ?? FitSummary.unmeasured)\n"
                }
                // A fit that could not be measured has nothing to verify; its finding is an error already.
                if verify, variant.report != nil, let theme = variant.theme {
                    disagreed = try Verification.run(resume: variant.resume, theme: theme, file: file.file, source: file.loaded.source) || disagreed
                }
            }
        }
        let all = results.flatMap(\.diagnostics)
        switch format {
        case .json:
            try StandardStreams.writeOutput(try JSONOutput.encode(FitOutput(files: results)) + "\n")
        case .human:
            let summary = Self.summary(
                errors: all.filter { $0.severity == "error" }.count, warnings: all.filter { $0.severity == "warning" }.count,
                files: Set(results.map(\.file)).count, unloaded: unloaded)
            try StandardStreams.writeOutput(human + summary + "\n")
        case .sarif:
            try StandardStreams.writeOutput(SARIFReporter().report(findings))
        case .github:
            try StandardStreams.writeOutput(GitHubReporter().report(findings))
        }
        if unloaded > 0 { throw ExitCode(ExitStatus.invalidInput) }
        let hasErrors = all.contains { $0.severity == "error" } || (strict && !all.isEmpty)
        if disagreed || hasErrors { throw ExitCode(ExitStatus.outputFailure) }
    }

    /// The `.resume-lint.yaml` nearest to a file; a broken one ends the command as invalid input.
    static func configuration(for file: String) throws -> LintConfiguration {
        do {
            return try LintConfiguration.nearest(to: URL(fileURLWithPath: file))
        } catch let problems as ConfigurationProblems {
            Terminal.report(problems.diagnostics, source: problems.source)
            throw CommandFailure.invalidInput("the lint configuration has errors; nothing was checked")
        }
    }

    /// `2 errors, 3 warnings in 1 file`, `no problems in 2 files`, and how many files could not
    /// be loaded: `no problems in 1 file; 1 file could not be loaded`.
    static func summary(errors: Int, warnings: Int, files: Int, unloaded: Int = 0) -> String {
        let filesText = "\(files) file\(files == 1 ? "" : "s")"
        var parts: [String] = []
        if files > 0 || unloaded == 0 {
            parts.append(errors + warnings > 0
                ? "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(filesText)"
                : "no problems in \(filesText)")
        }
        if unloaded > 0 { parts.append("\(unloaded) file\(unloaded == 1 ? "" : "s") could not be loaded") }
        return parts.joined(separator: "; ")
    }
}

/// The files `lint` checks: each argument that is a file as given, each directory as the `.yaml` and
/// `.yml` files directly in it, skipping hidden ones, sorted by path.
enum LintInputs {
    static func files(for arguments: [String]) throws -> [String] {
        try arguments.flatMap { argument -> [String] in
            guard isDirectory(argument) else { return [argument] }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else {
                throw CommandFailure.invalidInput("\(argument): cannot read the directory")
            }
            let folder = argument == "." ? "" : argument.hasSuffix("/") ? argument : argument + "/"
            let files = names
                .filter { !$0.hasPrefix(".") && ["yaml", "yml"].contains(($0 as NSString).pathExtension.lowercased()) }
                .map { folder + $0 }
                .filter { !isDirectory($0) }
                .sorted()
            guard !files.isEmpty else {
                throw CommandFailure.invalidInput("\(argument): no .yaml or .yml files in the directory")
            }
            return files
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A finding as `lint --format json` prints it.
struct JSONDiagnostic: Encodable {
    var rule: String?
    var severity: String
    var message: String
    var line: Int
    var column: Int
    var path: String?

    init(_ diagnostic: Diagnostic) {
        rule = diagnostic.rule
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        line = diagnostic.location.line
        column = diagnostic.location.column
        path = diagnostic.path
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(path, forKey: .path)  // null when the finding is about the whole file
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, message, line, column, path
    }
}

/// The fit of a loaded résumé in the theme the command line or `meta.theme` names, or why it
/// cannot be measured.
struct MeasuredFit {
    /// Nil when the theme `meta.theme` names does not load.
    var theme: Theme?
    var report: FitReport?
    /// Why there is no report.
    var failure: Failure?

    /// Why a fit could not be measured, where the file chose the theme, and what to do.
    struct Failure {
        var reason: String
        var remedy: String
        var location: SourceLocation

        /// The finding that stands for the fit: for lint, naming the rules that did not run.
        func diagnostic(rulesNotRun: [String] = []) -> Diagnostic {
            Linter.unmeasuredFit(because: reason, remedy: remedy, at: location, rulesNotRun: rulesNotRun)
        }
    }

    /// Measures `resume`. A theme given with `--theme` that does not load ends the command
    /// (invalid usage, as for every file alike); a theme the fit engine cannot measure, or one
    /// `meta.theme` names that does not load, is this file's failure alone.
    static func measure(
        _ resume: Resume, file: String, theme: String?, lineSavers: Bool = true, themes: ThemeCache = ThemeCache()
    ) throws -> MeasuredFit {
        let top = SourceLocation(file: file, line: 1, column: 1)
        let location = theme == nil ? resume.sourceMap["meta.theme"] ?? top : top
        let chosen: Theme
        do {
            chosen = try themes.theme(theme ?? resume.meta.theme ?? "classic")
        } catch let problem as CommandFailure where theme == nil && resume.meta.theme != nil {
            let remedy = "fix the theme, or name another in meta.theme"
            return MeasuredFit(theme: nil, report: nil, failure: Failure(reason: problem.message, remedy: remedy, location: location))
        }
        do {
            return MeasuredFit(theme: chosen, report: try FitEngine(theme: chosen).fit(resume, measuringLineSavers: lineSavers))
        } catch let problem as FitEngine.Problem {
            let failure = Failure(reason: problem.description, remedy: problem.remedy, location: location)
            return MeasuredFit(theme: chosen, failure: failure)
        } catch {
            let remedy = "fix the theme, or lint with a built-in theme (--theme classic)"
            let failure = Failure(reason: "theme '\(chosen.name)': \(error)", remedy: remedy, location: location)
            return MeasuredFit(theme: chosen, failure: failure)
        }
    }
}

/// The JSON document `lint --format json` prints.
struct FitOutput: Encodable {
    var files: [FileFit]
}

struct FileFit: Encodable {
    var file: String
    /// The language linted, when the file has text in several; absent otherwise.
    var language: String?
    /// Null when the fit could not be measured; a finding of the rule `fit` says why.
    var fit: FitReport?
    var diagnostics: [JSONDiagnostic]

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encodeIfPresent(language, forKey: .language)
        try container.encode(fit, forKey: .fit)  // null, not missing, when not measured
        try container.encode(diagnostics, forKey: .diagnostics)
    }

    enum CodingKeys: String, CodingKey {
        case file, language, fit, diagnostics
    }
}

/// JSON with sorted keys, so the same input always prints the same bytes.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// One-line descriptions of a fit for people.
enum FitSummary {
    /// In place of the description when the fit could not be measured.
    static let unmeasured = "the fit was not measured (see the fit error)"

    static func describe(_ fit: FitReport) -> String {
        var text = "\(fit.pages) page\(fit.pages == 1 ? "" : "s") in theme \(fit.theme)"
        text += ", \(fit.lastPageFreeLines) line\(fit.lastPageFreeLines == 1 ? "" : "s") free on the last page"
        if fit.nearPageBoundary { text += " (near a page boundary: a small change can add or remove a page)" }
        if fit.approximate { text += " (approximate: some text has no exact font metrics)" }
        return text
    }
}

/// `--verify`: compiles with pdfLaTeX and reports each difference from the prediction, and each
/// item TeX did not measure, as a located error.
enum Verification {
    /// Prints the findings and what was compared on standard error; returns whether any finding is
    /// an error. A résumé with characters the theme's fonts lack is not compiled: TeX would leave
    /// them out.
    static func run(resume: Resume, theme: Theme, file: String, source: String) throws -> Bool {
        let unsupported = UnsupportedCharacters(resume: resume, theme: theme, file: file, source: source)
        guard unsupported.isEmpty else {
            Terminal.report(unsupported.diagnostics(), source: source)
            throw CommandFailure.invalidInput("\(file): not verified: \(unsupported.summary), so TeX was not run")
        }
        let result: FitVerifier.Result
        do {
            result = try CompileInterruption.cleaningUp { try FitVerifier(engine: FitEngine(theme: theme)).verify(resume) }
        } catch let problem as FitVerifier.Problem {
            throw CommandFailure.invalidInput("\(file): \(problem)")
        } catch let failure as PDFCompileFailure {
            throw CommandFailure.invalidInput("\(file): \(failure)")
        }
        let diagnostics = result.diagnostics(file: file)
        Terminal.report(diagnostics, source: source)
        Terminal.note(summary(of: result, file: file, findings: diagnostics.count))
        return diagnostics.containsErrors
    }

    /// `cv.yaml: verified with pdflatex: 2 pages, 24 lines free on the last page, and all 24
    /// items measured by pdflatex take the lines and pages predicted`, or how many items TeX
    /// measured and how many findings there are.
    static func summary(of result: FitVerifier.Result, file: String, findings: Int) -> String {
        let program = result.program
        let items = result.items.count
        guard findings == 0, let pages = result.pages, let freeLines = result.freeLines else {
            return "\(file): not verified with \(program): it measured \(result.itemsMeasured) of \(items) item\(items == 1 ? "" : "s"); "
                + "\(findings) finding\(findings == 1 ? "" : "s") above"
        }
        return "\(file): verified with \(program): \(pages) page\(pages == 1 ? "" : "s"), "
            + "\(freeLines) line\(freeLines == 1 ? "" : "s") free on the last page, and "
            + (items == 0 ? "no item to measure" : (items == 1 ? "the 1 item" : "all \(items) items") + " measured by \(program) take the lines and pages predicted")
    }
}
