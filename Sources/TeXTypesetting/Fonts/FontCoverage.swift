/// A set of characters kept as sorted, disjoint ranges of code points: the characters a font has,
/// or those xeCJK sends to its CJK font. The tables are in `FontCoverage.generated.swift`.
package struct FontCoverage: Sendable {
    /// The first and last code point of each range, in order.
    private let starts: [UInt32]
    private let ends: [UInt32]

    /// The set written as `0020-007E 00A0 …`: hexadecimal code points and ranges, separated by
    /// white space, in increasing order. Read byte by byte: the CJK tables hold thousands of ranges.
    package init(ranges text: String) {
        var starts: [UInt32] = []
        var ends: [UInt32] = []
        var value: UInt32 = 0
        var digits = 0
        var first: UInt32?
        func finish() {
            guard digits > 0 else { return }
            starts.append(first ?? value)
            ends.append(value)
            (value, digits, first) = (0, 0, nil)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): (value, digits) = (value << 4 | UInt32(byte - 0x30), digits + 1)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): (value, digits) = (value << 4 | UInt32(byte - 0x37), digits + 1)
            case UInt8(ascii: "-"): (first, value, digits) = (value, 0, 0)
            default: finish()
            }
        }
        finish()
        precondition(zip(starts, ends).allSatisfy { $0 <= $1 }, "a malformed font coverage table (this is a bug)")
        self.starts = starts
        self.ends = ends
    }

    package func contains(_ scalar: Unicode.Scalar) -> Bool {
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
