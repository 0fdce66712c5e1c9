/// A character that TeX counts as a letter when it looks for a word to hyphenate: one with a
/// nonzero `\lccode` in pdfLaTeX's format, typeset in the T1 (Cork) font encoding.
///
/// LaTeX gives `a`–`z`, `A`–`Z`, the accented letters of the T1 encoding, the dotless i and j, and
/// the hyphen character `-` a lowercase code; digits, punctuation, dashes and quotes have none.
/// Characters that T1 cannot typeset as a single glyph are treated as non-letters.
struct TeXLetter: Sendable, Hashable {
    /// The character's slot in the T1 encoding.
    let code: UInt8
    /// `\lccode` of the slot: what hyphenation compares against the patterns.
    let lowercaseCode: UInt8

    /// The letter for `character`, or nil when TeX does not count it as a letter.
    init?(_ character: Character) {
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"):
                (code, lowercaseCode) = (ascii, ascii)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                (code, lowercaseCode) = (ascii, ascii + 0x20)
            default:
                return nil
            }
        } else if let letter = Self.t1Letters[character] {
            self = letter
        } else {
            return nil
        }
    }

    private init(code: UInt8, lowercaseCode: UInt8) {
        self.code = code
        self.lowercaseCode = lowercaseCode
    }

    /// Whether the letter is uppercase, which `\uchyph` consults for a word's first letter.
    var isUppercase: Bool { lowercaseCode != code }
}

private extension TeXLetter {
    /// The non-ASCII letters of the T1 encoding with LaTeX's `\lccode`s (latex.ltx sets slots
    /// "80–"9C and "C0–"DF to their slot + "20, and "A0–"BC and "E0–"FF to themselves).
    static let t1Letters: [Character: TeXLetter] = {
        var letters: [Character: TeXLetter] = [:]
        func add(_ characters: String, from firstCode: UInt8, lowercaseOffset: UInt8) {
            for (index, character) in characters.enumerated() {
                let code = firstCode + UInt8(index)
                letters[character] = TeXLetter(code: code, lowercaseCode: code + lowercaseOffset)
            }
        }
        add("ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲ", from: 0x80, lowercaseOffset: 0x20)
        add("ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ", from: 0xA0, lowercaseOffset: 0)
        add("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖŒØÙÚÛÜÝÞ", from: 0xC0, lowercaseOffset: 0x20)
        add("àáâãäåæçèéêëìíîïðñòóôõöœøùúûüýþß", from: 0xE0, lowercaseOffset: 0)
        letters["Đ"] = letters["Ð"]
        letters["đ"] = TeXLetter(code: 0x9E, lowercaseCode: 0x9E)
        letters["İ"] = TeXLetter(code: 0x9D, lowercaseCode: UInt8(ascii: "i"))
        letters["ı"] = TeXLetter(code: 0x19, lowercaseCode: 0x19)
        letters["ȷ"] = TeXLetter(code: 0x1A, lowercaseCode: 0x1A)
        return letters
    }()
}
