/// Finds where each word of a value is written in the source: the value's words in order, each
/// searched for as a whole word after the one before it, between where the value starts and
/// where the next value does. A word not found there (written with an escape) is placed at the
/// start of its value.
struct WordLocator {
    /// The source's lines, as Unicode scalars, since columns count scalars.
    private let lines: [[Unicode.Scalar]]
    /// Where every value of the résumé starts, in file order.
    private let starts: [SourceLocation]

    init(resume: Resume, source: String?) {
        lines = (source ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        starts = Set(resume.sourceMap.paths.compactMap { resume.sourceMap[$0] }).sorted()
    }

    /// The place of each of `words` (in the order they are in the value), for a value written at
    /// `start`.
    func locate(_ words: [String], valueAt start: SourceLocation) -> [SourceLocation] {
        let end = starts.first { $0 > start }
        var cursor = (line: start.line, column: start.column)
        return words.map { word in
            guard let found = find(Array(word.unicodeScalars), from: cursor, before: end) else { return start }
            cursor = (found.line, found.column + word.unicodeScalars.count)
            return SourceLocation(file: start.file, line: found.line, column: found.column)
        }
    }

    private func find(
        _ word: [Unicode.Scalar], from cursor: (line: Int, column: Int), before end: SourceLocation?
    ) -> (line: Int, column: Int)? {
        var (line, column) = cursor
        while line <= lines.count {
            let text = lines[line - 1]
            while column + word.count - 1 <= text.count {
                if let end, (line, column) >= (end.line, end.column) { return nil }
                if matches(word, in: text, at: column - 1) { return (line, column) }
                column += 1
            }
            line += 1
            column = 1
        }
        return nil
    }

    /// Whether `word` is at `index` of `text` and not inside a longer word.
    private func matches(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at index: Int) -> Bool {
        guard text[index] == word[0], text[index..<index + word.count].elementsEqual(word) else { return false }
        let before = index > 0 ? text[index - 1].properties.isAlphabetic : false
        let after = index + word.count < text.count ? text[index + word.count].properties.isAlphabetic : false
        return !before && !after
    }
}
