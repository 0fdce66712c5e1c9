/// Liang's hyphenation patterns in a dense trie over `.` and `a`–`z`, so that finding every
/// pattern in a word costs a few array reads per letter (TeX: The Program §920–§923).
struct PatternTrie: Sendable {
    /// The symbol for a letter the patterns never mention (an accented letter or a hyphen).
    static let unknownSymbol: UInt8 = .max

    private static let alphabetSize = 27
    private static let childlessNode = [UInt16](repeating: 0, count: alphabetSize)
    private var children: [UInt16] = Array(repeating: 0, count: alphabetSize)
    private var valueStarts: [Int32] = [-1]
    private var valueCounts: [UInt8] = [0]
    private var values: [UInt8] = []

    /// Builds the trie from whitespace-separated patterns such as `.ach4` or `4z1z2`.
    init(patterns: String) {
        children.reserveCapacity(8_192 * Self.alphabetSize)
        var patterns = patterns
        patterns.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where Self.isSeparator(byte) {
                if index > start { insert(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                start = index + 1
            }
            if bytes.count > start { insert(UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    /// The symbol of a lowercase code for the trie: 0 for the word edge, 1–26 for `a`–`z`.
    static func symbol(forLowercaseCode code: UInt8) -> UInt8 {
        switch code {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): code - UInt8(ascii: "a") + 1
        default: unknownSymbol
        }
    }

    /// The gaps of a word where the largest matching pattern value is odd, as counts of letters
    /// before the gap, limited to `allowed`; the word is given by its `\lccode`s (§923).
    func oddGaps(ofLowercaseCodes word: [UInt8], in allowed: ClosedRange<Int>) -> [Int] {
        let dottedCount = word.count + 2
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * dottedCount + 1) { buffer in
            // Positions 0..<dottedCount hold `.word.` as symbols; `gaps[g]` the gap before position
            // `g` of it, which lies after `g - 1` letters.
            let dotted = UnsafeMutableBufferPointer(rebasing: buffer[0..<dottedCount])
            let gaps = UnsafeMutableBufferPointer(rebasing: buffer[dottedCount...])
            dotted.initialize(repeating: 0)
            gaps.initialize(repeating: 0)
            for (index, code) in word.enumerated() { dotted[index + 1] = Self.symbol(forLowercaseCode: code) }
            children.withUnsafeBufferPointer { children in
                for start in 0..<dottedCount {
                    var node = 0
                    for position in start..<dottedCount {
                        let symbol = dotted[position]
                        guard symbol != Self.unknownSymbol else { break }
                        node = Int(children[node &* Self.alphabetSize &+ Int(symbol)])
                        guard node != 0 else { break }
                        recordValues(ofNode: node, matchedFrom: start, into: gaps)
                    }
                }
            }
            return allowed.filter { gaps[$0 + 1] % 2 == 1 }
        }
    }
}

private extension PatternTrie {
    /// Adds one pattern, letters becoming trie edges and digits the values between them.
    mutating func insert(_ pattern: UnsafeBufferPointer<UInt8>) {
        var node = 0
        let firstValue = values.count
        values.append(0)
        for byte in pattern {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                values[values.count - 1] = byte - UInt8(ascii: "0")
                continue
            }
            let symbol = byte == UInt8(ascii: ".") ? 0 : Self.symbol(forLowercaseCode: byte)
            precondition(symbol != Self.unknownSymbol, "hyphenation pattern with a character other than a–z")
            node = child(of: node, symbol: symbol)
            values.append(0)
        }
        valueStarts[node] = Int32(firstValue)
        valueCounts[node] = UInt8(values.count - firstValue)
    }

    /// Whether `byte` separates patterns: a space, tab or line break.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r")
    }

    /// The node reached from `node` by `symbol`, created when missing.
    mutating func child(of node: Int, symbol: UInt8) -> Int {
        let slot = node * Self.alphabetSize + Int(symbol)
        if children[slot] == 0 {
            precondition(valueStarts.count <= UInt16.max, "more hyphenation patterns than the trie can index")
            children[slot] = UInt16(valueStarts.count)
            children.append(contentsOf: Self.childlessNode)
            valueStarts.append(-1)
            valueCounts.append(0)
        }
        return Int(children[slot])
    }

    /// Raises `gaps` to the values of the pattern ending at `node`, which matched from `start`.
    func recordValues(ofNode node: Int, matchedFrom start: Int, into gaps: UnsafeMutableBufferPointer<UInt8>) {
        let first = Int(valueStarts[node])
        guard first >= 0 else { return }
        for offset in 0..<Int(valueCounts[node]) {
            gaps[start + offset] = max(gaps[start + offset], values[first + offset])
        }
    }
}
