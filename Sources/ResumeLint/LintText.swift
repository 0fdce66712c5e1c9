import Foundation
import ResumeSupport

/// Word-level views of a line of résumé text, shared by the style rules.
enum LintText {
    /// The words of `text`: runs of letters and digits, kept whole across inner `/ - ' ’ . &`
    /// so that "I/O", "US-based", "i.e" and "I'm" are each one word.
    static func words(_ text: String) -> [Substring] {
        let ascii = text.withASCIIBytes { bytes in
            words(
                in: bytes, isWordPart: { $0.isASCIIAlphanumeric }, isJoiner: isASCIIJoiner,
                slice: { text[text.range(ofBytes: $0)] })
        }
        return ascii
            ?? words(
                in: text, isWordPart: { $0.isLetter || $0.isNumber }, isJoiner: { "/-'’.&".contains($0) },
                slice: { text[$0] })
    }

    /// `/ - ' . &`, the ASCII characters that may stand inside a word.
    private static func isASCIIJoiner(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "&"): true
        default: false
        }
    }

    /// The words of a text, walking `view` (its characters or its bytes); `slice` is the text of
    /// a range of `view`.
    private static func words<View: Collection>(
        in view: View, isWordPart: (View.Element) -> Bool, isJoiner: (View.Element) -> Bool,
        slice: (Range<View.Index>) -> Substring
    ) -> [Substring] {
        var words: [Substring] = []
        var start: View.Index?
        var index = view.startIndex
        while index < view.endIndex {
            let element = view[index]
            let next = view.index(after: index)
            if isWordPart(element) {
                if start == nil { start = index }
            } else if start != nil, isJoiner(element), next < view.endIndex, isWordPart(view[next]) {
                // A joiner inside a word.
            } else if let begun = start {
                words.append(slice(begun..<index))
                start = nil
            }
            index = next
        }
        if let begun = start { words.append(slice(begun..<view.endIndex)) }
        return words
    }

    /// `text` trimmed, lowercased and without a final full stop, for comparing repeated lines.
    static func comparable(_ text: String) -> String {
        if let ascii = text.withASCIIBytes(comparableASCII) { return ascii }
        var text = trimmed(text).lowercased()
        while text.hasSuffix(".") && !text.hasSuffix("..") { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `comparable` for ASCII text, byte by byte: the same result without walking Characters.
    private static func comparableASCII(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        var pendingSpace = false
        for byte in text {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        while bytes.last == UInt8(ascii: "."), bytes.dropLast().last != UInt8(ascii: ".") { bytes.removeLast() }
        // Spaces before the removed stops would otherwise be left at the end.
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The sentences of `text`, split after `.`, `!` or `?` followed by a space, except after an
    /// abbreviation ("e.g.") or a single letter.
    static func sentences(_ text: String) -> [String] {
        let ascii = text.withASCIIBytes { bytes in
            sentences(
                in: bytes, isStop: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") },
                isFullStop: { $0 == UInt8(ascii: ".") }, isWhitespace: { $0 == 0x20 || (0x09...0x0D).contains($0) },
                slice: { text[text.range(ofBytes: $0)] })
        }
        return ascii
            ?? sentences(
                in: text, isStop: { $0 == "." || $0 == "!" || $0 == "?" }, isFullStop: { $0 == "." },
                isWhitespace: \.isWhitespace, slice: { text[$0] })
    }

    /// The sentences of a text, walking `view` (its characters or its bytes); `slice` is the text
    /// of a range of `view`.
    private static func sentences<View: Collection>(
        in view: View, isStop: (View.Element) -> Bool, isFullStop: (View.Element) -> Bool,
        isWhitespace: (View.Element) -> Bool, slice: (Range<View.Index>) -> Substring
    ) -> [String] {
        var sentences: [String] = []
        var start = view.startIndex
        var index = view.startIndex
        while index < view.endIndex {
            let element = view[index]
            let next = view.index(after: index)
            index = next
            guard isStop(element), next < view.endIndex, isWhitespace(view[next]) else { continue }
            if isFullStop(element) {
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

private extension String {
    /// The range of the characters at UTF-8 offsets `bytes`, which are on character boundaries.
    func range(ofBytes bytes: Range<Int>) -> Range<String.Index> {
        utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: bytes.upperBound)
    }
}
