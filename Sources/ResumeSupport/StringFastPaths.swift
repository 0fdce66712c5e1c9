extension StringProtocol {
    /// The text without white space (line breaks included) at either end.
    ///
    /// Walks Characters in the standard library, which is several times faster than Foundation's
    /// `trimmingCharacters(in:)` on the short values a résumé is made of.
    @inlinable package var trimmingWhitespace: String {
        // Most values have nothing to trim: they are kept as they are, not copied. Most also
        // start and end with printable ASCII, which their bytes tell without finding their first
        // and last characters (no character that ends in such a byte starts with white space).
        let isPrintableASCIIAtEnds = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        }
        if isPrintableASCIIAtEnds == true { return String(self) }
        if first?.isWhitespace == false, last?.isWhitespace == false { return String(self) }
        return trimming(\.isWhitespace)
    }

    /// The text without spaces and tabs at either end, as Foundation's `.whitespaces` trims:
    /// line breaks stay.
    @inlinable package var trimmingHorizontalSpace: String {
        trimming { $0.isWhitespace && !$0.isNewline }
    }

    /// The text without the characters `isTrimmed` accepts at either end.
    @inlinable func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }),
              let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Whether every byte is ASCII, so that Unicode normalization cannot change the text.
    /// (Inlinable, as are the other helpers here that are generic over the string type: called
    /// from another target, an unspecialized copy walked `Substring`'s bytes through protocol
    /// witnesses, a tenth of a long résumé's lint.)
    @inlinable package var isAllASCII: Bool {
        utf8.withContiguousStorageIfAvailable(\.isAllASCII) ?? utf8.allSatisfy { $0 < 0x80 }
    }
}

extension String {
    /// What `body` makes of the text's UTF-8 bytes when every one is ASCII, and so a character;
    /// nil otherwise. Walking bytes in memory is far cheaper than walking a string's views.
    @inlinable package func withASCIIBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var text = self
        return text.withUTF8 { $0.isAllASCII ? body($0) : nil }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether every byte is ASCII, tested eight at a time: every value of a résumé is asked,
    /// some by several rules.
    @inlinable package var isAllASCII: Bool {
        guard var byte = baseAddress else { return true }
        let end = byte + count
        while end - byte >= 8 {
            if UnsafeRawPointer(byte).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            byte += 8
        }
        while byte < end {
            if byte.pointee >= 0x80 { return false }
            byte += 1
        }
        return true
    }
}

/// ASCII classes of a byte, for the walks over the bytes of ASCII text: inlinable, as they are
/// asked of every byte.
extension UInt8 {
    /// An ASCII letter or digit.
    @inlinable package var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(self) || isASCIILetter
    }

    /// An ASCII letter: one test, as an ASCII letter with bit 5 set is its small letter.
    @inlinable package var isASCIILetter: Bool {
        (self | 0x20) &- UInt8(ascii: "a") < 26
    }

    /// A capital ASCII letter as a small one; any other byte as it is.
    @inlinable package var asciiLowercased: UInt8 {
        (0x41...0x5A).contains(self) ? self + 0x20 : self
    }

    /// The ASCII characters `Character.isWhitespace` holds for: tab, line feed, vertical tab,
    /// form feed, carriage return and space.
    @inlinable package var isASCIIWhitespace: Bool {
        (0x09...0x0D).contains(self) || self == 0x20
    }
}

extension StringProtocol {
    /// Where `pattern` first occurs, matched byte by byte: for a pattern that starts and ends with
    /// ASCII, such as a LaTeX command, the same answer as `firstRange(of:)`, many times faster.
    @inlinable package func firstByteRange(of pattern: String) -> Range<String.Index>? {
        let needle = Array(pattern.utf8)
        guard let first = needle.first else { return nil }
        let bytes = utf8
        // A native string's bytes, walked in place.
        if let found = bytes.withContiguousStorageIfAvailable({ buffer -> Int? in
            guard buffer.count >= needle.count else { return nil }
            for offset in 0...(buffer.count - needle.count) where buffer[offset] == first {
                if needle.indices.allSatisfy({ buffer[offset + $0] == needle[$0] }) { return offset }
            }
            return nil
        }) {
            return found.map { offset in
                let start = bytes.index(bytes.startIndex, offsetBy: offset)
                return start..<bytes.index(start, offsetBy: needle.count)
            }
        }
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return found..<bytes.index(found, offsetBy: needle.count) }
            start = bytes.index(after: found)
        }
        return nil
    }
}
