import ResumeThemes

/// How each format escapes the values templates interpolate: every `{{name}}` goes through its
/// format's escaping, so a template cannot forget to escape, and themes may not use the tags
/// that would skip it (`{{{name}}}`, `{{&name}}`).
package enum ResumeContentType {
    static func escaping(for format: OutputFormat) -> @Sendable (String) -> String {
        switch format {
        case .tex: LaTeXContentType().escapeText
        case .html: HTMLContentType().escapeText
        case .text: TextContentType().escapeText
        }
    }

    /// How a prose value is escaped: each paragraph as text, joined by the format's paragraph break.
    static func proseEscaping(for format: OutputFormat) -> @Sendable (String) -> String {
        let escape = escaping(for: format)
        let separator = paragraphBreak(for: format)
        return { text in Paragraphs.split(text).map(escape).joined(separator: separator) }
    }

    /// What a blank line in a prose value becomes: a new paragraph in LaTeX (with the block's
    /// margins), a line break in HTML and in plain text; either way the next paragraph starts on
    /// a line of its own, as in the PDF.
    package static func paragraphBreak(for format: OutputFormat) -> String {
        switch format {
        case .tex: #"\par "#
        case .html: "<br>"
        case .text: " " + String(ValueMarker.lineBreak) + " "
        }
    }
}

/// The paragraphs of a prose value: its text split at blank lines (lines of nothing but spaces),
/// each trimmed; a value without a blank line is one paragraph.
enum Paragraphs {
    static func split(_ text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return [text] }
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n").trimmingWhitespace) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n").trimmingWhitespace) }
        return paragraphs.isEmpty ? [text] : paragraphs
    }
}

/// Escapes LaTeX specials in text, and link targets for hyperref.
struct LaTeXContentType: Sendable {
    func escapeText(_ text: String) -> String {
        let (isURL, value) = ValueMarker.unwrap(text)
        return isURL ? LaTeXEscaping.url(value) : LaTeXEscaping.text(value)
    }
}

/// Escapes `& < > " '` so values are safe in HTML text and quoted attributes.
struct HTMLContentType: Sendable {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.text(ValueMarker.unwrap(text).text)
    }
}

/// Turns tabs, newlines and other control characters into spaces, and marks each value so the
/// text layout pass treats it as content and never as a layout directive.
struct TextContentType: Sendable {
    func escapeText(_ text: String) -> String {
        var output = String(ValueMarker.valueStart)
        for scalar in ValueMarker.unwrap(text).text.unicodeScalars {
            if ValueMarker.isMarker(scalar) { continue }
            output.unicodeScalars.append(scalar.isLineOrControl ? " " : scalar)
        }
        output.unicodeScalars.append(ValueMarker.valueEnd)
        return output
    }
}
