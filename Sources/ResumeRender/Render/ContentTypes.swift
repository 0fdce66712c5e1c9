import Foundation
import Mustache
import ResumeThemes

/// How each format escapes the values templates interpolate: every `{{name}}` goes through its
/// format's escaping, so a template cannot forget to escape, and themes may not use the tags
/// that would skip it (`{{{name}}}`, `{{&name}}`).
package enum ResumeContentType {
    static func escaping(for format: OutputFormat) -> any TemplateEscaping {
        switch format {
        case .tex: LaTeXContentType()
        case .html: HTMLContentType()
        case .text: TextContentType()
        }
    }

    /// What a blank line in a prose value becomes: a new paragraph in LaTeX (with the block's
    /// margins), a line break in HTML and in plain text; either way the next paragraph starts on
    /// a line of its own, as in the PDF.
    package static func paragraphBreak(for format: OutputFormat) -> String {
        escaping(for: format).paragraphBreak
    }
}

/// The paragraphs of a prose value: its text split at blank lines (lines of nothing but spaces),
/// each trimmed; a value without a blank line is one paragraph.
enum Paragraphs {
    static func split(_ text: String) -> [String] {
        // Most values are one line: `memchr` tells so at a glance.
        let hasLineBreak =
            text.utf8.withContiguousStorageIfAvailable { $0.count > 0 && memchr($0.baseAddress!, 0x0A, $0.count) != nil }
            ?? text.utf8.contains(UInt8(ascii: "\n"))
        guard hasLineBreak else { return [text] }
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

/// A prose value is escaped paragraph by paragraph, split at its blank lines.
protocol ProseEscaping: TemplateEscaping {}

extension ProseEscaping {
    func paragraphs(_ text: String) -> [String] {
        Paragraphs.split(text).map(self.text)
    }
}

/// Escapes LaTeX specials in text, and link targets for hyperref.
struct LaTeXContentType: ProseEscaping {
    func text(_ text: String) -> String { LaTeXEscaping.text(text) }
    func url(_ url: String) -> String { LaTeXEscaping.url(url) }
    var paragraphBreak: String { #"\par "# }
}

/// Escapes `& < > " '` so values are safe in HTML text and quoted attributes, links included.
struct HTMLContentType: ProseEscaping {
    func text(_ text: String) -> String { HTMLEscaping.text(text) }
    func url(_ url: String) -> String { HTMLEscaping.text(url) }
    var paragraphBreak: String { "<br>" }
}

/// Turns tabs, newlines and other control characters into spaces, so that only template text
/// forms the text layout's directives; the rendering tells the layout where each value and each
/// of a value's paragraphs begins (`RenderedText.values`, `paragraphStarts`).
struct TextContentType: ProseEscaping {
    func text(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isLineOrControl) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            output.unicodeScalars.append(scalar.isLineOrControl ? " " : scalar)
        }
        return output
    }

    func url(_ url: String) -> String { text(url) }
    var paragraphBreak: String { " " }
}
