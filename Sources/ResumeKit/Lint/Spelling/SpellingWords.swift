/// The words of a piece of prose that a dictionary can judge, each with where it starts in the
/// text: what is left after leaving out what is not a word of the language — addresses, links,
/// code, numbers, versions and acronyms.
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
            !startsSentence && (text.first?.isUppercase ?? false)
        }
    }

    /// The words of `text`, in order; names written with an inner capital (`PyTorch`) among them.
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        for chunk in chunks(of: text) where !isCode(chunk.text) {
            // `and/or`, `input/output`: each side is a word; `CI/CD`'s sides are acronyms.
            var offset = chunk.offset
            var startsSentence = chunk.startsSentence
            for part in chunk.text.split(separator: "/", omittingEmptySubsequences: false) {
                defer { offset += part.unicodeScalars.count + 1 }
                let (trimmed, skipped) = trimPunctuation(part)
                guard isWord(trimmed) else { continue }
                words.append(Word(text: String(trimmed), offset: offset + skipped, startsSentence: startsSentence))
                startsSentence = false
            }
        }
        return words
    }

    /// Whether `word` has a capital after a small letter (`gRPC`, `iOS`, `PyTorch`): a name
    /// written as its owner writes it, which a dictionary cannot judge.
    static func hasInnerCapital(_ word: some StringProtocol) -> Bool {
        var sawLower = false
        for character in word {
            if character.isUppercase, sawLower { return true }
            if character.isLowercase { sawLower = true }
        }
        return false
    }

    /// Whether every letter of `word` is a capital (`BERT`, `NLU`, `AWS's`): an acronym.
    static func isAcronym(_ word: some StringProtocol) -> Bool {
        let stem = withoutPossessive(word)
        return stem.count > 1 && stem.allSatisfy { !$0.isLetter || $0.isUppercase }
    }

    /// `team` for `team's` or `team’s`.
    static func withoutPossessive<Text: StringProtocol>(_ word: Text) -> Text.SubSequence {
        for ending in ["'s", "’s"] where word.hasSuffix(ending) {
            return word.dropLast(2)
        }
        return word[...]
    }
}

private extension SpellingWords {
    /// The text between spaces and brackets, with its offset in scalars and whether a sentence
    /// begins there.
    static func chunks(of text: String) -> [(text: Substring, offset: Int, startsSentence: Bool)] {
        var chunks: [(Substring, Int, Bool)] = []
        var start: String.Index?
        var startOffset = 0
        var offset = 0
        var index = text.startIndex
        // The last character before the chunk that is not a space; nil at the start.
        var lastMark: Unicode.Scalar?
        var beginsSentence = true
        for scalar in text.unicodeScalars {
            let isBreak = scalar.properties.isWhitespace || separators.contains(scalar)
            if isBreak, let begun = start {
                chunks.append((text[begun..<index], startOffset, beginsSentence))
                start = nil
            } else if !isBreak, start == nil {
                start = index
                startOffset = offset
                beginsSentence = lastMark.map { sentenceEnds.contains($0) } ?? true
            }
            if !scalar.properties.isWhitespace { lastMark = scalar }
            index = text.unicodeScalars.index(after: index)
            offset += 1
        }
        if let begun = start { chunks.append((text[begun...], startOffset, beginsSentence)) }
        return chunks
    }

    /// Marks after which a sentence, or a list's item, begins.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":", ";", "•"]

    /// Characters that end a word whatever is around them.
    static let separators: Set<Unicode.Scalar> = [
        "(", ")", "[", "]", "{", "}", ",", ";", "!", "?", "\"", "“", "”", "‘", "«", "»", "…", "–", "—", "·",
    ]

    /// Whether a chunk is code, an address or a number rather than words: `C++`, `C#`,
    /// `snake_case`, `a@b.com`, `https://…`, `v2.3`, `p95`, `example.com`, `Node.js`.
    static func isCode(_ chunk: Substring) -> Bool {
        if chunk.unicodeScalars.contains(where: { codeMarks.contains($0) || ("0"..."9").contains($0) }) { return true }
        // A colon inside: `https://…`, `mailto:…`; one at the end ends a sentence.
        if chunk.dropLast().contains(":") { return true }
        // A full stop between letters: a domain, a file name or an abbreviation such as `e.g.`.
        let scalars = Array(chunk.unicodeScalars)
        return scalars.indices.dropFirst().dropLast().contains { index in
            scalars[index] == "." && scalars[index - 1].properties.isAlphabetic && scalars[index + 1].properties.isAlphabetic
        }
    }

    /// Characters found in code, addresses and formulas but not in words.
    static let codeMarks: Set<Unicode.Scalar> = ["+", "#", "_", "=", "<", ">", "`", "$", "%", "@", "\\", "|", "~", "^", "*"]

    /// The word without punctuation at either end, and how many scalars were left out before it.
    static func trimPunctuation(_ part: Substring) -> (Substring, Int) {
        let isEdge: (Character) -> Bool = { !$0.isLetter }
        guard let first = part.firstIndex(where: { !isEdge($0) }) else { return ("", 0) }
        let last = part.lastIndex(where: { !isEdge($0) })!
        return (part[first...last], part.unicodeScalars[part.startIndex..<first].count)
    }

    /// Whether `word` is a word of the language: two letters or more, not an acronym.
    static func isWord(_ word: Substring) -> Bool {
        word.filter(\.isLetter).count > 1 && !isAcronym(word)
    }
}
