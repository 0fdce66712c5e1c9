import Foundation
import Mustache
import ResumeModel

/// Lays out the logical lines that text templates emit: wraps them to a width counted in display
/// columns (East Asian wide characters take two), right-aligns, underlines, and tidies blank lines.
///
/// The rules, applied to each line of template output:
/// - `left<TAB>right`: `right` is right-aligned on the first line; `left` wraps in the space before it.
/// - A line of only `=` or only `-` characters becomes an underline as wide as the line above.
/// - Leading spaces, plus a bullet (`• `, `- `, `* `) after them, set the indent of wrapped lines.
/// - Lines break only at spaces; a no-break space (U+00A0) keeps its neighbours together and is
///   written as a plain space. A word wider than a line is broken between characters, but never
///   an address (URL, e-mail), and never so that a bullet stands alone on its line.
/// - Trailing spaces are removed, runs of blank lines become one, and the text ends with one newline.
/// Only template text can form these: the text content type turns tabs and newlines in values
/// into spaces, and the rendering says where each value landed, so that the indent, the bullet
/// and an underline are read from template text only. Where a prose value's next paragraph
/// begins (`RenderedText.paragraphStarts`), a new line starts under the text of the one before.
struct TextLayout {
    var width: Int

    func layout(_ rendered: RenderedText) -> String {
        var output: [String] = []
        var values = rendered.values[...]
        var paragraphStarts = rendered.paragraphStarts[...]
        var start = 0
        for line in rendered.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let end = start + line.utf8.count
            defer { start = end + 1 }
            // A value lies within one line (values hold no newline); an empty one may end it.
            while let value = values.first, value.lowerBound < start { values.removeFirst() }
            let firstValue = values.first.flatMap { $0.lowerBound <= end ? $0.lowerBound - start : nil }
            while let first = paragraphStarts.first, first < start { paragraphStarts.removeFirst() }
            let breaks = paragraphStarts.prefix(while: { $0 <= end }).map { $0 - start }
            if firstValue == nil, let rule = underlineCharacter(line) {
                let above = output.last.map { DisplayWidth.of($0) } ?? 0
                if above > 0 { output.append(String(repeating: rule, count: above)) }
                continue
            }
            output += wrap(String(line), firstValue: firstValue, paragraphStarts: breaks)
        }
        return tidy(output)
    }
}

