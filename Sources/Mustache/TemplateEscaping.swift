/// How one output format escapes the values templates interpolate: text as text, a link target
/// (`TemplateValue.link`) as that format writes an address, and a measured value paragraph by
/// paragraph.
package protocol TemplateEscaping: Sendable {
    /// Text escaped so that it shows as it is in the format.
    func text(_ text: String) -> String
    /// A link target escaped as the format writes an address (in LaTeX, for `\href`).
    func url(_ url: String) -> String
    /// The paragraphs of a measured value, each escaped; `paragraphBreak` stands between them.
    func paragraphs(_ text: String) -> [String]
    /// What stands between the paragraphs of a measured value.
    var paragraphBreak: String { get }
}

extension TemplateEscaping {
    /// One paragraph, escaped as text.
    package func paragraphs(_ text: String) -> [String] {
        [self.text(text)]
    }

    package var paragraphBreak: String { "" }
}

/// An escaping that is one function for text and addresses alike, as the Mustache specification
/// and the engine's own tests use.
package struct TextEscaping: TemplateEscaping {
    let escape: @Sendable (String) -> String

    package init(_ escape: @escaping @Sendable (String) -> String) {
        self.escape = escape
    }

    package func text(_ text: String) -> String { escape(text) }
    package func url(_ url: String) -> String { escape(url) }
}
