/// The characters between two interword spaces of a paragraph, as TeX's line breaker scans them
/// for a word to hyphenate (TeX: The Program §894–§899).
///
/// TeX only tries to hyphenate the characters right after a glue node (§866), so the first word
/// of a paragraph, which follows the indentation box or nothing, is never hyphenated, and
/// neither is anything after a box, formula or discretionary inside a run. Font kerns and
/// ligatures do not matter; the characters are those of the input, with `-` the font's hyphen
/// character (`--` and `---` are its ligatures) and `–`, `—`, `’` the T1 dash and quote glyphs.
package struct WordRun: Sendable, Hashable {
    /// The characters, as typeset.
    public var characters: [Character]
    /// Offsets into `characters` where the font changes or something invisible that is not a
    /// character (a colour special, an explicit kern such as an italic correction) intervenes.
    package var interruptions: [Int]
    /// What TeX finds after the last character.
    public var ending: Ending

    /// What follows a run's characters; it decides whether TeX hyphenates the word at all (§899).
    package enum Ending: Sendable, Hashable {
        /// Glue, a penalty, an explicit kern, a mark, insertion or whatsit, or the paragraph's end:
        /// the word may be hyphenated.
        case glue
        /// A box, rule, math formula or discretionary: TeX leaves the word unhyphenated.
        case box
    }

    public init(_ text: some StringProtocol, interruptions: [Int] = [], ending: Ending = .glue) {
        self.characters = Array(text)
        self.interruptions = interruptions
        self.ending = ending
    }

    /// Offsets after which the run may break at an explicit hyphen, costing `\exhyphenpenalty` in
    /// every pass: TeX puts an empty discretionary after each `-`, `--` and `---` (§1039).
    package var explicitHyphenBreaks: [Int] {
        var breaks: [Int] = []
        var hyphensInLigature = 0
        for (offset, character) in characters.enumerated() {
            guard character == "-" else {
                hyphensInLigature = 0
                continue
            }
            hyphensInLigature += 1
            let ligatureEnds = hyphensInLigature == 3 || offset + 1 == characters.count
                || characters[offset + 1] != "-"
            if ligatureEnds {
                breaks.append(offset + 1)
                hyphensInLigature = 0
            }
        }
        return breaks
    }
}

extension Hyphenator {
    /// The offsets after which TeX may hyphenate `run` in its second and later passes, each
    /// costing `\hyphenpenalty` and adding a hyphen to the line; ascending counts of characters
    /// of the run before each break.
    ///
    /// TeX skips non-letters at the start, takes the longest stretch of letters (at most 63) that
    /// follows in one font, and hyphenates it only if it has at least `leftHyphenMin` +
    /// `rightHyphenMin` letters, starts in lowercase or `hyphenatesCapitalizedWords` holds, and
    /// nothing but characters lies between it and a `.glue` ending. Every `-` is followed by a
    /// discretionary, so a run with a hyphen or a dash ligature is never hyphenated.
    package func hyphenationPoints(in run: WordRun) -> [Int] {
        guard run.ending == .glue,
            let word = run.hyphenatableWord(hyphenatesCapitalizedWords: hyphenatesCapitalizedWords)
        else { return [] }
        return hyphenationPoints(ofLowercaseCodes: word.lowercaseCodes).map { word.start + $0 }
    }
}

private extension WordRun {
    /// The letters TeX would hand to `hyphenate`: where they start and their `\lccode`s.
    struct Word {
        var start: Int
        var lowercaseCodes: [UInt8]
    }

    /// Finds the first letter (§896) and the letters that follow it in the same font (§897); nil
    /// when TeX would not hyphenate, including when a hyphen's discretionary follows (§899).
    func hyphenatableWord(hyphenatesCapitalizedWords: Bool) -> Word? {
        var start: Int?
        var codes: [UInt8] = []
        var isComplete = false
        for (offset, character) in characters.enumerated() {
            let letter = TeXLetter(character)
            if letter?.code == Self.hyphenCode { return nil }
            if isComplete { continue }
            if start == nil {
                guard let letter else { continue }
                if letter.isUppercase && !hyphenatesCapitalizedWords { return nil }
                start = offset
                codes.reserveCapacity(characters.count - offset)
                codes.append(letter.lowercaseCode)
            } else if let letter, codes.count < Self.longestWord, !interruptions.contains(offset) {
                codes.append(letter.lowercaseCode)
            } else {
                isComplete = true
            }
        }
        return start.map { Word(start: $0, lowercaseCodes: codes) }
    }

    /// The font's hyphen character, `-`, which TeX follows by an empty discretionary (§1039).
    static let hyphenCode = UInt8(ascii: "-")

    /// TeX's `hc` holds at most 63 letters; a 64th counts as a non-letter (§897).
    static let longestWord = 63
}
