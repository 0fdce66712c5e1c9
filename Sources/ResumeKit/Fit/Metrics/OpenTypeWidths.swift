/// The advance widths of an OpenType font's characters (its `hmtx`, through its `cmap`), for the
/// characters a XeLaTeX document sets in fonts the engine has no TFM metrics for: Cyrillic and
/// Greek in CMU, symbols in Latin Modern Math, Vietnamese in Latin Modern's OpenType faces. The
/// tables are in `OpenTypeWidths.generated.swift` (`scripts/generate-opentype-widths`).
///
/// A character measured by its advance is still an estimate: XeTeX's shaper also kerns pairs and
/// makes ligatures, which these tables leave out.
struct OpenTypeWidths: Sendable {
    let unitsPerEm: Int
    private let advances: [UInt32: Int]

    /// Lines of `0410:750 708 …`: a hexadecimal code point and the advances of it and the code
    /// points after it, in font units.
    init(unitsPerEm: Int, advances text: String) {
        self.unitsPerEm = unitsPerEm
        var advances: [UInt32: Int] = [:]
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let first = words.first, let colon = first.firstIndex(of: ":"),
                let start = UInt32(first[..<colon], radix: 16)
            else { continue }
            let widths = [first[first.index(after: colon)...]] + words.dropFirst()
            for (offset, width) in widths.enumerated() {
                advances[start + UInt32(offset)] = Int(width)
            }
        }
        self.advances = advances
    }

    /// The character's advance at `size` (sp), in sp, as XeTeX scales it; nil when the font lacks it.
    func width(of scalar: Unicode.Scalar, size: Int) -> Int? {
        advances[scalar.value].map { ($0 * size + unitsPerEm / 2) / unitsPerEm }
    }

    /// The font a XeLaTeX document sets a character in that no TFM font of the engine has, in
    /// the face of `selection`: CMU for Cyrillic and Greek (a document with them is set in CMU),
    /// Latin Modern Math for the symbols the text fonts lack, Latin Modern's OpenType faces for
    /// other Latin letters; nil for anything else (CJK, which xeCJK sets 1em wide).
    static func font(for scalar: Unicode.Scalar, in selection: FontSelection) -> OpenTypeWidths? {
        if SymbolFont.sets(scalar) { return latinModernMath }
        let bold = selection.series != .regular
        let sloped = selection.shape == .italic || selection.shape == .slanted
        if CyrillicAndGreek.contains(scalar) {
            switch (selection.family, bold, sloped) {
            case (.roman, false, false): return cmuSerifRoman
            case (.roman, true, false): return cmuSerifBold
            case (.roman, false, true): return cmuSerifItalic
            case (.roman, true, true): return cmuSerifBoldItalic
            case (.sans, false, false): return cmuSansMedium
            case (.sans, true, false): return cmuSansBold
            case (.sans, false, true): return cmuSansOblique
            case (.sans, true, true): return cmuSansBoldOblique
            }
        }
        guard (0x0180...0x024F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value) else { return nil }
        switch (selection.family, bold, sloped) {
        case (.roman, false, false): return latinModernRomanRegular
        case (.roman, true, _): return latinModernRomanBold
        case (.roman, false, true): return latinModernRomanItalic
        case (.sans, false, false): return latinModernSansRegular
        case (.sans, true, _): return latinModernSansBold
        case (.sans, false, true): return latinModernSansOblique
        }
    }
}
