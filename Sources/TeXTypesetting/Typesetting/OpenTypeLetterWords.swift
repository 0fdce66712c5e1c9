import TeXHyphenation

/// Words with a letter the T1 layout of an OpenType face has no slot for (`ș`, `ơ`, `ễ`), which
/// the horizontal list holds as a box: XeTeX hyphenates such a word like any other (the letter
/// matches no English pattern, so patterns stop at it), the engine's hyphenation pass does not
/// (a box ends a word, as for pdfTeX). Where the patterns find a break in the word (`Tim-ișoara`),
/// the paragraph's lines may differ from XeLaTeX's; where they find none, as in every Vietnamese
/// syllable, they cannot.
enum OpenTypeLetterWords {
    /// Whether the word holding the letter boxes at `letters` (indices into `nodes`, ascending),
    /// from the glue before the first of them to the end of the list, has a break TeX's patterns allow.
    static func hyphenate(_ nodes: [ListNode], letters: [Int]) -> Bool {
        guard let first = letters.first else { return false }
        var start = first
        while start > 0 {
            if case .glue = nodes[start - 1] { break }
            start -= 1
        }
        var word: [UInt8] = []
        var holdsLetterBox = false
        func endWord() -> Bool {
            defer {
                word.removeAll()
                holdsLetterBox = false
            }
            return holdsLetterBox && !Hyphenator.english.hyphenationPoints(ofLowercaseCodes: word).isEmpty
        }
        for index in start..<nodes.count {
            switch nodes[index] {
            case .glyphs(let run):
                for item in run.items {
                    switch item {
                    case .character(let code):
                        let lowercase = CharacterCodes.lowercaseCode(code)
                        if lowercase != 0 { word.append(lowercase) } else if endWord() { return true }
                    case .ligature(_, let components, _, _):
                        for code in components {
                            let lowercase = CharacterCodes.lowercaseCode(code)
                            if lowercase != 0 { word.append(lowercase) } else if endWord() { return true }
                        }
                    case .kern:
                        break
                    case .discretionary:
                        if endWord() { return true }
                    }
                }
            case .box where letters.contains(index):
                // A letter no pattern names, as XeTeX's `\lccode` of it is to the patterns.
                word.append(Self.unknownLetter)
                holdsLetterBox = true
            case .whatsit:
                break
            default:
                if endWord() { return true }
            }
        }
        return endWord()
    }

    /// A lowercase code no English pattern holds (T1's `ß`).
    static let unknownLetter: UInt8 = 0xFF
}
