/// The per-character tables pdfLaTeX consults while it sets text in T1 and TS1 fonts: `\lccode`
/// (which characters are letters for hyphenation) and `\sfcode` (the space factor a character
/// leaves), as LaTeX's format sets them for every slot.
enum CharacterCodes {
    /// `\lccode` of a slot: nonzero for the characters hyphenation treats as letters.
    static func lowercaseCode(_ code: UInt8) -> UInt8 {
        lowercaseCodes[Int(code)]
    }

    /// Whether hyphenation counts the slot as a letter.
    static func isLetter(_ code: UInt8) -> Bool {
        lowercaseCodes[Int(code)] != 0
    }

    /// `\sfcode` of a slot under `\frenchspacing` (every punctuation mark 1000) or LaTeX's default
    /// `\nonfrenchspacing` (3000 after `.?!`, 2000 after `:`, 1500 after `;`, 1250 after `,`); 999
    /// for uppercase letters, 0 (transparent) for `)`, `'` and `]`.
    static func spaceFactorCode(_ code: UInt8, frenchSpacing: Bool) -> Int {
        spaceFactorCodes(frenchSpacing: frenchSpacing)[Int(code)]
    }

    /// `\sfcode` of every slot (``spaceFactorCode(_:frenchSpacing:)``), for a loop over characters.
    static func spaceFactorCodes(frenchSpacing: Bool) -> [Int] {
        frenchSpacing ? frenchSpaceFactorCodes : nonfrenchSpaceFactorCodes
    }

    private static let nonfrenchSpaceFactorCodes: [Int] = (0...255).map { slot in
        switch UInt8(slot) {
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"): 3000
        case UInt8(ascii: ":"): 2000
        case UInt8(ascii: ";"): 1500
        case UInt8(ascii: ","): 1250
        default: frenchSpaceFactorCodes[slot]
        }
    }

    /// latex.ltx with fontenc T1: a–z and A–Z, slots "80–"9C and "C0–"DF mapped to slot + "20,
    /// "A0–"BC and "E0–"FF to themselves, "9D (İ) to i, and "17, "19–"1B, "2D, "7F, "9E themselves.
    private static let lowercaseCodes: [UInt8] = (0...255).map { slot in
        let code = UInt8(slot)
        switch code {
        case 0x41...0x5A, 0x80...0x9C, 0xC0...0xDF: return code + 0x20
        case 0x61...0x7A, 0xA0...0xBC, 0xE0...0xFF, 0x17, 0x19, 0x1A, 0x1B, 0x2D, 0x7F, 0x9E: return code
        case 0x9D: return UInt8(ascii: "i")
        default: return 0
        }
    }

    /// 999 for the uppercase slots (A–Z, "80–"9C, "C0–"DF), 0 for `'`, `)` and `]`, else 1000.
    private static let frenchSpaceFactorCodes: [Int] = (0...255).map { slot in
        switch UInt8(slot) {
        case 0x41...0x5A, 0x80...0x9C, 0xC0...0xDF: 999
        case 0x27, 0x29, 0x5D: 0
        default: 1000
        }
    }
}
