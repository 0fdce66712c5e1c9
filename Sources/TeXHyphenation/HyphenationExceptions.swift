/// The `\hyphenation{}` list: words whose breaks are given outright and replace what the
/// patterns would find (TeX: The Program §930–§940).
struct HyphenationExceptions: Sendable {
    private var breaksByWord: [[UInt8]: [Int]] = [:]
    /// Bit `n` is set when some listed word has `n` letters, to skip hashing most words.
    private var listedLengths: UInt64 = 0

    /// Reads whitespace-separated words such as `ta-ble`, a hyphen marking each allowed break.
    init(words: String) {
        for word in words.split(whereSeparator: \.isWhitespace) {
            var letters: [UInt8] = []
            var breaks: [Int] = []
            for character in word {
                if character == "-" {
                    breaks.append(letters.count)
                } else if let letter = TeXLetter(character) {
                    letters.append(letter.lowercaseCode)
                }
            }
            breaksByWord[letters] = breaks
            listedLengths |= letters.count < 64 ? 1 << letters.count : 0
        }
    }

    /// The breaks of a word given by its lowercase codes, as counts of letters before each break;
    /// nil when the word is not listed.
    func breaks(ofLowercaseCodes word: [UInt8]) -> [Int]? {
        guard word.count >= 64 || listedLengths & (1 << word.count) != 0 else { return nil }
        return breaksByWord[word]
    }
}
