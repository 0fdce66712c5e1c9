/// A set of characters kept as sorted, disjoint ranges of code points: the characters a font has,
/// or those xeCJK sends to its CJK font. The tables are in `FontCoverage.generated.swift`.
struct FontCoverage: Sendable {
    /// The first and last code point of each range, in order.
    private let starts: [UInt32]
    private let ends: [UInt32]

    /// The set written as `0020-007E 00A0 …`: hexadecimal code points and ranges, separated by
    /// white space, in increasing order.
    init(ranges text: String) {
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        for word in text.split(whereSeparator: \.isWhitespace) {
            let bounds = word.split(separator: "-")
            guard let first = UInt32(bounds[0], radix: 16), let last = UInt32(bounds[bounds.count - 1], radix: 16) else {
                preconditionFailure("malformed range '\(word)' in a font coverage table (this is a bug)")
            }
            starts.append(first)
            ends.append(last)
        }
        self.starts = starts
        self.ends = ends
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        // The last range that starts at or before the code point, found by bisection.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= scalar.value { low = middle + 1 } else { high = middle }
        }
        return low > 0 && scalar.value <= ends[low - 1]
    }
}
