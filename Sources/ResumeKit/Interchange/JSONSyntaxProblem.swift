import Foundation
import Yams

/// Turns what libyaml reports about a malformed JSON document into errors at the file's own
/// line and column, in JSON's words.
enum JSONSyntaxProblem {
    static func diagnostics(for error: Error, in source: JSONSource) -> [Diagnostic] {
        YAMLProblem.diagnostics(for: error, text: source.yaml, file: source.file).map { problem in
            var diagnostic = problem
            diagnostic.location = source.location(line: problem.location.line, column: problem.location.column)
            diagnostic.message = message(problem.message, at: diagnostic.location, in: source.text)
            return diagnostic
        }
    }

    private static func message(_ message: String, at location: SourceLocation, in text: String) -> String {
        if startsComment(at: location, in: text) {
            return "JSON syntax error: JSON has no comments; remove the comment"
        }
        return message
            .replacingOccurrences(of: "YAML syntax error", with: "JSON syntax error")
            .replacingOccurrences(of: "flow mapping", with: "object")
            .replacingOccurrences(of: "flow sequence", with: "array")
            .replacingOccurrences(of: "; a value containing ': ' must be quoted", with: "")
    }

    /// Whether `//` or `/*` starts at the place of the error, where libyaml only sees a stray token.
    private static func startsComment(at location: SourceLocation, in text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.indices.contains(location.line - 1) else { return false }
        let rest = String(String.UnicodeScalarView(lines[location.line - 1].unicodeScalars.dropFirst(location.column - 1)))
            .drop { $0 == " " || $0 == "\t" }
        return rest.hasPrefix("//") || rest.hasPrefix("/*")
    }
}
