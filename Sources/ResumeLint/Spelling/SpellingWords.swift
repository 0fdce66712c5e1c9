import ResumeSupport

/// The words of a piece of prose that a dictionary can judge, each with where it starts in the
/// text: what is left after leaving out what is not a word of the language — addresses, links,
/// code, numbers, versions and acronyms.
///
/// It walks the bytes of ASCII text and the Unicode scalars of other text, in one walk generic over
/// both (`TextUnit`): a long résumé has tens of thousands of words, and walking Characters, or
/// even scalars, would cost more than the rest of the rule.
enum SpellingWords {
    /// One word to check and where it is.
    struct Word: Sendable, Equatable {
        /// As written, without the punctuation around it: `acheived`, `pre-training`.
        var text: String
        /// Its first character's offset in the value, in Unicode scalars.
        var offset: Int
        /// Whether it begins the value or follows `.`, `!`, `?` or `:`, so that a capital there
        /// does not make it a name.
        var startsSentence: Bool
        /// Whether it is capitalized where a sentence does not begin: a name (`Lukas`, `Seoul`).
        var isName: Bool
    }

    /// The words of `text`, in order; names written with an inner capital (`PyTorch`) among them.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        forEachWord(in: text) { bytes, word in
            var word = word
            word.text = String(decoding: bytes, as: UTF8.self)
            words.append(word)
        }
        return words
    }

    /// Calls `body` with each word of `text`, in order, as `words(in:)` cuts them, given as its
    /// UTF-8 bytes (valid during the call only) and a `Word` without its text: a reader that
    /// meets the same words again and again need not make each into a string.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, _ word: Word) -> Void) {
        // ASCII text, most of a résumé, is walked as its bytes and each word read from them.
        let isASCII = text.withASCIIBytes { bytes in
            forEachWord(in: bytes) { range, word in body(UnsafeBufferPointer(rebasing: bytes[range]), word) }
        }
        guard isASCII == nil else { return }
        let scalars = Array(text.unicodeScalars)
        forEachWord(in: scalars) { range, word in
            var text = string(of: scalars[range])
            text.withUTF8 { body($0, word) }
        }
    }

    /// Whether `word` has a capital after a small letter (`gRPC`, `iOS`, `PyTorch`): a name
    /// written as its owner writes it, which a dictionary cannot judge.
    static func hasInnerCapital(_ word: some StringProtocol) -> Bool {
        hasInnerCapital(word.unicodeScalars)
    }

    /// Whether every letter of `word` is a capital (`BERT`, `NLU`, `AWS's`): an acronym.
    static func isAcronym(_ word: some StringProtocol) -> Bool {
        isAcronym(word.unicodeScalars)
    }

    /// `team` for `team's` or `team’s`.
    static func withoutPossessive<Text: StringProtocol>(_ word: Text) -> Text.SubSequence {
        let scalars = word.unicodeScalars
        // The last letter first: counting the scalars walks the whole word.
        if scalars.last == "s", scalars.count > 2 {
            let apostrophe = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
            if apostrophe == "'" || apostrophe == "’" {
                return word[..<word.index(word.endIndex, offsetBy: -2)]
            }
        }
        return word[...]
    }
}

private extension SpellingWords {
    /// Calls `body` with each word of a text's units, as the range of them it is.
    static func forEachWord<Units: RandomAccessCollection>(
        in scalars: Units, _ body: (Range<Int>, Word) -> Void
    ) where Units.Index == Int, Units.Element: TextUnit {
        var index = scalars.startIndex
        var beginsSentence = true
        while index < scalars.endIndex {
            // A chunk: the text between spaces and separators.
            guard !isBreak(scalars[index]) else {
                if !isSpace(scalars[index]) { beginsSentence = isSentenceEnd(scalars[index]) }
                index += 1
                continue
            }
            let start = index
            while index < scalars.endIndex, !isBreak(scalars[index]) { index += 1 }
            let chunk = scalars[start..<index]
            defer { beginsSentence = chunk.last.map { isSentenceEnd($0) } ?? false }
            // Most chunks are a word of small letters, perhaps capitalized, which needs none of the
            // tests below: it is no code, no acronym, and one word.
            if isPlainWord(chunk) {
                let isName = !beginsSentence && isUpper(chunk[start])
                body(start..<index, Word(text: "", offset: start, startsSentence: beginsSentence, isName: isName))
                continue
            }
            guard !isCode(chunk) else { continue }
            // `and/or`, `input/output`: each side is a word; `CI/CD`'s sides are acronyms.
            var startsSentence = beginsSentence
            var partStart = chunk.startIndex
            while partStart < chunk.endIndex {
                let partEnd = chunk[partStart...].firstIndex { $0.ascii == UInt8(ascii: "/") } ?? chunk.endIndex
                let part = chunk[partStart..<partEnd]
                partStart = partEnd + 1
                guard let first = part.firstIndex(where: { isLetter($0) }), let last = part.lastIndex(where: { isLetter($0) }) else { continue }
                let word = part[first...last]
                guard word.lazy.filter({ isLetter($0) }).count > 1, !isAcronym(word) else { continue }
                let found = Word(text: "", offset: first, startsSentence: startsSentence, isName: !startsSentence && isUpper(scalars[first]))
                body(first..<last + 1, found)
                startsSentence = false
            }
        }
    }

