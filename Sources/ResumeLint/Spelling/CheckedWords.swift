import Foundation
import ResumeModel

/// The words of the values the `spelling` rule reads: each distinct word once, and every place it
/// is written as a value and a position among that value's words.
///
/// Most words are spelt right and written one way, so the rule decides once per distinct word,
/// and looks for a word in the source, a scan of the file, only where it may report it.
struct CheckedWords {
    /// One word as written in a value.
    struct Occurrence {
        /// The index of its text in `texts`.
        var word: Int
        /// The index of its value in `values`.
        var value: Int
        /// Capitalized where no sentence begins: a name, which the dictionary does not judge.
        var isName: Bool
    }

    let values: [CheckedValue]
    /// Each distinct word, in the order the values first write it.
    var texts: [String] { table.texts }
    private let table: WordTable
    /// Every word of the values, value by value, each value's in its order.
    let occurrences: [Occurrence]
    /// For each value, the range of `occurrences` that are its words.
    private let valueWords: [Range<Int>]
    private let subject: LintSubject
    /// Made the first time a word is located.
    private var locator: WordLocator?
    /// The places of each value's words, once one of them has been located.
    private var places: [[SourceLocation]?]

    init(_ values: [CheckedValue], in subject: LintSubject) {
        self.values = values
        self.subject = subject
        places = Array(repeating: nil, count: values.count)
        // Gathered in local variables, which the walk's closure updates in place.
        var table = WordTable()
        var occurrences: [Occurrence] = []
        var valueWords: [Range<Int>] = []
        valueWords.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            // A job title is capitalized throughout, and has no names to leave out.
            let capitalized = SpellingRule.jobTitleFields.contains(SpellingRule.fieldName(of: value.place))
            let first = occurrences.count
            SpellingWords.forEachWord(in: value.text) { bytes, word in
                let id = table.index(of: bytes)
                occurrences.append(Occurrence(word: id, value: index, isName: word.isName && !capitalized))
            }
            valueWords.append(first..<occurrences.count)
        }
        self.table = table
        self.occurrences = occurrences
        self.valueWords = valueWords
    }

    /// The index in `texts` of the word with these UTF-8 bytes, if the values write it.
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        table.existingIndex(of: word)
    }

    /// The words of the occurrences `isIncluded` accepts, each once, by index into `texts`, in the
    /// order the file first writes them: the values by where they start, each value's in order.
    /// (Only a word not found where its value is written, behind an escape, can stand elsewhere
    /// among its value's words once located; the order needs no word located.)
    func distinctWords(where isIncluded: (Occurrence) -> Bool) -> [Int] {
        let starts = values.map { subject.location(of: $0.place) }
        var seen = Array(repeating: false, count: texts.count)
        var words: [Int] = []
        for value in values.indices.sorted(by: { (starts[$0], $0) < (starts[$1], $1) }) {
            for occurrence in occurrences[valueWords[value]] where isIncluded(occurrence) && !seen[occurrence.word] {
                seen[occurrence.word] = true
                words.append(occurrence.word)
            }
        }
        return words
    }

    /// How many distinct words the occurrences at `indices` are.
    func distinctCount(of indices: [Int]) -> Int {
        var seen = Array(repeating: false, count: texts.count)
        return indices.reduce(0) { count, index in
            let word = occurrences[index].word
            defer { seen[word] = true }
            return seen[word] ? count : count + 1
        }
    }

    /// The occurrences at `indices` (ascending) with their places, in file order: by place, those
    /// at one place in their order.
    mutating func located(_ indices: [Int]) -> [LocatedWord] {
        let words = indices.map { index in
            let occurrence = occurrences[index]
            return LocatedWord(text: texts[occurrence.word], location: place(of: index), word: occurrence.word)
        }
        return Self.sortedByLocation(words)
    }

    /// Where the occurrence at `index` is written. A value's words are looked for in order from
    /// where it starts, each after the one before, so all of them are located together, once.
    private mutating func place(of index: Int) -> SourceLocation {
        let value = occurrences[index].value
        let range = valueWords[value]
        if let known = places[value] { return known[index - range.lowerBound] }
        if locator == nil { locator = WordLocator(resume: subject.resume, source: subject.source) }
        let found = locator!.locate(range.map { texts[occurrences[$0].word] }, valueAt: subject.location(of: values[value].place))
        places[value] = found
        return found[index - range.lowerBound]
    }

    /// `words` by location, those at one place in their order. By line and column where the file is
    /// the same (it always is), comparing numbers only, not the words' file names and texts.
    private static func sortedByLocation(_ words: [LocatedWord]) -> [LocatedWord] {
        guard let file = words.first?.location.file, words.allSatisfy({ $0.location.file == file }) else {
            return words.enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
        }
        let places = words.map { (line: $0.location.line, column: $0.location.column) }
        return words.indices.sorted { left, right in
            (places[left].line, places[left].column, left) < (places[right].line, places[right].column, right)
        }.map { words[$0] }
    }
}

/// The distinct words of a text, found by their UTF-8 bytes: a long résumé writes each word many
/// times, and a word met again is neither made into a string nor hashed as one (FNV-1a, in a
/// table of open addressing).
private struct WordTable {
    private(set) var texts: [String] = []
    private var hashes: [UInt64] = []
    /// The words' UTF-8 bytes one after another, and where each is among them.
    private var bytes: [UInt8] = []
    private var ranges: [Range<Int>] = []
    /// Indices into `texts`, or -1 for an empty slot; a power of two long, at most half full.
    private var slots = Array(repeating: -1, count: 256)

    /// The index of the word in `texts`, added if new.
    mutating func index(of word: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(word)
        let slot = find(word, hash: hash)
        if slots[slot] >= 0 { return slots[slot] }
        slots[slot] = texts.count
        texts.append(String(decoding: word, as: UTF8.self))
        hashes.append(hash)
        ranges.append(bytes.count..<bytes.count + word.count)
        bytes.append(contentsOf: word)
        if texts.count * 2 > slots.count { grow() }
        return texts.count - 1
    }

    /// The index of the word in `texts`, if it is there.
    func existingIndex(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        let found = slots[find(word, hash: Self.hash(word))]
        return found >= 0 ? found : nil
    }

    /// The slot that holds the word, or the empty slot where it would go.
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if hashes[index] == hash, ranges[index].count == word.count, isWritten(word, at: ranges[index]) { break }
            slot = (slot + 1) & mask
        }
        return slot
    }

    /// Whether `bytes` holds `word` at `range`, of the same length.
    private func isWritten(_ word: UnsafeBufferPointer<UInt8>, at range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            word.isEmpty || memcmp(stored.baseAddress! + range.lowerBound, word.baseAddress!, word.count) == 0
        }
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }

    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// A value the `spelling` rule reads, with where it is.
struct CheckedValue {
    var place: ValuePath
    var text: String
}

/// A word of the résumé with where it is written.
struct LocatedWord {
    var text: String
    var location: SourceLocation
    /// The index of its text among the distinct words.
    var word: Int
}
