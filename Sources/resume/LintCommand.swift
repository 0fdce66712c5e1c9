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
            did not measure, is an error (rule fit-verify). The PDF that render would write is \
            then read back with pdftotext, as an applicant-tracking system reads it: each value \
            that does not come out whole and in order (ligatures, merged or split words, \
            scrambled sections) is an error at its line (rule pdf-text).

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

            Spelling: the rule spelling checks prose and titles with Hunspell and the \
            dictionary of meta.locale or --lang (Debian: libhunspell-1.7-0 hunspell-en-us); \
            without them a note says what to install. Hunspell's answers are cached in \
            $XDG_CACHE_HOME/resume (default ~/.cache/resume); RESUME_SPELLING_CACHE=off turns \
            the cache off.

            Configuration: a .resume-lint.yaml beside the file or in a parent folder turns
            rules off or changes their severity and options, and gives spelling its words
            (spelling: {words: [...], language: en-GB}); a comment such as
            "# resume-lint: disable-line item-lines" suppresses findings in the file.

            Rules:
            \(Linter.rules.map { rule in "  \(type(of: rule).description.id)\n      \(type(of: rule).description.rationale)" }.joined(separator: "\n"))

            EXIT CODES
              0  no errors
              1  an error was found (or a warning, with --strict), or --verify found a
                 difference from TeX, an item TeX did not measure, or text the PDF does
                 not read back
              2  invalid input (a file cannot be loaded) or invalid usage
            """
    )

    @Argument(help: "The résumé YAML files, or directories of them ('-' for standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: \(LintReporterKind.list).")
    var format: LintReporterKind = .human

    @OptionGroup var theme: ThemeOption

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
        theme = ThemeOption()
        theme.theme = nil
        verify = false
        strict = false
        variant = VariantOptions()
        variant.lang = nil
        variant.tags = nil
    }

    func run() throws {
        let checker = ResumeChecker(
            options: ResumeChecker.Options(
                theme: theme.theme, load: variant.loadOptions, languageChosen: variant.lang != nil,
                measuresEveryLineSaver: format.showsWholeFit))
        // Files are checked on every core, then reported in the order given.
        try Self.report(
            checker.check(try Self.inputs(files)), reporter: format.reporter(colored: Terminal.colorsStandardOutput),
            verify: verify, strict: strict, print: StandardStreams.writeOutput)
    }

    /// The files the arguments stand for; a directory without résumés is invalid input.
    static func inputs(_ arguments: [String]) throws -> [String] {
        do {
            return try ResumeFiles.expand(arguments)
        } catch let problem as ResumeFiles.Problem {
            throw CommandFailure.invalidInput(problem.description)
        }
    }

    /// Prints the checked files' loading problems on standard error and the report with `print`,
    /// and ends with lint's exit code: 2 when a file does not load, 1 for an error (a warning too
    /// when `strict`) or a difference `verify` found.
    static func report(
        _ checked: [CheckedFile], reporter: any LintReporter, verify: Bool, strict: Bool, print: (String) throws -> Void
    ) throws {
        try stopOnProblems(checked)
        var checked = checked
        for index in checked.indices {
            let file = checked[index]
            Terminal.report(file.loaded.diagnostics, source: file.loaded.source)
            // A fit that could not be measured has nothing to verify; its finding is an error already.
            for (number, variant) in file.variants.enumerated() where verify && variant.report != nil {
                guard let theme = variant.theme else { continue }
                let found = try Verification.run(resume: variant.resume, theme: theme, file: file.file, source: file.loaded.source)
                checked[index].variants[number].findings = (variant.findings + found).sortedByLocation()
            }
        }
        try print(reporter.report(files: checked))
        for note in SpellingNotes.take() { Terminal.note(note) }
        if checked.contains(where: { $0.loaded.resume == nil }) { throw ExitCode(ExitStatus.invalidInput) }
        let findings = checked.flatMap { $0.variants.flatMap(\.findings) }
        let hasErrors = findings.containsErrors || (strict && !findings.isEmpty)
        if hasErrors { throw ExitCode(ExitStatus.outputFailure) }
    }

    /// Ends the command when a file could not be checked although it loaded: a broken
    /// configuration (its problems are printed), a theme given with `--theme` that does not load,
    /// or a language the file does not load in. The first file's problem, in the order given, is
    /// the message.
    static func stopOnProblems(_ checked: [CheckedFile]) throws {
        var first: CommandFailure?
        for file in checked {
            guard let problem = file.problem else { continue }
            let failure: CommandFailure
            switch problem {
            case .configuration(let problems):
                Terminal.report(problems.diagnostics, source: problems.source)
                failure = .invalidInput("the lint configuration has errors; nothing was checked")
            case .theme(let message):
                failure = .invalidInput(message)
            case .language(let language):
                failure = .invalidInput("\(file.file): does not load in language '\(language)'")
            }
            first = first ?? failure
        }
        if let first { throw first }
    }
}

/// `--verify`: compiles with pdfLaTeX and finds each difference from the prediction, each item
/// TeX did not measure, and each place the PDF's text does not read back, as located findings
/// that the report shows and counts with the rules' (in every format).
enum Verification {
    /// The findings; what was compared is said in notes on standard error. A résumé with
    /// characters the theme's fonts lack ends the command: TeX would leave them out.
    static func run(resume: Resume, theme: Theme, file: String, source: String) throws -> [Diagnostic] {
        let verification = TeXVerification(resume: resume, theme: theme, file: file, source: source)
        do {
            let fit = try CompileInterruption.cleaningUp { try verification.verifyFit() }
            Terminal.note(fit.summary)
            let text = try CompileInterruption.cleaningUp { try verification.checkTextLayer() }
            Terminal.note(text.summary)
            return fit.findings + text.findings
        } catch let failure as VerificationFailure {
            let (diagnostics, source) = failure.findings
            Terminal.report(diagnostics, source: source)
            if case .unexpected(let message) = failure { throw CommandFailure.outputFailure(message) }
            throw CommandFailure.invalidInput(failure.description)
        }
    }
}
