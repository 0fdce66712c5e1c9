/// The words and numbers of the generated metric tables, read from their UTF-8 bytes: a face's
/// tables hold tens of thousands of numbers, and reading them through `split` and `Int(_:)` made
/// loading a face cost more than setting a whole résumé.
///
/// A table is lines of words separated by spaces; a word is made of numbers (hexadecimal or
/// decimal, optionally negative) joined by punctuation such as `:`, `,`, `-` or `+`.
struct TableWords {
    /// Calls `body` with the words of each line of `text`, in order.
    static func forEachLine(of text: String, _ body: (inout TableWords) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                var line = TableWords(bytes: bytes, position: start, end: end)
                body(&line)
                start = end + 1
            }
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private let end: Int

    /// The next word of the line, nil at its end.
    mutating func nextWord() -> Word? {
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
        guard position < end else { return nil }
        let start = position
        while position < end, bytes[position] != UInt8(ascii: " ") { position += 1 }
        return Word(bytes: bytes, start: start, position: start, end: position)
    }

    /// One word, read number by number.
    struct Word {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate let start: Int
        fileprivate(set) var position: Int
        fileprivate let end: Int

        var isAtEnd: Bool { position >= end }

        /// The whole word as text, wherever the position is.
        var text: String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }

        /// Whether the word holds `separator` anywhere after the current position.
        func contains(_ separator: UInt8) -> Bool {
            (position..<end).contains { bytes[$0] == separator }
        }

        /// The byte at the current position, nil at the word's end.
        var next: UInt8? { position < end ? bytes[position] : nil }

        /// Skips one byte (a separator).
        mutating func skip() { position += 1 }

        /// A hexadecimal number (`0410`), nil when none starts here.
        mutating func hexadecimal() -> UInt32? {
            var value: UInt32 = 0
            let start = position
            while position < end, let digit = Self.hexDigit(bytes[position]) {
                value = value << 4 | digit
                position += 1
            }
            return position > start ? value : nil
        }

        /// A decimal number with an optional minus sign (`-83`), nil when none starts here.
        mutating func decimal() -> Int? {
            let negative = position < end && bytes[position] == UInt8(ascii: "-")
            if negative { position += 1 }
            var value = 0
            let start = position
            while position < end, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            return position > start ? (negative ? -value : value) : nil
        }

        private static func hexDigit(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
            default: nil
            }
        }
    }
}