    /// The scalars as a string, encoded straight into its storage: appending them to a
    /// `String.UnicodeScalarView` one by one was most of a long résumé's spelling check. The
    /// capacity is the exact length, so that a short word is stored inline rather than allocated.
    static func string(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// Whether a chunk is two ASCII letters or more, all small but the first.
    static func isPlainWord<Chunk: RandomAccessCollection>(
        _ chunk: Chunk
    ) -> Bool where Chunk.Index == Int, Chunk.Element: TextUnit {
        guard chunk.count > 1, let first = chunk.first?.ascii, first.isASCIILetter else { return false }
        return chunk.dropFirst().allSatisfy { unit in unit.ascii.map { $0 >= 0x61 && $0 <= 0x7A } ?? false }
    }

    static func isLetter(_ unit: some TextUnit) -> Bool {
        guard let byte = unit.ascii else { return unit.scalar.properties.isAlphabetic }
        return byte.isASCIILetter
    }

    static func isUpper(_ unit: some TextUnit) -> Bool {
        guard let byte = unit.ascii else { return unit.scalar.properties.isUppercase }
        return byte >= 0x41 && byte <= 0x5A
    }

    static func isLower(_ unit: some TextUnit) -> Bool {
        guard let byte = unit.ascii else { return unit.scalar.properties.isLowercase }
        return byte >= 0x61 && byte <= 0x7A
    }

    static func isSpace(_ unit: some TextUnit) -> Bool {
        guard let byte = unit.ascii else { return unit.scalar.properties.isWhitespace }
        return byte.isASCIIWhitespace
    }

    static func isBreak(_ unit: some TextUnit) -> Bool {
        guard let byte = unit.ascii else { return unit.scalar.properties.isWhitespace || isSeparator(unit.scalar) }
        switch byte {
        case 0x20, 0x09...0x0D, UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""):
            return true
        default: return false
        }
    }

    static func hasInnerCapital<Units: Collection>(_ word: Units) -> Bool where Units.Element: TextUnit {
        var sawLower = false
        for scalar in word {
            if sawLower, isUpper(scalar) { return true }
            if isLower(scalar) { sawLower = true }
        }
        return false
    }

    static func isAcronym<Units: BidirectionalCollection>(_ word: Units) -> Bool where Units.Element: TextUnit {
        var stem = word[...]
        if stem.count > 2, stem.last?.ascii == UInt8(ascii: "s"), let mark = stem.dropLast().last, mark.isApostrophe { stem = stem.dropLast(2) }
        return stem.count > 1 && stem.allSatisfy { !isLetter($0) || isUpper($0) }
    }

    /// Whether a character beyond ASCII ends a word whatever is around it (in ASCII: spaces,
    /// brackets, `, ; ! ?` and `"`). A switch, not a set: no set of scalars is made and hashed.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "”", "‘", "«", "»", "…", "–", "—", "·": true
        default: false
        }
    }

    /// Whether a sentence, or a list's item, begins after this mark.
    static func isSentenceEnd(_ unit: some TextUnit) -> Bool {
        guard let byte = unit.ascii else { return unit.scalar == "•" }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"): return true
        default: return false
        }
    }

    /// Whether a chunk is code, an address or a number rather than words: `C++`, `C#`,
    /// `snake_case`, `a@b.com`, `https://…`, `v2.3`, `p95`, `example.com`, `Node.js`.
    static func isCode<Chunk: RandomAccessCollection>(_ chunk: Chunk) -> Bool where Chunk.Index == Int, Chunk.Element: TextUnit {
        for index in chunk.startIndex..<chunk.endIndex {
            guard let byte = chunk[index].ascii else { continue }
            if isCodeMark(byte) { return true }
            guard index > chunk.startIndex, index < chunk.endIndex - 1 else { continue }
            // A colon inside (`https://…`, `mailto:…`; one at the end ends a sentence), or a full
            // stop between letters: a domain, a file name or an abbreviation such as `e.g.`.
            if byte == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "."), isLetter(chunk[index - 1]), isLetter(chunk[index + 1]) { return true }
        }
        return false
    }

    /// Whether an ASCII character is found in code, addresses, numbers and formulas but not in words.
    static func isCodeMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "="),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "*"):
            true
        default: false
        }
    }
}

/// A unit of text the words are cut from: a byte of ASCII text, or a Unicode scalar. The walk is
/// written once for both; on bytes, every test beyond ASCII falls away.
fileprivate protocol TextUnit {
    /// The unit's value when it is an ASCII character.
    var ascii: UInt8? { get }
    /// The unit as a Unicode scalar.
    var scalar: Unicode.Scalar { get }
}

extension TextUnit {
    /// `'` or `’`, which may mark a possessive.
    var isApostrophe: Bool {
        ascii == UInt8(ascii: "'") || scalar == "’"
    }
}

extension UInt8: TextUnit {
    fileprivate var ascii: UInt8? { self }
    fileprivate var scalar: Unicode.Scalar { Unicode.Scalar(self) }
}

extension Unicode.Scalar: TextUnit {
    fileprivate var ascii: UInt8? { isASCII ? UInt8(value) : nil }
    fileprivate var scalar: Unicode.Scalar { self }
}
