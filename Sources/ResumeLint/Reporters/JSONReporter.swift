import Foundation
import ResumeFit
import ResumeModel
import ResumeSupport

/// Writes each checked variant's fit and findings as one JSON document:
/// `{"files": [{"file", "language", "fit", "diagnostics"}]}`.
package struct JSONReporter: LintReporter {
    public init() {}

    public func report(files: [CheckedFile]) -> String {
        let output = Output(files: files.flatMap { file in
            file.variants.map { variant in
                FileFit(file: file.file, language: variant.language, fit: variant.report, diagnostics: variant.findings.map(JSONDiagnostic.init))
            }
        })
        return EncodedJSON.text(output)
    }
}

/// An `Encodable` report as JSON, through the one writer, in the spacing these reports have always
/// had (`"key" : value`).
enum EncodedJSON {
    static func text(_ value: some Encodable) -> String {
        do {
            return try JSONValue(encoding: value).formatted(.spaced)
        } catch {
            preconditionFailure("a report of strings, integers and booleans always encodes: \(error)")
        }
    }
}

private extension JSONReporter {
    /// The JSON document `lint --format json` prints.
    struct Output: Encodable {
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
            path = diagnostic.path?.description
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
}
