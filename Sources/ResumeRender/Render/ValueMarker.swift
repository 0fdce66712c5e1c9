/// Private-use characters the renderer puts around context values; no résumé text can contain them
/// because the context builder strips them.
enum ValueMarker {
    /// Starts a link target, so each format escapes it as a URL rather than as text.
    static let url: Unicode.Scalar = "\u{E000}"
    /// Surround every value in text output, so the layout pass can tell template text from values.
    static let valueStart: Unicode.Scalar = "\u{E001}"
    static let valueEnd: Unicode.Scalar = "\u{E002}"
    /// Between the paragraphs of a value in text output: the layout pass starts a new line there.
    static let lineBreak: Unicode.Scalar = "\u{E003}"

    static func isMarker(_ scalar: Unicode.Scalar) -> Bool {
        scalar == url || scalar == valueStart || scalar == valueEnd || scalar == lineBreak
    }

    /// Splits a value into whether it is a link target and the text itself.
    static func unwrap(_ value: String) -> (isURL: Bool, text: String) {
        if value.unicodeScalars.first == url {
            return (true, String(value.unicodeScalars.dropFirst()))
        }
        return (false, value)
    }
}
