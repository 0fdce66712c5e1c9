import Yams

/// Composes YAML text the way every reader of this package wants it.
package enum YAMLDocument {
    /// The text's one document as nodes, or nil for an empty text. No tag is resolved (`.basic`):
    /// the readers take every value as text and check it themselves.
    /// The text is read as UTF-8, a Swift string's own form, rather than in Yams' default
    /// encoding, which it looks up in the process's environment on every call.
    package static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    }
}
