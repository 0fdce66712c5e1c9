import Mustache

/// The Mustache content types, one per format, that escape every value a template interpolates.
///
/// The renderer compiles each template with its format's `CONTENT_TYPE` pragma in front, so a template
/// cannot forget to escape, and theme loading rejects unescaped tags and pragmas of its own.
enum ResumeContentType {
    /// Registers the content types with Mustache once, before any theme template is compiled.
    static let registered: Void = {
        MustacheContentTypes.register(LaTeXContentType(), named: name(for: .tex))
        MustacheContentTypes.register(HTMLContentType(), named: name(for: .html))
        MustacheContentTypes.register(TextContentType(), named: name(for: .text))
    }()

    /// The name used in the `CONTENT_TYPE` pragma.
    static func name(for format: OutputFormat) -> String {
        switch format {
        case .html: "RESUME_HTML"
        case .tex: "RESUME_LATEX"
        case .text: "RESUME_TEXT"
        }
    }

    /// The line put in front of every template of the format.
    static func pragma(for format: OutputFormat) -> String {
        "{{% CONTENT_TYPE: \(name(for: format)) }}\n"
    }
}

/// Escapes LaTeX specials in text, and link targets for hyperref.
struct LaTeXContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        let (isURL, value) = ValueMarker.unwrap(text)
        return isURL ? LaTeXEscaping.url(value) : LaTeXEscaping.text(value)
    }
}

/// Escapes `& < > " '` so values are safe in HTML text and quoted attributes.
struct HTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        HTMLEscaping.text(ValueMarker.unwrap(text).text)
    }
}

/// Turns tabs, newlines and other control characters into spaces, and marks each value so the
/// text layout pass treats it as content and never as a layout directive.
struct TextContentType: MustacheContentType {
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