private extension TextLayout {
    /// The underline character when the line, all template text, is only `=` or only `-`.
    func underlineCharacter(_ line: Substring) -> Character? {
        guard let first = line.first, first == "=" || first == "-", line.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// One logical line as physical lines; `firstValue` is the byte offset where its first value
    /// begins, `paragraphStarts` those where a value's next paragraph begins.
    func wrap(_ line: String, firstValue: Int?, paragraphStarts: [Int]) -> [String] {
        let template = firstValue.map { line.utf8.prefix($0) }.map { Substring($0) } ?? line[...]
        let indent = template.prefix(while: { $0 == " " }).count
        let afterIndent = template.dropFirst(indent)
        let bullet = ["• ", "- ", "* "].first { afterIndent.hasPrefix($0) }
        let hanging = indent + (bullet.map { DisplayWidth.of($0) } ?? 0)

        let parts = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        let left = String(parts[0])
        let right = parts.count > 1 ? Self.collapsingTabs(String(parts[1])).trimmingHorizontalSpace : ""
        let breaks = paragraphStarts.filter { $0 < left.utf8.count }
        guard !right.isEmpty else { return fill(left, hanging: hanging, width: width, paragraphStarts: breaks) }

        let rightWidth = DisplayWidth.of(right)
        let room = width - rightWidth - 2
        guard room >= max(hanging + 10, width / 3) else {
            // Too little space beside the right part: give it a line of its own.
            return fill(left, hanging: hanging, width: width, paragraphStarts: breaks) + [padded(right)]
        }
        var lines = fill(left, hanging: hanging, width: room, paragraphStarts: breaks)
        let first = lines.isEmpty ? "" : lines[0]
        let gap = width - DisplayWidth.of(first) - rightWidth
        let joined = first + String(repeating: " ", count: max(1, gap)) + right
        if lines.isEmpty { lines = [joined] } else { lines[0] = joined }
        return lines
    }

    /// Greedy word wrap. A word wider than a whole line is broken between characters, starting on
    /// the line it reaches (so a bullet is never left alone before it), except an address — a URL,
    /// a domain with a path, an e-mail — which is never broken: it starts a line (or follows its
    /// bullet) and may run past the width, so that a reader can copy it whole. At each byte offset
    /// in `paragraphStarts` a new line begins.
    func fill(_ text: String, hanging: Int, width: Int, paragraphStarts: [Int] = []) -> [String] {
        let text = Self.collapsingTabs(text)
        let leading = String(text.prefix(while: { $0 == " " }))
        let words = text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: true)
        guard !words.isEmpty else { return [leading] }
        let continuation = String(repeating: " ", count: hanging)
        var lines: [String] = []
        var current = leading
        // The width of `current`, kept as it grows so that each character is measured once.
        var currentWidth = DisplayWidth.of(leading)
        var currentHasWord = false
        // Whether `current` holds only the indent and a bullet, which must keep what follows.
        var currentIsBullet = false
        // A value's next paragraph starts a line of its own, under the text of the one before.
        var paragraphStarts = paragraphStarts[...]
        func startParagraph() {
            paragraphStarts.removeFirst()
            if currentHasWord || !lines.isEmpty { lines.append(current) }
            current = continuation
            currentWidth = hanging
            currentHasWord = false
            currentIsBullet = false
        }
        for word in words {
            if !paragraphStarts.isEmpty {
                let offset = text.utf8.distance(from: text.startIndex, to: word.startIndex)
                while let next = paragraphStarts.first, next <= offset { startParagraph() }
            }
            var word = word
            var wordWidth = DisplayWidth.of(word)
            let isAddress = Self.isAddress(word)
            while true {
                let prefixWidth = currentHasWord ? currentWidth + 1 : currentWidth
                let fitsHere = prefixWidth + wordWidth <= width
                let fitsNowhere = hanging + wordWidth > width
                if fitsHere || (isAddress && (!currentHasWord || currentIsBullet)) {
                    current = (currentHasWord ? current + " " : current) + word
                    currentWidth = prefixWidth + wordWidth
                    currentHasWord = true
                    currentIsBullet = lines.isEmpty && current.trimmingHorizontalSpace == word && Self.isBullet(word)
                    break
                }
                if currentHasWord && (isAddress || !(fitsNowhere && width - prefixWidth >= 4)) {
                    lines.append(current)
                    current = continuation
                    currentWidth = hanging
                    currentHasWord = false
                    currentIsBullet = false
                    continue
                }
                // The word does not fit on any line: break it at the last character that fits here.
                let room = max(1, width - prefixWidth)
                let (head, tail) = Self.split(word, atWidth: room)
                lines.append((currentHasWord ? current + " " : current) + head)
                current = continuation
                currentWidth = hanging
                currentHasWord = false
                currentIsBullet = false
                word = tail
                wordWidth -= DisplayWidth.of(head)  // not measuring the tail again: a long word stays linear
                if word.isEmpty { break }
            }
        }
        while !paragraphStarts.isEmpty { startParagraph() }
        if currentHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }

    func padded(_ text: String) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// Strips trailing spaces, drops leading and repeated blank lines, and ends with one newline.
    func tidy(_ lines: [String]) -> String {
        var result: [String] = []
        for line in lines.map({ Self.withPlainSpaces($0).trimmedTrailing }) {
            if line.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(line)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n") + "\n"
    }

    static func split(_ word: Substring, atWidth room: Int) -> (Substring, Substring) {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let next = DisplayWidth.of(String(word[index]))
            if used + next > room, used > 0 { break }
            used += next
            index = word.index(after: index)
        }
        return (word[..<index], word[index...])
    }

    static func collapsingTabs(_ text: String) -> String {
        // Looked for byte by byte first: Foundation's replacing was most of a long résumé's layout.
        guard text.utf8.contains(UInt8(ascii: "\t")) else { return text }
        return text.replacingOccurrences(of: "\t", with: " ")
    }

    /// No-break spaces written as plain spaces (U+00A0 is 0xC2 0xA0 in UTF-8).
    static func withPlainSpaces(_ text: String) -> String {
        guard text.utf8.contains(0xC2) else { return text }
        return text.replacingOccurrences(of: "\u{00A0}", with: " ")
    }
}

extension TextLayout {
    /// A bullet that layout recognises at the start of a line.
    static func isBullet(_ word: Substring) -> Bool {
        word == "•" || word == "-" || word == "*"
    }

    /// A URL, a domain with a path (`github.com/ada/tool`, as links are shown) or an e-mail address.
    static func isAddress(_ word: Substring) -> Bool {
        // Each mark is looked for among the bytes before among the characters: a word without
        // the byte has not the character either, and most words have none of them.
        let bytes = word.utf8
        if bytes.contains(UInt8(ascii: ":")), word.contains("://") { return true }
        if word.hasPrefix("www.") { return true }
        if bytes.contains(UInt8(ascii: "@")), let at = word.firstIndex(of: "@"), word[at...].contains(".") { return true }
        guard bytes.contains(UInt8(ascii: "/")), let slash = word.firstIndex(of: "/") else { return false }
        let host = word[..<slash]
        return host.contains(".") && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }
}

private extension String {
    var trimmedTrailing: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
