/// How XeTeX measures a character xeCJK sets in Noto CJK, and where xeCJK forbids a line break.
///
/// Noto Serif/Sans CJK (SIL Open Font License 1.1; Debian `fonts-noto-cjk`) give every face of
/// the collection — KR, SC, TC, HK, JP, regular and bold — the same advances, so one table of the
/// ranges whose advance is not the em holds them all (``advances``, which
/// `scripts/generate-cjk-advances` reads from each face's `hmtx`): Hangul 0.966em in the serif and
/// 0.92em in the sans, the half-width forms half an em, everything else xeCJK sets (ideographs,
/// kana, full-width forms and punctuation) 1em. XeTeX gives a glyph its advance
/// (`\setbox0\hbox{가}\showthe\wd0` is 9.66pt in the serif at 10pt, 9.2pt in the sans).
///
/// Between two CJK characters xeCJK puts `\CJKglue`, `0pt plus 0.08\baselineskip`, at the
/// `\baselineskip` in force. It forbids a break before closing punctuation (`，。、）」` …) and
/// after opening punctuation (`（「` …), and drops a space after closing punctuation (`가， 가` is
/// as wide as `가，가`) and one between a CJK character and opening punctuation. How it sets the
/// punctuation marks themselves is ``XeCJKPunctuation``.
///
/// Every Hangul character is given the height and depth XeTeX reports for `가`, every other CJK
/// character those of `中`: below every built-in theme's `\baselineskip`, they never change a
/// line's height.
package enum NotoCJK {
    /// Which of the two designs xeCJK's current CJK family is.
    package enum Face: Sendable, Hashable { case serif, sans }

    /// A range of characters that share an advance, in thousandths of an em, per face.
    struct Advance {
        let range: ClosedRange<UInt32>
        let serif: Int
        let sans: Int
    }

    /// Hangul Jamo, compatibility Jamo, Jamo extended A, syllables and Jamo extended B: the
    /// characters drawn as tall and deep as `가`.
    static let hangul: [ClosedRange<UInt32>] = [0x1100...0x11FF, 0x3131...0x318E, 0xA960...0xA97F, 0xAC00...0xD7FF]

    /// The advance of a wide character in thousandths of an em.
    static func advance(of scalar: Unicode.Scalar, face: Face) -> Int {
        guard let entry = advances.first(where: { $0.range.contains(scalar.value) }) else { return 1000 }
        return face == .serif ? entry.serif : entry.sans
    }

    /// Whether the character is Hangul, whose glyphs are drawn taller and deeper than ideographs.
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        hangul.contains { $0.contains(scalar.value) }
    }

    /// The box XeTeX sets the character in, at `size` sp.
    static func extent(of scalar: Unicode.Scalar, face: Face, size: Int) -> Extent {
        // Height and depth in thousandths of an em: 가 and 中 as XeTeX measures them.
        let (height, depth) =
            switch (isHangul(scalar), face) {
            case (true, .serif): (853, 108)
            case (true, .sans): (827, 77)
            case (false, .serif): (838, 78)
            case (false, .sans): (840, 79)
            }
        // XeTeX scales font units to the size rounding to the nearest sp.
        func scaled(_ units: Int) -> Int { (size * units + 500) / 1000 }
        return Extent(width: scaled(advance(of: scalar, face: face)), height: scaled(height), depth: scaled(depth))
    }

    /// xeCJK's `FullRight` class (its CL, NS, EX, IS, PO and hyphen lists), the characters of it
    /// set in the CJK font: no line starts with one, and a space after one is dropped.
    static let closingPunctuation: Set<Unicode.Scalar> = scalars([
        0x2E3A, 0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E,
        0x301F, 0xFE11, 0xFE12, 0xFE18, 0xFE36, 0xFE38, 0xFE3A, 0xFE3C, 0xFE3E, 0xFE40, 0xFE42, 0xFE44, 0xFE48,
        0xFE50, 0xFE52, 0xFE5A, 0xFE5C, 0xFE5E, 0xFF09, 0xFF0C, 0xFF0E, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63,
        0xFF64,  // CL
        0x30FB, 0xFE54, 0xFE55, 0xFF1A, 0xFF1B, 0xFF65,  // NS
        0xFE15, 0xFE16, 0xFE56, 0xFE57, 0xFF01, 0xFF1F,  // EX
        0xFE10, 0xFE13, 0xFE14,  // IS
        0xFE6A, 0xFF05, 0xFFE0,  // PO
        0x301C, 0x30A0, 0xFF5E,  // hyphens
    ])

    /// xeCJK's `FullLeft` class (its OP and PR lists), the characters of it set in the CJK font:
    /// no line ends with one, and a space between a CJK character and one is dropped.
    static let openingPunctuation: Set<Unicode.Scalar> = scalars([
        0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D, 0xFE17, 0xFE35, 0xFE37,
        0xFE39, 0xFE3B, 0xFE3D, 0xFE3F, 0xFE41, 0xFE43, 0xFE47, 0xFE59, 0xFE5B, 0xFE5D, 0xFF08, 0xFF3B, 0xFF5B,
        0xFF5F, 0xFF62,  // OP
        0xFE69, 0xFF04, 0xFFE1, 0xFFE5, 0xFFE6,  // PR
    ])

    private static func scalars(_ codes: [UInt32]) -> Set<Unicode.Scalar> {
        Set(codes.compactMap(Unicode.Scalar.init))
    }

    /// Whether xeCJK puts `\CJKecglue` between a CJK and a Latin character that touch: not next to
    /// CJK punctuation (`中（NLU）中` is as wide as its parts), not before Latin closing
    /// punctuation or a slash, not after an opening bracket (`中,` `中)` `(中` have none; `中(`
    /// `)中` `a.中` do).
    static func takesLatinGlue(between previous: Unicode.Scalar, and next: Unicode.Scalar) -> Bool {
        if closingPunctuation.contains(previous) || openingPunctuation.contains(previous) || closingPunctuation.contains(next)
            || openingPunctuation.contains(next)
        {
            return false
        }
        if previous.isWide { return !",.;:!?)]}/%'".unicodeScalars.contains(next) }
        return !"([{".unicodeScalars.contains(previous)
    }

    /// `\CJKglue`'s stretch: `0.08\baselineskip` at the `\baselineskip` in force, in sp, as TeX
    /// scans a decimal factor of a dimension (§453).
    static func glueStretch(baselineSkip: Int) -> Int {
        baselineSkip.texRatio(TextScanner.roundDecimals([0, 8]), 65536)
    }
}
