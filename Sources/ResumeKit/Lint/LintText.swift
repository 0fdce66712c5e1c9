import Foundation

/// A dated entry of a shown section as the rules see it: its path, its dates and its highlights.
struct LintEntry: Sendable {
    var section: SectionKind
    var index: Int
    var startDate: PartialDate?
    var endDate: EndDate?
    /// The single date of an entry that has no period (`awards[].date`).
    var date: PartialDate?
    var highlights: [String] = []

    /// `work[1]`
    var place: ValuePath { ValuePath(section.rawValue, index: index) }

    /// `place` as text, as the PDF's text-layer check (`TextLayerCheck`) reads it.
    var path: String { place.description }

    /// `work[1].highlights[0]`
    func highlightPath(_ index: Int) -> ValuePath { place.field("highlights").item(index) }

    /// Whether the entry has ended: its end date is a date, not `present` or missing.
    var hasEnded: Bool {
        if case .date = endDate { return true }
        return false
    }
}

extension Resume {
    /// The entries of the shown sections that have dates, section by section in file order.
    var lintEntries: [LintEntry] {
        var entries = DatedEntries(resume: self)
        SectionKind.visit(placedSections.lazy.map(\.kind), &entries)
        return entries.entries
    }
}

/// The entries of sections whose table has a period or a date, with their highlights.
private struct DatedEntries: SectionVisitor {
    var resume: Resume
    var entries: [LintEntry] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        var period: Field<Entry>.Value?
        var date: Accessor<Entry, PartialDate?>?
        var highlights: Accessor<Entry, [String]>?
        for field in table.fields {
            switch field.value {
            case .period: period = period ?? field.value
            case .date(let path): date = date ?? path
            case .list(let path) where field.kind == .proseItems: highlights = highlights ?? path
            case .text, .list: break
            }
        }
        guard period != nil || date != nil else { return }
        for (index, item) in table.entries.get(&resume).enumerated() {
            var item = item
            var entry = LintEntry(section: table.section, index: index)
            if case .period(let start, let end)? = period {
                entry.startDate = start.get(&item)
                entry.endDate = end.get(&item)
            } else if let date {
                entry.date = date.get(&item)
            }
            if let highlights { entry.highlights = highlights.get(&item) }
            entries.append(entry)
        }
    }
}

/// Word-level views of a line of résumé text, shared by the style rules.
enum LintText {
    /// The words of `text`: runs of letters and digits, kept whole across inner `/ - ' ’ . &`
    /// so that "I/O", "US-based", "i.e" and "I'm" are each one word.
    static func words(_ text: String) -> [Substring] {
        if text.isAllASCII {
            // Bytes are characters here, and far cheaper to classify.
            return words(of: text, in: text.utf8, isWordPart: { $0.isASCIIAlphanumeric }, isJoiner: isASCIIJoiner)
        }
        return words(of: text, in: text, isWordPart: { $0.isLetter || $0.isNumber }, isJoiner: { "/-'’.&".contains($0) })
    }

    /// `/ - ' . &`, the ASCII characters that may stand inside a word.
    private static func isASCIIJoiner(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "&"): true
        default: false
        }
    }

    /// The words of `text`, walking `view` (its characters or its bytes).
    private static func words<View: Collection>(
        of text: String, in view: View, isWordPart: (View.Element) -> Bool, isJoiner: (View.Element) -> Bool
    ) -> [Substring] where View.Index == String.Index {
        var words: [Substring] = []
        var start: String.Index?
        var index = view.startIndex
        while index < view.endIndex {
            let element = view[index]
            let next = view.index(after: index)
            if isWordPart(element) {
                if start == nil { start = index }
            } else if start != nil, isJoiner(element), next < view.endIndex, isWordPart(view[next]) {
                // A joiner inside a word.
            } else if let begun = start {
                words.append(text[begun..<index])
                start = nil
            }
            index = next
        }
        if let begun = start { words.append(text[begun...]) }
        return words
    }

    /// `text` trimmed, lowercased and without a final full stop, for comparing repeated lines.
    static func comparable(_ text: String) -> String {
        if text.isAllASCII { return comparableASCII(text) }
        var text = trimmed(text).lowercased()
        while text.hasSuffix(".") && !text.hasSuffix("..") { text.removeLast() }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `comparable` for ASCII text, byte by byte: the same result without walking Characters.
    private static func comparableASCII(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
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
        var sentences: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            index = next
            guard character == "." || character == "!" || character == "?", next < text.endIndex, text[next].isWhitespace else {
                continue
            }
            if character == "." {
                let last = words(String(text[start..<next])).last.map { $0.lowercased() } ?? ""
                if last.count < 2 || WordLists.abbreviations.contains(last) { continue }
            }
            sentences.append(trimmed(String(text[start..<next])))
            start = next
        }
        let rest = trimmed(String(text[start...]))
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// The text without white space at either end.
    static func trimmed(_ text: String) -> String {
        text.trimmingWhitespace
    }
}
