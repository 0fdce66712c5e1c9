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
            pdflatex and every disagreement with the prediction is reported.

            Output formats:
              human  diagnostics as FILE:LINE:COL: severity: message (default)
              json   {"files": [{"file", "fit": {"theme", "pages", "nearPageBoundary",
                     "lastPageFreeLines", "items": [{"path", "line", "column", "lines",
                     "charsToSaveLine", "approximate"}]}, "diagnostics": []}]}

            EXIT CODES
              0  no errors
              1  --verify found a disagreement with pdflatex
              2  invalid input (a file has errors) or invalid usage
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case human, json
    }

    @Argument(help: "The résumé YAML files.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: human or json.")
    var format: Format = .human

    @Option(help: ArgumentHelp("The theme to measure against (default: meta.theme, else classic).", valueName: "name-or-path"))
    var theme: String?

    @Flag(help: "Also compile with pdflatex and report where the prediction and TeX disagree.")
    var verify = false

    func run() throws {
        var results: [FileFit] = []
        var failed = false
        var disagreed = false
        for file in files {
            guard let resume = try? LoadedResume(path: file).resume else {
                failed = true
                continue
            }
            // People reading the summary do not see the line-savers; tools reading JSON do.
            let (chosenTheme, report) = try MeasuredFit.measure(resume, file: file, theme: theme, lineSavers: format == .json)
            results.append(FileFit(file: file, fit: report, diagnostics: []))
            if verify {
                disagreed = try Verification.run(resume: resume, theme: chosenTheme, file: file) || disagreed
            }
        }
        switch format {
        case .json:
            print(try JSONOutput.encode(FitOutput(files: results)))
        case .human:
            for result in results {
                print("\(result.file): \(FitSummary.describe(result.fit))")
            }
        }
        if failed { throw ExitCode(ExitStatus.invalidInput) }
        if disagreed { throw ExitCode(ExitStatus.outputFailure) }
    }
}

/// The fit of a loaded résumé in the theme the command line or `meta.theme` names.
enum MeasuredFit {
    static func measure(_ resume: Resume, file: String, theme: String?, lineSavers: Bool = true) throws -> (Theme, FitReport) {
        let chosenTheme = try resolveTheme(theme ?? resume.meta.theme ?? "classic")
        do {
            return (chosenTheme, try FitEngine(theme: chosenTheme).fit(resume, measuringLineSavers: lineSavers))
        } catch {
            throw CommandFailure.invalidInput("\(file): cannot measure the fit: \(error)")
        }
    }
}

/// The JSON document `lint --format json` prints.
struct FitOutput: Encodable {
    var files: [FileFit]
}

struct FileFit: Encodable {
    var file: String
    var fit: FitReport
    var diagnostics: [String]
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
    static func describe(_ fit: FitReport) -> String {
        var text = "\(fit.pages) page\(fit.pages == 1 ? "" : "s") in theme \(fit.theme)"
        text += ", \(fit.lastPageFreeLines) line\(fit.lastPageFreeLines == 1 ? "" : "s") free on the last page"
        if fit.nearPageBoundary { text += " (near a page boundary: a small change can add or remove a page)" }
        if fit.approximate { text += " (approximate: some text has no exact font metrics)" }
        return text
    }
}

/// `--verify`: compiles with pdfLaTeX and reports each disagreement as a located error.
enum Verification {
    /// Prints the outcome on standard error; returns whether anything disagreed.
    static func run(resume: Resume, theme: Theme, file: String) throws -> Bool {
        let result: FitVerifier.Result
        do {
            result = try FitVerifier(engine: FitEngine(theme: theme)).verify(resume)
        } catch let problem as FitVerifier.Problem {
            throw CommandFailure.invalidInput("\(file): \(problem)")
        }
        let engine = resume.requiredTeXEngine.rawValue
        // An estimate (Hangul, CJK) may miss by a line; only exact predictions are held to TeX.
        let severity: Severity = result.isApproximate ? .warning : .error
        var diagnostics: [Diagnostic] = result.disagreements.map { disagreement in
            Diagnostic(
                severity, at: SourceLocation(file: file, line: disagreement.line, column: disagreement.column),
                "\(disagreement.path) is predicted to take \(disagreement.predicted) line\(disagreement.predicted == 1 ? "" : "s") but \(engine) sets it in \(disagreement.actual)",
                rule: "fit-verify")
        }
        if result.pages != result.predictedPages {
            diagnostics.insert(Diagnostic(
                severity, at: SourceLocation(file: file, line: 1, column: 1),
                "predicted \(result.predictedPages) pages but \(engine) makes \(result.pages)", rule: "fit-verify"), at: 0)
        }
        let source = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        Terminal.report(diagnostics, source: source)
        if diagnostics.isEmpty {
            Terminal.note("\(file): verified with \(engine): \(result.pages) page\(result.pages == 1 ? "" : "s") and all \(result.itemsChecked) items agree with the prediction")
        }
        return diagnostics.containsErrors
    }
}
