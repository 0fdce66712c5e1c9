import ResumeModel

/// Finds where each word of a value is written in the source: the value's words in order, each
/// searched for as a whole word after the one before it, between where the value starts and
/// where the next value does. A word not found there (written with an escape) is placed at the
/// start of its value.
struct WordLocator {
    /// The source's lines, as UTF-8 bytes; columns count Unicode scalars.
    private let lines: [ArraySlice<UInt8>]
    /// For each line with a character beyond ASCII, the byte index where each scalar starts:
    /// column `c` is at `scalarStarts[l]![c - 1]`; nil for an ASCII line, whose column `c` is its
    /// byte `c - 1`. Searching from a column then costs nothing, however long the line (a minified
    /// JSON file is one).
    private let scalarStarts: [[Int]?]
    /// Where every value of the résumé starts, in file order.
    private let starts: [SourceLocation]

    init(resume: Resume, source: String?) {
        lines = Array((source ?? "").utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        scalarStarts = lines.map { line in
            line.allSatisfy { $0 < 0x80 } ? nil : line.indices.filter { line[$0] & 0xC0 != 0x80 }
        }
        starts = Set(resume.sourceMap.paths.compactMap { resume.sourceMap[$0] }).sorted()
    }

    /// The place of each of `words` (in the order they are in the value), for a value written at
    /// `start`.
    func locate(_ words: [String], valueAt start: SourceLocation) -> [SourceLocation] {
        let end = nextStart(after: start)
        var cursor = (line: start.line, column: start.column)
        return words.map { word in
            var word = word
            return word.withUTF8 { bytes in
                guard let found = find(bytes, from: cursor, before: end) else { return start }
                let scalars = bytes.reduce(0) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
                cursor = (found.line, found.column + scalars)
                return SourceLocation(file: start.file, line: found.line, column: found.column)
            }
        }
    }

    /// The line and column (in scalars) where `word` first stands whole at or after `cursor`.
    private func find(
        _ word: UnsafeBufferPointer<UInt8>, from cursor: (line: Int, column: Int), before end: SourceLocation?
    ) -> (line: Int, column: Int)? {
        var line = cursor.line
        var column = max(1, cursor.column)
        while line >= 1, line <= lines.count {
            let text = lines[line - 1]
            let scalars = scalarStarts[line - 1]
            let columns = scalars?.count ?? text.count
            while column <= columns {
                if let end, (line, column) >= (end.line, end.column) { return nil }
                if matches(word, in: text, at: scalars?[column - 1] ?? text.startIndex + column - 1) { return (line, column) }
                column += 1
            }
            if let end, line >= end.line { return nil }
            line += 1
            column = 1
        }
        return nil
    }

    /// The first value start after `start`, found by halving: a résumé has thousands of values.
    private func nextStart(after start: SourceLocation) -> SourceLocation? {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] > start { high = middle } else { low = middle + 1 }
        }
        return low < starts.count ? starts[low] : nil
    }

    /// Whether `word` is at `index` of `text` and not inside a longer word.
    private func matches(_ word: UnsafeBufferPointer<UInt8>, in text: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard text[index] == word[0], index + word.count <= text.endIndex,
            text[index..<index + word.count].elementsEqual(word)
        else { return false }
        return !isLetter(before: index, in: text) && !isLetter(at: index + word.count, in: text)
    }

    /// Whether the scalar that starts at byte `index` is a letter.
    private func isLetter(at index: Int, in text: ArraySlice<UInt8>) -> Bool {
        guard index < text.endIndex else { return false }
        let byte = text[index]
        if byte < 0x80 { return (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var end = index + 1
        while end < text.endIndex, text[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: text[index..<end], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    /// Whether the scalar that ends just before byte `index` is a letter.
    private func isLetter(before index: Int, in text: ArraySlice<UInt8>) -> Bool {
        guard index > text.startIndex else { return false }
        var start = index - 1
        while start > text.startIndex, text[start] & 0xC0 == 0x80 { start -= 1 }
        return isLetter(at: start, in: text)
    }
}
