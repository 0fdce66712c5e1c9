/// Cyrillic and Greek, which Latin Modern does not have: a XeLaTeX document with them is set in
/// Computer Modern Unicode (CMU), the Unicode font drawn from the same Computer Modern as Latin
/// Modern, so a Russian or Greek résumé (or a Cyrillic name in an English one) reads as one
/// typeface. (Switching fonts at each change of script, with ucharclasses, loses characters
/// after punctuation such as «.) A document with Chinese, Japanese or Korean text keeps Latin
/// Modern and xeCJK: there, Cyrillic and Greek are not set.
package enum CyrillicAndGreek {
    /// Cyrillic, Cyrillic Supplement, Extended-A, -B and -C; Greek and Coptic, Greek Extended:
    /// the text that sets a document in CMU.
    static let blocks: [ClosedRange<UInt32>] = [
        0x0400...0x04FF, 0x0500...0x052F, 0x2DE0...0x2DFF, 0xA640...0xA69F, 0x1C80...0x1C8F,
        0x0370...0x03FF, 0x1F00...0x1FFF,
    ]

    /// Whether the character is Cyrillic or Greek.
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        blocks.contains { $0.contains(scalar.value) }
    }

    /// Whether a XeLaTeX document of this text is set in CMU: it has Cyrillic or Greek that Latin
    /// Modern lacks, and no text that needs xeCJK.
    package static func isSwitched(in texts: some Sequence<String>) -> Bool {
        var hasCyrillicOrGreek = false
        for text in texts {
            for scalar in text.unicodeScalars where scalar.value >= 0x0370 {
                if scalar.isWide { return false }
                // Latin Modern has the Greek capitals that look like no Latin letter (Ω, Δ).
                if contains(scalar), !FontCoverage.latinModernRoman.contains(scalar) { hasCyrillicOrGreek = true }
            }
        }
        return hasCyrillicOrGreek
    }
}
