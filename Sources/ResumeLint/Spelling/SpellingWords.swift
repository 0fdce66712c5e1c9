import ResumeSupport

/// The words of a piece of prose that a dictionary can judge, each with where it starts in the
/// text: what is left after leaving out what is not a word of the language — addresses, links,
/// code, numbers, versions and acronyms.
///
/// It walks Unicode scalars, with the ASCII ones told apart by their value: a lint run reads a
/// few thousand words, and Character properties would cost more than the rest of the rule.
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
        var isName: Bool {
            !startsSentence && (text.unicodeScalars.first.map(SpellingWords.isUpper) ?? false)
        }
    }

    /// The words of `text`, in order; names written with an inner capital (`PyTorch`) among them.
    static func words(in text: String) -> [Word] {
        let scalars = scalars(of: text)
        var words: [Word] = []
        var index = 0
        var beginsSentence = true
        while index < scalars.count {
            // A chunk: the text between spaces and separators.
            guard !isBreak(scalars[index]) else {
                if !isSpace(scalars[index]) { beginsSentence = isSentenceEnd(scalars[index]) }
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, !isBreak(scalars[index]) { index += 1 }
            let chunk = scalars[start..<index]
            defer { beginsSentence = chunk.last.map(isSentenceEnd) ?? false }
            guard !isCode(chunk) else { continue }
            // `and/or`, `input/output`: each side is a word; `CI/CD`'s sides are acronyms.
            var startsSentence = beginsSentence
            var partStart = chunk.startIndex
            while partStart < chunk.endIndex {
                let partEnd = chunk[partStart...].firstIndex(of: "/") ?? chunk.endIndex
                let part = chunk[partStart..<partEnd]
                partStart = partEnd + 1
                guard let first = part.firstIndex(where: isLetter), let last = part.lastIndex(where: isLetter) else { continue }
                let word = part[first...last]
                guard word.lazy.filter(isLetter).count > 1, !isAcronym(word) else { continue }
                words.append(Word(text: string(of: word), offset: first, startsSentence: startsSentence))
                startsSentence = false
            }
        }
        return words
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
    /// The scalars of `text`; of ASCII text, made straight from its bytes.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        text.withASCIIBytes { $0.map { Unicode.Scalar($0) } } ?? Array(text.unicodeScalars)
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

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") : scalar.properties.isAlphabetic
    }

    static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "A" && scalar <= "Z" : scalar.properties.isUppercase
    }

    static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar >= "a" && scalar <= "z" : scalar.properties.isLowercase
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (scalar >= "\t" && scalar <= "\r") : scalar.properties.isWhitespace
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace || separators.contains(scalar) }
        switch scalar {
        case " ", "\t"..."\r", "(", ")", "[", "]", "{", "}", ",", ";", "!", "?", "\"": return true
        default: return false
        }
    }

    static func hasInnerCapital<Scalars: Collection<Unicode.Scalar>>(_ word: Scalars) -> Bool {
        var sawLower = false
        for scalar in word {
            if sawLower, isUpper(scalar) { return true }
            if isLower(scalar) { sawLower = true }
        }
        return false
    }

    static func isAcronym<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ word: Scalars) -> Bool {
        var stem = word[...]
        if stem.count > 2, stem.last == "s", let mark = stem.dropLast().last, mark == "'" || mark == "’" { stem = stem.dropLast(2) }
        return stem.count > 1 && stem.allSatisfy { !isLetter($0) || isUpper($0) }
    }

    /// Characters beyond ASCII that end a word whatever is around them (in ASCII: spaces,
    /// brackets, `, ; ! ?` and `"`).
    static let separators: Set<Unicode.Scalar> = ["“", "”", "‘", "«", "»", "…", "–", "—", "·"]

    /// Whether a sentence, or a list's item, begins after this mark.
    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", ":", ";", "•": true
        default: false
        }
    }

    /// Whether a chunk is code, an address or a number rather than words: `C++`, `C#`,
    /// `snake_case`, `a@b.com`, `https://…`, `v2.3`, `p95`, `example.com`, `Node.js`.
    static func isCode(_ chunk: ArraySlice<Unicode.Scalar>) -> Bool {
        for (index, scalar) in zip(chunk.indices, chunk) {
            if scalar.isASCII, isCodeMark(scalar) { return true }
            guard index > chunk.startIndex, index < chunk.endIndex - 1 else { continue }
            // A colon inside (`https://…`, `mailto:…`; one at the end ends a sentence), or a full
            // stop between letters: a domain, a file name or an abbreviation such as `e.g.`.
            if scalar == ":" { return true }
            if scalar == ".", isLetter(chunk[index - 1]), isLetter(chunk[index + 1]) { return true }
        }
        return false
    }

    /// Whether an ASCII character is found in code, addresses, numbers and formulas but not in words.
    static func isCodeMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "+", "#", "_", "=", "<", ">", "`", "$", "%", "@", "\\", "|", "~", "^", "*": true
        default: false
        }
    }
}
