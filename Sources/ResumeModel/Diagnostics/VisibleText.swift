extension Unicode.Scalar {
    /// `U+0414`: the code point as Unicode writes it, at least four hexadecimal digits.
    package var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// Text from a file made safe to print on a terminal: characters that would act instead of show
/// (control characters and terminal escapes, bidirectional overrides that reorder what follows,
/// line separators) or that show nothing (zero-width spaces and joiners, byte-order marks) are
/// written as `<U+202E>`, so a diagnostic says exactly what is in the file.
package enum VisibleText {
    /// `text` with every such character spelled as its code point.
    public static func escaping(_ text: String) -> String {
        // Printable ASCII and tabs, as almost every message is, need no look at the characters.
        let isPlain = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { (0x20..<0x7F).contains($0) || $0 == 0x09 } }
        guard isPlain != true, text.unicodeScalars.contains(where: needsSpelling) else { return text }
        return spelled(text.unicodeScalars[...])
    }

    /// A source line's excerpt under a diagnostic: as ``escaping(_:)``, with a tab as one space
    /// and a carriage return left out, so the caret below stays aligned.
    static func excerpt(_ scalars: Substring.UnicodeScalarView) -> String {
        // Printable ASCII, as most of a minified file's one long line is, shows as it is; the
        // excerpts under its diagnostics are windows of that line.
        let text = Substring(scalars)
        if text.utf8.withContiguousStorageIfAvailable(isPrintableASCII) ?? isPrintableASCII(text.utf8) { return String(text) }
        return spelledExcerpt(scalars)
    }

    /// Whether every byte is printable ASCII (space to `~`), which a terminal shows as it is, one
    /// column each.
    static func isPrintableASCII(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.allSatisfy { (0x20..<0x7F).contains($0) }
    }

    private static func spelledExcerpt(_ scalars: Substring.UnicodeScalarView) -> String {
        var text = ""
        for scalar in scalars {
            switch scalar {
            case "\t": text += " "
            case "\r": continue
            default: text += needsSpelling(scalar) ? codePoint(scalar) : String(scalar)
            }
        }
        return text
    }

    /// Whether the character is invisible, or changes how the terminal shows what follows.
    package static func needsSpelling(_ scalar: Unicode.Scalar) -> Bool {
        if isBidiControl(scalar) { return true }
        switch scalar.value {
        case 0x00...0x08, 0x0A...0x1F, 0x7F...0x9F: return true  // controls, keeping the tab
        case 0x200B...0x200D, 0x2028, 0x2029, 0x2060...0x2064, 0x206A...0x206F: return true  // invisible, separators
        case 0x180E, 0xFEFF, 0xFFF9...0xFFFB: return true
        default: return false
        }
    }

    /// Whether the character is one of Unicode's bidirectional controls, which reorder the text
    /// around them (the "Trojan Source" characters).
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `<U+202E>`
    package static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "<\(scalar.codePoint)>"
    }

    private static func spelled(_ scalars: Substring.UnicodeScalarView) -> String {
        var text = ""
        for scalar in scalars {
            text += needsSpelling(scalar) ? codePoint(scalar) : String(scalar)
        }
        return text
    }
}
