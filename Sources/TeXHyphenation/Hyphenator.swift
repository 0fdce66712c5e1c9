/// Finds where TeX may hyphenate a word: Liang's patterns plus a list of exceptions, limited by
/// `\lefthyphenmin` and `\righthyphenmin` (TeX: The Program §891–§965).
///
/// Break positions are counts of letters before each break: `hyphenationPoints("hyphenation")`
/// is `[2, 6]`, for "hy-phen-ation".
package struct Hyphenator: Sendable {
    /// The fewest letters allowed before a hyphen (`\lefthyphenmin`); TeX reads values below 1
    /// as 1 and above 63 as 63.
    package var leftHyphenMin: Int
    /// The fewest letters allowed after a hyphen (`\righthyphenmin`), clamped like `leftHyphenMin`.
    package var rightHyphenMin: Int
    /// Whether a word that starts with an uppercase letter may be hyphenated (`\uchyph` > 0).
    package var hyphenatesCapitalizedWords: Bool

    private let patterns: PatternTrie
    private let exceptions: HyphenationExceptions

    /// A hyphenator for patterns such as `.ach4 4z1z2` and exceptions such as `ta-ble present`,
    /// both in the whitespace-separated form of `\patterns{}` and `\hyphenation{}`.
    public init(
        patterns: String, exceptions: String,
        leftHyphenMin: Int = 2, rightHyphenMin: Int = 3, hyphenatesCapitalizedWords: Bool = true
    ) {
        self.patterns = PatternTrie(patterns: patterns)
        self.exceptions = HyphenationExceptions(words: exceptions)
        self.leftHyphenMin = leftHyphenMin
        self.rightHyphenMin = rightHyphenMin
        self.hyphenatesCapitalizedWords = hyphenatesCapitalizedWords
    }

    /// pdfLaTeX's English: Knuth's `hyphen.tex`, `\lefthyphenmin` 2, `\righthyphenmin` 3,
    /// `\uchyph` 1. Built once, on first use.
    package static let english = Hyphenator(
        patterns: EnglishPatterns.patterns, exceptions: EnglishPatterns.exceptions)

    /// The breaks TeX allows in `word`, every character of which is taken as a letter, as
    /// ascending counts of letters before each break.
    ///
    /// Uppercase letters count as their lowercase forms; letters the patterns do not know
    /// (accented letters, `-`) and non-letters stop any pattern that would span them. To apply
    /// TeX's rules for which characters form the word, use `hyphenationPoints(in:)`.
    package func hyphenationPoints(_ word: some StringProtocol) -> [Int] {
        hyphenationPoints(ofLowercaseCodes: word.map { TeXLetter($0)?.lowercaseCode ?? 0 })
    }
}

extension Hyphenator {
    /// The breaks for a word given as `\lccode`s (TeX's `hc[1..hn]`), as counts of letters before
    /// each break (§923, §902).
    package func hyphenationPoints(ofLowercaseCodes word: [UInt8]) -> [Int] {
        let left = Self.normalizedHyphenMin(leftHyphenMin)
        let right = Self.normalizedHyphenMin(rightHyphenMin)
        guard left + right <= 63, word.count >= left + right else { return [] }
        let allowed = left...(word.count - right)
        if let listed = exceptions.breaks(ofLowercaseCodes: word) {
            return listed.filter(allowed.contains)
        }
        return patterns.oddGaps(ofLowercaseCodes: word, in: allowed)
    }

    /// TeX's `norm_min`: hyphen minima outside 1...63 are taken as the nearest bound.
    static func normalizedHyphenMin(_ value: Int) -> Int {
        min(max(value, 1), 63)
    }
}
