import ResumeRender

/// The advance widths of an OpenType font's characters (its `hmtx`, through its `cmap`) and their
/// heights and depths (the glyphs' bounding boxes, which XeTeX takes as a character's), for the
/// characters a XeLaTeX document sets in fonts the engine has no TFM metrics for: Cyrillic and
/// Greek in CMU, symbols in Latin Modern Math, Vietnamese in Latin Modern's OpenType faces. The
/// tables are in `OpenTypeWidths.generated.swift` (`scripts/generate-opentype-widths`).
///
/// A character measured by its advance is still an estimate: XeTeX's shaper also makes
/// ligatures and kerns pairs across the engine's runs, which these tables leave out; the kerning
/// between two of the CMU fonts' Cyrillic or Greek characters is in them.
final class OpenTypeWidths: Sendable {
    let unitsPerEm: Int
    /// Advance, height and depth in font units, by code point.
    private let glyphs: [UInt32: (advance: Int, height: Int, depth: Int)]
    /// The x advance adjustment between two characters, keyed by their code points (first << 32 | second).
    private let kerns: [UInt64: Int]

    /// `advances`: lines of `0410:750,683,0 708,683,0 …`, a hexadecimal code point and the
    /// advance, height and depth of it and of the code points after it, in font units. `kerning`: lines of `0410 0422:-83 0423:-83 …`, a
    /// first character and each second one with the adjustment between them.
    init(unitsPerEm: Int, advances: String, kerning: String) {
        self.unitsPerEm = unitsPerEm
        var table: [UInt32: (advance: Int, height: Int, depth: Int)] = [:]
        for line in advances.split(separator: "\n") {
            for (offset, (code, values)) in Self.entries(line).enumerated() {
                let numbers = values.split(separator: ",").map { Int($0) ?? 0 }
                guard numbers.count == 3 else { continue }
                table[code + UInt32(offset)] = (numbers[0], numbers[1], numbers[2])
            }
        }
        glyphs = table
        var kerns: [UInt64: Int] = [:]
        for line in kerning.split(separator: "\n") {
            guard let first = Self.start(line) else { continue }
            for (second, value) in Self.entries(line) {
                kerns[UInt64(first) << 32 | UInt64(second)] = Int(value) ?? 0
            }
        }
        self.kerns = kerns
    }

    /// The character's advance, height and depth at `size` (sp), in sp, as XeTeX scales them; nil
    /// when the font lacks it.
    func extent(of scalar: Unicode.Scalar, size: Int) -> Extent? {
        glyphs[scalar.value].map {
            Extent(width: scaled($0.advance, size: size), height: scaled($0.height, size: size), depth: scaled($0.depth, size: size))
        }
    }

    /// The kern between two characters at `size`, in sp; nil when there is none.
    func kern(between first: Unicode.Scalar, and second: Unicode.Scalar, size: Int) -> Int? {
        kerns[UInt64(first.value) << 32 | UInt64(second.value)].map { scaled($0, size: size) }
    }

    private func scaled(_ units: Int, size: Int) -> Int {
        let product = units * size
        return (product + (product < 0 ? -unitsPerEm : unitsPerEm) / 2) / unitsPerEm
    }

    /// The words of a line after a `XXXX:` prefix, each with the code point of the last prefix:
    /// every word of an advances line, the words after the first of a kerning line.
    private static func entries(_ line: Substring) -> [(UInt32, Substring)] {
        var entries: [(UInt32, Substring)] = []
        var start: UInt32?
        for word in line.split(separator: " ") {
            if let colon = word.firstIndex(of: ":") {
                start = UInt32(word[..<colon], radix: 16)
                if let start { entries.append((start, word[word.index(after: colon)...])) }
            } else if let start {
                entries.append((start, word))
            }
        }
        return entries
    }

    /// The code point of a kerning line's first word (`0410`), which has no colon.
    private static func start(_ line: Substring) -> UInt32? {
        guard let first = line.split(separator: " ").first, !first.contains(":") else { return nil }
        return UInt32(first, radix: 16)
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
