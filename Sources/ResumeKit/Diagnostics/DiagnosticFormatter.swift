/// Prints diagnostics the way compilers do: `cv.yaml:3:7: error: message`, then the source line
/// and a caret under the column.
public struct DiagnosticFormatter: Sendable {
    /// Whether to colour the severity with ANSI escapes (only on a terminal, never under `NO_COLOR`).
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func format(_ diagnostic: Diagnostic, source: String?) -> String {
        let severity = colored ? paint(diagnostic.severity) : diagnostic.severity.rawValue
        let rule = diagnostic.rule.map { " [\($0)]" } ?? ""
        var text = "\(diagnostic.location): \(severity): \(diagnostic.message)\(rule)\n"
        if let source, let excerpt = excerpt(of: source, at: diagnostic.location) {
            text += excerpt
        }
        return text
    }

    public func format(_ diagnostics: [Diagnostic], source: String?) -> String {
        diagnostics.map { format($0, source: source) }.joined()
    }

    /// The source line (tabs shown as spaces) and a caret under the column, aligned by display width.
    func excerpt(of source: String, at location: SourceLocation) -> String? {
        guard location.line >= 1 else { return nil }
        var lines = source.split(separator: "\n", maxSplits: location.line, omittingEmptySubsequences: false)
        guard lines.count >= location.line else { return nil }
        let scalars = Array(String(lines[location.line - 1]).replacingTabsAndReturns().unicodeScalars)
        lines.removeAll()
        let column = min(max(0, location.column - 1), scalars.count)
        // A very long line is shown as a window around the column, so the caret stays on screen.
        let window = scalars.count > Self.longestWholeLine ? Self.window : scalars.count
        let start = max(0, min(column - window / 2, scalars.count - window))
        let end = min(scalars.count, start + window)
        let before = start > 0 ? "…" : ""
        let after = end < scalars.count ? "…" : ""
        let shown = before + String(String.UnicodeScalarView(scalars[start..<end])) + after
        let prefix = before + String(String.UnicodeScalarView(scalars[start..<column]))
        let padding = String(repeating: " ", count: DisplayWidth.of(prefix))
        let caret = colored ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
        return "\(shown)\n\(padding)\(caret)\n"
    }

    /// The longest source line shown whole, in characters; a longer one (a generated or hostile
    /// file) is shown as `window` characters around the column.
    static let longestWholeLine = 500
    static let window = 200

    private func paint(_ severity: Severity) -> String {
        switch severity {
        case .error: "\u{1B}[1;31merror\u{1B}[0m"
        case .warning: "\u{1B}[1;35mwarning\u{1B}[0m"
        }
    }
}

private extension String {
    /// Keeps the caret aligned: a tab or stray carriage return would move it.
    func replacingTabsAndReturns() -> String {
        String(String.UnicodeScalarView(unicodeScalars.compactMap { scalar in
            switch scalar {
            case "\t": " "
            case "\r": nil
            default: scalar
            }
        }))
    }
}
