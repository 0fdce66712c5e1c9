import Foundation
import Yams
import ResumeModel

/// Turns what libyaml reports about a malformed JSON document into errors at the file's own
/// line and column, in JSON's words.
enum JSONSyntaxProblem {
    static func diagnostics(for error: Error, in source: JSONSource) -> [Diagnostic] {
        YAMLProblem.diagnostics(for: error, text: source.yaml, file: source.file).map { problem in
            var diagnostic = problem
            diagnostic.location = source.location(line: problem.location.line, column: problem.location.column)
            if let comment = comment(at: diagnostic.location, in: source.text) {
                diagnostic.location = comment
                diagnostic.message = "JSON syntax error: JSON has no comments; remove the comment"
            } else {
                diagnostic.message = message(problem.message)
            }
            return diagnostic
        }
    }

    private static func message(_ message: String) -> String {
        message
            .replacingOccurrences(of: "YAML syntax error", with: "JSON syntax error")
            .replacingOccurrences(of: "a flow mapping", with: "an object")
            .replacingOccurrences(of: "a flow sequence", with: "an array")
            .replacingOccurrences(of: "flow mapping", with: "object")
            .replacingOccurrences(of: "flow sequence", with: "array")
            .replacingOccurrences(of: "; a value containing ': ' must be quoted", with: "")
    }

    /// Where the first `//` or `/*` comment up to the line of the error starts: libyaml reads a
    /// comment as stray text and stumbles at or after it.
    private static func comment(at location: SourceLocation, in text: String) -> SourceLocation? {
        var line = 1
        var column = 1
        var inString = false
        var escaped = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            let here = SourceLocation(file: location.file, line: line, column: column - 1)
            if line > location.line { return nil }
            if inString, escaped {
                escaped = false
            } else if inString {
                escaped = scalar == "\\"
                inString = scalar != "\""
            } else if scalar == "\"" {
                inString = true
            } else if previous == "/", scalar == "/" || scalar == "*" {
                return here
            }
            previous = inString ? nil : scalar
            if scalar == "\n" {
                line += 1
                column = 1
                inString = false
            } else {
                column += 1
            }
        }
        return nil
    }
}
