import Foundation

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
        // All of them are written as UTF-8 into one buffer, made a string once: many short pieces
        // are appended, each far more cheaply to an array of bytes than to a string.
        var text: [UInt8] = []
        for diagnostic in diagnostics { append(diagnostic, lines: lines, to: &text) }
        return String(decoding: text, as: UTF8.self)
    }

    /// Writes one diagnostic onto the end of `text`.
    private func append(_ diagnostic: Diagnostic, lines: SourceLines?, to text: inout [UInt8]) {
        append(VisibleText.escaping(diagnostic.location.description), to: &text)
        append(": ", to: &text)
        append(colored ? paint(diagnostic.severity) : diagnostic.severity.rawValue, to: &text)
        append(": ", to: &text)
        append(VisibleText.escaping(diagnostic.message), to: &text)
        if let rule = diagnostic.rule {
            append(" [", to: &text)
            append(rule, to: &text)
            append("]", to: &text)
        }
        text.append(UInt8(ascii: "\n"))
        if let lines { appendExcerpt(of: lines, at: diagnostic.location, to: &text) }
    }

    /// The source line (tabs shown as spaces) and a caret under the column, aligned by display width.
    func excerpt(of source: String, at location: SourceLocation) -> String? {
        var text: [UInt8] = []
        appendExcerpt(of: SourceLines(source), at: location, to: &text)
        return text.isEmpty ? nil : String(decoding: text, as: UTF8.self)
    }

    /// Writes `excerpt(of:at:)` onto the end of `text`, or nothing where there is no such line.
    private func appendExcerpt(of lines: SourceLines, at location: SourceLocation, to text: inout [UInt8]) {
        guard let sourceLine = lines.line(location.line) else { return }
        let caret = colored ? "\u{1B}[1;32m^\u{1B}[0m" : "^"
        // A short line of printable ASCII, as most are, shows as it is: one column a character.
        if sourceLine.utf8.count <= Self.longestWholeLine,
            sourceLine.utf8.withContiguousStorageIfAvailable(VisibleText.isPrintableASCII) ?? VisibleText.isPrintableASCII(sourceLine.utf8) {
            let column = min(max(0, location.column - 1), sourceLine.utf8.count)
            append(sourceLine, to: &text)
            text.append(UInt8(ascii: "\n"))
            text += repeatElement(UInt8(ascii: " "), count: column)
            text += caret.utf8
            text.append(UInt8(ascii: "\n"))
            return
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
        append("\(shown)\n\(padding)\(caret)\n", to: &text)
    }

    /// Writes a text's UTF-8 onto the end of `text`, copied at once where it is contiguous (as in
    /// a native string) rather than byte by byte.
    private func append(_ string: some StringProtocol, to text: inout [UInt8]) {
        if string.utf8.withContiguousStorageIfAvailable({ text += $0 }) == nil { text += string.utf8 }
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
        // The line breaks are found in the text's bytes by `memchr`, many times faster than
        // through its views or a loop over the bytes.
        var offsets = [0]
        var bytes = text
        bytes.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            var offset = 0
            while let newline = memchr(base + offset, Int32(UInt8(ascii: "\n")), utf8.count - offset) {
                offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
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
