/// Liang's hyphenation patterns in a dense trie over `.` and `a`–`z`, so that finding every
/// pattern in a word costs a few array reads per letter (TeX: The Program §920–§923).
struct PatternTrie: Sendable {
    /// The symbol for a letter the patterns never mention (an accented letter or a hyphen).
    static let unknownSymbol: UInt8 = .max

    private static let alphabetSize = 27
    private var children: [UInt16] = Array(repeating: 0, count: alphabetSize)
    private var valueStarts: [Int32] = [-1]
    private var valueCounts: [UInt8] = [0]
    private var values: [UInt8] = []

    /// Builds the trie from whitespace-separated patterns such as `.ach4` or `4z1z2`.
    init(patterns: String) {
        for pattern in patterns.split(whereSeparator: \.isWhitespace) {
            insert(Substring(pattern).utf8)
        }
    }

    /// The symbol of a lowercase code for the trie: 0 for the word edge, 1–26 for `a`–`z`.
    static func symbol(forLowercaseCode code: UInt8) -> UInt8 {
        switch code {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): code - UInt8(ascii: "a") + 1
        default: unknownSymbol
        }
    }

    /// The largest pattern value in each gap of a word: index `k` is the gap after `k` letters.
    /// `symbols` are the word's letters as trie symbols, without the edge markers.
    func gapValues(of symbols: [UInt8]) -> [UInt8] {
        let dotted = [0] + symbols + [0]
        var gaps = [UInt8](repeating: 0, count: dotted.count + 1)
        for start in dotted.indices {
            var node = 0
            for position in start..<dotted.count {
                let symbol = dotted[position]
                guard symbol != Self.unknownSymbol else { break }
                node = Int(children[node * Self.alphabetSize + Int(symbol)])
                guard node != 0 else { break }
                recordValues(ofNode: node, matchedFrom: start, into: &gaps)
            }
        }
        // `gaps[g]` holds the gap before dotted position `g`, i.e. after `g - 1` letters.
        return Array(gaps[1...symbols.count + 1])
    }
}

private extension PatternTrie {
    /// Adds one pattern, letters becoming trie edges and digits the values between them.
    mutating func insert(_ pattern: Substring.UTF8View) {
        var node = 0
        var digits: [UInt8] = [0]
        for byte in pattern {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits[digits.count - 1] = byte - UInt8(ascii: "0")
                continue
            }
            let symbol = byte == UInt8(ascii: ".") ? 0 : Self.symbol(forLowercaseCode: byte)
            precondition(symbol != Self.unknownSymbol, "hyphenation pattern with a character other than a–z")
            node = child(of: node, symbol: symbol)
            digits.append(0)
        }
        valueStarts[node] = Int32(values.count)
        valueCounts[node] = UInt8(digits.count)
        values.append(contentsOf: digits)
    }

    /// The node reached from `node` by `symbol`, created when missing.
    mutating func child(of node: Int, symbol: UInt8) -> Int {
        let slot = node * Self.alphabetSize + Int(symbol)
        if children[slot] == 0 {
            children[slot] = UInt16(valueStarts.count)
            children.append(contentsOf: repeatElement(0, count: Self.alphabetSize))
            valueStarts.append(-1)
            valueCounts.append(0)
        }
        return Int(children[slot])
    }

    /// Raises `gaps` to the values of the pattern ending at `node`, which matched from `start`.
    func recordValues(ofNode node: Int, matchedFrom start: Int, into gaps: inout [UInt8]) {
        let first = Int(valueStarts[node])
        guard first >= 0 else { return }
        for offset in 0..<Int(valueCounts[node]) {
            gaps[start + offset] = max(gaps[start + offset], values[first + offset])
        }
    }
}
