import Foundation
import ResumeFit
import ResumeModel

/// Turns the reports of checked files into the text `lint` prints on standard output
/// (SwiftLint's `Reporter`). Loading problems are also printed on standard error by the command.
public protocol LintReporter: Sendable {
    func report(files: [CheckedFile]) -> String
}

/// The reporters, one row each: `lint --format` takes their ids, and its help lists them.
public enum LintReporterKind: String, CaseIterable, Sendable {
    case human, json, sarif, github

    /// The reporter, colouring the human one when `colored`.
    public func reporter(colored: Bool = false) -> any LintReporter {
        switch self {
        case .human: HumanReporter(colored: colored)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        }
    }

    /// Whether the report holds each file's whole fit, every item's line-saver among it; the
    /// others show a line-saver only in a finding.
    public var showsWholeFit: Bool { self == .json }

    /// `human, json, sarif or github`
    public static var list: String {
        let ids = allCases.map(\.rawValue)
        return ids.dropLast().joined(separator: ", ") + " or " + ids.last!
    }
}

/// Every finding of the files, loading problems first for each file, for reporters that list them all.
extension [CheckedFile] {
    var allDiagnostics: [Diagnostic] {
        flatMap { file in file.loaded.diagnostics + file.variants.flatMap(\.findings) }
    }
}

extension SARIFReporter: LintReporter {
    public func report(files: [CheckedFile]) -> String { report(files.allDiagnostics) }
}

extension GitHubReporter: LintReporter {
    public func report(files: [CheckedFile]) -> String { report(files.allDiagnostics) }
}

/// Findings as `FILE:LINE:COL: severity: message` with the source line, each variant's fit in a
/// sentence, and a count of everything at the end.
package struct HumanReporter: LintReporter {
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func report(files: [CheckedFile]) -> String {
        var text = ""
        var errors = 0
        var warnings = 0
        for file in files {
            for variant in file.variants {
                let name = variant.language.map { "\(file.file) [\($0)]" } ?? file.file
                text += DiagnosticFormatter(colored: colored).format(variant.findings, source: file.loaded.source)
                text += "\(name): \(variant.report.map(FitSummary.describe) ?? FitSummary.unmeasured)\n"
                for finding in variant.findings {
                    switch finding.severity {
                    case .error: errors += 1
                    case .warning: warnings += 1
                    }
                }
            }
        }
        text += Self.summary(
            errors: errors, warnings: warnings,
            files: Set(files.filter { !$0.variants.isEmpty }.map(\.file)).count, unloaded: files.filter { $0.loaded.resume == nil }.count)
        text += "\n"
        return text
    }

    /// `2 errors, 3 warnings in 1 file`, `no problems in 2 files`, and how many files could not
    /// be loaded: `no problems in 1 file; 1 file could not be loaded`.
    public static func summary(errors: Int, warnings: Int, files: Int, unloaded: Int = 0) -> String {
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
