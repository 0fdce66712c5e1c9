import Foundation
import ResumeSupport

/// Word-level views of a line of résumé text, shared by the style rules.
///
/// ASCII text is walked as its bytes, other text as its Characters, by one walk generic over both
/// (`TextElement`).
enum LintText {
    /// The words of `text`: runs of letters and digits, kept whole across inner `/ - ' ’ . &`
    /// so that "I/O", "US-based", "i.e" and "I'm" are each one word.
    static func words(_ text: String) -> [Substring] {
        words(text, where: { _ in true })
    }

    /// The first `count` words of `text`, or all of them when it has fewer.
    static func words(_ text: String, first count: Int) -> [Substring] {
        words(text, limit: count, where: { _ in true })
    }

    /// The words of `text` whose UTF-8 bytes `isWanted` accepts. A rule that reads a few words of
    /// many (the pronouns) tells them by their bytes, and only those are cut out of the text.
    static func words(_ text: String, limit: Int = .max, where isWanted: (UnsafeBufferPointer<UInt8>) -> Bool) -> [Substring] {
        let ascii = text.withASCIIBytes { bytes in
            words(in: bytes, limit: limit) { range in
                isWanted(UnsafeBufferPointer(rebasing: bytes[range])) ? text[text.range(ofBytes: range)] : nil
            }
        }
        return ascii
            ?? words(in: text, limit: limit) { range in
                var word = text[range]
                return word.withUTF8(isWanted) ? word : nil
            }
    }

    /// Up to `limit` words of a text, walking `view` (its characters or its bytes); `word` cuts
    /// out the word at a range of `view`, or says it is not wanted.
    private static func words<View: Collection>(
        in view: View, limit: Int, word: (Range<View.Index>) -> Substring?
    ) -> [Substring] where View.Element: TextElement {
        var words: [Substring] = []
        var index = view.startIndex
        while index < view.endIndex, words.count < limit {
            guard view[index].isWordPart else {
                index = view.index(after: index)
                continue
            }
            // A word runs on over letters and digits, and over a joiner between two of them.
            let start = index
            index = view.index(after: index)
            while index < view.endIndex {
                if view[index].isWordPart {
                    index = view.index(after: index)
                    continue
                }
                let next = view.index(after: index)
                guard view[index].isJoiner, next < view.endIndex, view[next].isWordPart else { break }
                index = next
            }
            if let found = word(start..<index) { words.append(found) }
        }
        return words
    }

    /// `text` trimmed, lowercased and without a final full stop, for comparing repeated lines.
    static func comparable(_ text: String) -> String {
        if let ascii = text.withASCIIBytes(comparableASCII) { return ascii }
        var text = trimmed(text).lowercased()
        while text.hasSuffix(".") && !text.hasSuffix("..") { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `comparable` for ASCII text, byte by byte: the same result without walking Characters,
    /// written straight into the string's storage (it is never longer than the text).
    private static func comparableASCII(_ text: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: text.count) { bytes in
            var count = 0
            var pendingSpace = false
            for byte in text {
                if byte.isASCIIWhitespace {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    bytes[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                bytes[count] = byte.asciiLowercased
                count += 1
            }
            let stop = UInt8(ascii: ".")
            while count > 0, bytes[count - 1] == stop, count == 1 || bytes[count - 2] != stop { count -= 1 }
            // Spaces before the removed stops would otherwise be left at the end.
            while count > 0, bytes[count - 1] == 0x20 { count -= 1 }
            return count
        }
    }

    /// The sentences of `text`, split after `.`, `!` or `?` followed by a space, except after an
    /// abbreviation ("e.g.") or a single letter.
    static func sentences(_ text: String) -> [String] {
        text.withASCIIBytes { bytes in sentences(in: bytes) { text[text.range(ofBytes: $0)] } }
            ?? sentences(in: text) { text[$0] }
    }

    /// The sentences of a text, walking `view` (its characters or its bytes); `slice` is the text
    /// of a range of `view`.
    private static func sentences<View: Collection>(
        in view: View, slice: (Range<View.Index>) -> Substring
    ) -> [String] where View.Element: TextElement {
        var sentences: [String] = []
        var start = view.startIndex
        var index = view.startIndex
        while index < view.endIndex {
            let element = view[index]
            let next = view.index(after: index)
            index = next
            guard element.isStop, next < view.endIndex, view[next].isWhitespace else { continue }
            if element.isFullStop {
                let last = words(String(slice(start..<next))).last.map { $0.lowercased() } ?? ""
                if last.count < 2 || WordLists.abbreviations.contains(last) { continue }
            }
            sentences.append(trimmed(String(slice(start..<next))))
            start = next
        }
        let rest = trimmed(String(slice(start..<view.endIndex)))
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// The text without white space at either end.
    static func trimmed(_ text: String) -> String {
        text.trimmingWhitespace
    }
}

/// An element of text the words and sentences are walked over: a byte of ASCII text, or a Character.
private protocol TextElement {
    /// A letter or digit.
    var isWordPart: Bool { get }
    /// `/ - ' ’ . &`, which may stand inside a word.
    var isJoiner: Bool { get }
    /// `.`, `!` or `?`.
    var isStop: Bool { get }
    var isFullStop: Bool { get }
    var isWhitespace: Bool { get }
}

extension UInt8: TextElement {
    fileprivate var isWordPart: Bool { isASCIIAlphanumeric }

    fileprivate var isJoiner: Bool {
        switch self {
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "&"): true
        default: false
        }
    }

    fileprivate var isStop: Bool { self == UInt8(ascii: ".") || self == UInt8(ascii: "!") || self == UInt8(ascii: "?") }
    fileprivate var isFullStop: Bool { self == UInt8(ascii: ".") }
    fileprivate var isWhitespace: Bool { isASCIIWhitespace }
}

extension Character: TextElement {
    fileprivate var isWordPart: Bool { isLetter || isNumber }
    fileprivate var isJoiner: Bool { "/-'’.&".contains(self) }
    fileprivate var isStop: Bool { self == "." || self == "!" || self == "?" }
    fileprivate var isFullStop: Bool { self == "." }
}

private extension String {
    /// The range of the characters at UTF-8 offsets `bytes`, which are on character boundaries.
    func range(ofBytes bytes: Range<Int>) -> Range<String.Index> {
        utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
    }
}
