/// Prints diagnostics the way compilers do: `cv.yaml:3:7: error: message`, then the source line
/// and a caret under the column.
public struct DiagnosticFormatter: Sendable {
    /// Whether to colour the severity with ANSI escapes (only on a terminal, never under `NO_COLOR`).
    public var colored: Bool

    public init(colored: Bool = false) {
        self.colored = colored
    }

    public func format(_ diagnostic: Diagnostic, source: String?) -> String {
        format([diagnostic], source: source)
    }

    public func format(_ diagnostics: [Diagnostic], source: String?) -> String {
        let lines = SourceLines(shown: source)  // indexed once for all the diagnostics
        var text = ""
        for diagnostic in diagnostics { append(diagnostic, lines: lines, to: &text) }
        return text
    }

    /// Writes one diagnostic onto the end of `text`: all of them go into one string, not each
    /// into its own to be joined.
    private func append(_ diagnostic: Diagnostic, lines: SourceLines?, to text: inout String) {
        text += VisibleText.escaping(diagnostic.location.description)
        text += ": "
        text += colored ? paint(diagnostic.severity) : diagnostic.severity.rawValue
        text += ": "
        text += VisibleText.escaping(diagnostic.message)
        if let rule = diagnostic.rule {
            text += " ["
            text += rule
            text += "]"
        }
        text += "\n"
        if let lines, let excerpt = excerpt(of: lines, at: diagnostic.location) {
            text += excerpt
        }
    }

    /// The source line (tabs shown as spaces) and a caret under the column, aligned by display width.
    func excerpt(of source: String, at location: SourceLocation) -> String? {
        excerpt(of: SourceLines(source), at: location)
    }

    private func excerpt(of lines: SourceLines, at location: SourceLocation) -> String? {
        guard let sourceLine = lines.line(location.line) else { return nil }
        let caret = colored ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
        // A short line of printable ASCII, as most are, shows as it is: one column a character.
        if sourceLine.utf8.count <= Self.longestWholeLine,
            sourceLine.utf8.withContiguousStorageIfAvailable(VisibleText.isPrintableASCII) ?? VisibleText.isPrintableASCII(sourceLine.utf8) {
            let column = min(max(0, location.column - 1), sourceLine.utf8.count)
            return "\(sourceLine)\n\(String(repeating: " ", count: column))\(caret)\n"
        }
        let scalars = sourceLine.unicodeScalars
        // Where each character starts, so that a window of a minified file's one long line is
        // found without walking the line again for every diagnostic.
        let starts = lines.scalarStarts(ofLine: location.line) ?? Array(scalars.indices)
        let count = starts.count
        let column = min(max(0, location.column - 1), count)
        // A very long line is shown as a window around the column, so the caret stays on screen.
        let window = count > Self.longestWholeLine ? Self.window : count
        let start = max(0, min(column - window / 2, count - window))
        let end = min(count, start + window)
        let position = { (offset: Int) in offset < count ? starts[offset] : scalars.endIndex }
        let startIndex = position(start), columnIndex = position(column), endIndex = position(end)
        let before = start > 0 ? "…" : ""
        let after = end < count ? "…" : ""
        let shown = before + VisibleText.excerpt(scalars[startIndex..<endIndex]) + after
        let prefix = before + VisibleText.excerpt(scalars[startIndex..<columnIndex])
        let padding = String(repeating: " ", count: DisplayWidth.of(prefix))
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

/// A source text's lines by number, found from an index of where each line starts.
struct SourceLines {
    private let text: String
    private var starts: [String.Index] = []
    /// For each line longer than a diagnostic shows whole, where each of its characters starts.
    private var longLines: [Int: [String.Index]] = [:]

    /// The lines of a source to show under diagnostics; none for no text, such as a file that
    /// could not be read, where an empty line and a caret would say nothing.
    init?(shown source: String?) {
        guard let source, !source.isEmpty else { return nil }
        self.init(source)
    }

    init(_ text: String) {
        self.text = text
        // The line breaks are found in the text's bytes, many times faster than through its views.
        var offsets = [0]
        var bytes = text
        bytes.withUTF8 { utf8 in
            var offset = 0
            while let newline = utf8[offset...].firstIndex(of: UInt8(ascii: "\n")) {
                offset = newline + 1
                offsets.append(offset)
            }
        }
        starts = offsets.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
        for (number, start) in offsets.enumerated() {
            let end = number + 1 < offsets.count ? offsets[number + 1] - 1 : text.utf8.count
            if end - start > DiagnosticFormatter.longestWholeLine {
                longLines[number + 1] = Array(self.line(number + 1)!.unicodeScalars.indices)
            }
        }
    }

    /// Where each character of line `number` starts, when it is a long line.
    func scalarStarts(ofLine number: Int) -> [String.Index]? {
        longLines[number]
    }

    /// Line `number` (1-based) without its line break, or nil past the end.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        return text[start..<end]
    }
}
