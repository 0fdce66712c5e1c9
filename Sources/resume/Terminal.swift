import Foundation
import ResumeKit

/// Where the command talks to the person: standard error for diagnostics and notes, colour only
/// on a terminal that shows it (not `TERM=dumb`) and never when `NO_COLOR` is set.
enum Terminal {
    static var colorsStandardError: Bool { colors(STDERR_FILENO) }
    static var colorsStandardOutput: Bool { colors(STDOUT_FILENO) }

    /// Whether output to this descriptor may be coloured: a terminal that understands escapes,
    /// and `NO_COLOR` unset.
    private static func colors(_ descriptor: Int32) -> Bool {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColor && understandsEscapes(descriptor)
    }

    /// Whether the descriptor is a terminal that acts on ANSI escapes: `TERM=dumb` (Emacs'
    /// shell, some CI logs) shows them as text.
    static func understandsEscapes(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    static func printError(_ message: String) {
        let text = message.hasSuffix("\n") ? message : message + "\n"
        let prefixed = text.hasPrefix("error:") || text.contains(": error:") ? text : "error: " + text
        StandardStreams.writeError(prefixed)
    }

    static func note(_ message: String) {
        StandardStreams.writeError("note: \(message)\n")
    }

    /// Prints the diagnostics of a load, each with its source line and caret.
    static func report(_ diagnostics: [Diagnostic], source: String) {
        guard !diagnostics.isEmpty else { return }
        let formatter = DiagnosticFormatter(colored: colorsStandardError)
        StandardStreams.writeError(formatter.format(diagnostics, source: source))
    }
}

extension String {
    /// The text followed by spaces up to `width` characters, for columns in help and lists.
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
