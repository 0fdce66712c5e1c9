/// How each format escapes the values templates interpolate: every `{{name}}` goes through its
/// format's escaping, so a template cannot forget to escape, and themes may not use the tags
/// that would skip it (`{{{name}}}`, `{{&name}}`).
enum ResumeContentType {
    static func escaping(for format: OutputFormat) -> @Sendable (String) -> String {
        switch format {
        case .tex: LaTeXContentType().escapeText
        case .html: HTMLContentType().escapeText
        case .text: TextContentType().escapeText
        }
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
