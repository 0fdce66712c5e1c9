import Foundation
import Yams
import ResumeModel
import ResumeSupport
import Mustache

/// Reads one JSON object of a document being imported, leniently: it takes the names older
/// JSON Resume versions and other tools use for a field (noting the rename), converts what can be
/// converted (noting each change), and on `finish()` reports every key it never asked for as
/// kept out — nothing is dropped without a note.
final class ImportObject {
    /// The object's path as the document numbers it, for notes: `work[3]`.
    let path: String
    /// Its path in the résumé, for the source map: `work[2]` when an empty entry before it was left out.
    private let mapPath: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private let notes: ImportNotes
    private var knownKeys: [String] = []
    private var usedKeys: Set<String> = []
    /// The value node each key was read from, under the key asked for.
    private var found: [String: Node] = [:]

    /// A reader for `node`, or nil (with a note that it was kept out) when it is not an object.
    init?(_ node: Node, path: String, notes: ImportNotes, mapPath: String? = nil) {
        guard case .mapping(let mapping) = node else {
            if !node.isNull {
                notes.warning("\(path): expected an object, found \(node.jsonKindDescription); kept out", at: node)
            }
            return nil
        }
        self.path = path
        self.mapPath = mapPath ?? path
        self.notes = notes
        self.pairs = mapping.map { key, value in (key.string ?? "\(key)", key, value) }
        notes.record(self.mapPath, at: node)
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The path of `key` in the résumé, for the source map.
    private func mapChildPath(_ key: String) -> String {
        mapPath.isEmpty ? key : "\(mapPath).\(key)"
    }

    /// Notes that the value of `key` (or, with `index`, its item) came from `node`.
    private func record(_ key: String, index: Int? = nil, at node: Node) {
        notes.record(index.map { "\(mapChildPath(key))[\($0)]" } ?? mapChildPath(key), at: node)
    }

    /// The value of `key`, or of a former or other tool's name for it (with a note); null is absent.
    func value(_ key: String, formerly aliases: [String] = []) -> Node? {
        knownKeys.append(key)
        usedKeys.insert(key)
        let given = pairs.first { $0.key == key }
        for alias in aliases + ImportRenames.aliases(of: key) where !knownKeys.contains(alias) {
            guard let old = pairs.first(where: { $0.key == alias }), !usedKeys.contains(alias) else { continue }
            usedKeys.insert(alias)
            if old.value.isNull { continue }
            if let given, !given.value.isNull {
                notes.warning("\(place): '\(alias)' kept out; '\(key)' is given too", at: old.keyNode)
                continue
            }
            notes.warning("\(place): '\(alias)' imported as '\(key)'", at: old.keyNode)
            found[key] = old.value
            record(key, at: old.value)
            return old.value
        }
        guard let value = given?.value, !value.isNull else { return nil }
        found[key] = value
        record(key, at: value)
        return value
    }

    /// Text: a string, or a number or boolean as written; blank text is absent. With `prose`,
    /// HTML and Markdown become plain text (noted).
    func text(_ key: String, formerly aliases: [String] = [], prose: Bool = false) -> String? {
        guard let node = value(key, formerly: aliases) else { return nil }
        return text(node, path: childPath(key), prose: prose, keepsLines: true)
    }

    /// A list of text; one text is taken as a list of one, or split at commas for `keywords`-like
    /// lists (`splitsCommas`), with a note.
    func texts(_ key: String, formerly aliases: [String] = [], prose: Bool = false, splitsCommas: Bool = false) -> [String] {
        guard let node = value(key, formerly: aliases) else { return [] }
        let path = childPath(key)
        switch node {
        case .scalar:
            guard let single = text(node, path: path, prose: prose, keepsLines: true) else { return [] }
            if splitsCommas, single.contains(",") {
                let items = single.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
                notes.warning("\(path): text with commas, imported as a list of \(items.count)", at: node)
                return items
            }
            notes.warning("\(path): text, imported as a list of one", at: node)
            return [single]
        case .sequence(let items):
            var texts: [String] = []
            for (index, item) in items.enumerated() {
                guard let text = text(item, path: "\(path)[\(index)]", prose: prose, keepsLines: false) else { continue }
                record(key, index: texts.count, at: item)
                texts.append(text)
            }
            return texts
        default:
            notes.warning("\(path): expected an array of text, found \(node.jsonKindDescription); kept out", at: node)
            return []
        }
    }

    /// True or false, given as a boolean or as the text `true` or `false`.
    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true": return true
        case "false": return false
        default:
            notes.warning("\(childPath(key)): expected true or false, found \(node.jsonKindDescription); kept out", at: node)
            return nil
        }
    }

    /// A date; other ways of writing one are converted when they can mean only one date.
    func date(_ key: String) -> PartialDate? {
        guard let (node, text) = dateText(key) else { return nil }
        let path = childPath(key)
        switch DateReading(text) {
        case .date(let date):
            return date
        case .converted(let date):
            notes.warning("\(path): '\(text)' imported as \"\(date)\"", at: node)
            return date
        case .present, .presentWord:
            notes.warning("\(path): '\(text)' is not a date; kept out (only an end date can be ongoing)", at: node)
        case .empty:
            notes.warning("\(path): empty date left out", at: node)
        case let reading:
            notes.warning(Self.unreadableDate(text, reading, path: path), at: node)
        }
        return nil
    }

    /// An end date, `present` (or a word saying so), or nothing.
    func endDate(_ key: String) -> EndDate? {
        guard let (node, text) = dateText(key) else { return nil }
        let path = childPath(key)
        switch DateReading(text) {
        case .date(let date):
            return .date(date)
        case .converted(let date):
            notes.warning("\(path): '\(text)' imported as \"\(date)\"", at: node)
            return .date(date)
        case .present:
            return .present
        case .presentWord:
            notes.warning("\(path): '\(text)' imported as present", at: node)
            return .present
        case .empty:
            notes.warning("\(path): empty date left out, so the entry reads as ongoing", at: node)
        case let reading:
            notes.warning(Self.unreadableDate(text, reading, path: path), at: node)
        }
        return nil
    }

    /// `startDate` and `endDate`. An end before the start would not load, so the start is kept
    /// out then, with a note: one of the two is wrong, and the note asks to check both.
    func period() -> (start: PartialDate?, end: EndDate?) {
        let start = date("startDate")
        let end = endDate("endDate")
        if let start, case .date(let endDate)? = end, endDate.isCertainlyBefore(start), let node = found["startDate"] {
            notes.warning(
                "\(childPath("startDate")): \"\(start)\" is after endDate \"\(endDate)\"; the start date was kept out, check both",
                at: node)
            return (nil, end)
        }
        return (start, end)
    }

    /// A nested object read by `read`.
    func object<T>(_ key: String, formerly aliases: [String] = [], _ read: (ImportObject) -> T?) -> T? {
        guard let node = value(key, formerly: aliases),
              let reader = ImportObject(node, path: childPath(key), notes: notes, mapPath: mapChildPath(key))
        else { return nil }
        defer { reader.finish() }
        return read(reader)
    }

    /// The entries of a section: each an object read by `read`, or a text that `fromText` turns
    /// into an entry (older files list interests and skills as plain strings). Entries with
    /// nothing in them (equal to `empty`) are left out, with a note.
    func entries<T: Equatable>(
        _ key: String, formerly aliases: [String] = [], empty: T, fromText: ((String) -> T)? = nil,
        _ read: (ImportObject) -> T
    ) -> [T] {
        entries(key, formerly: aliases, isEmpty: { $0 == empty }, fromText: fromText, read)
    }

    /// The entries of a section, leaving out those `isEmpty` says have nothing in them.
    func entries<T>(
        _ key: String, formerly aliases: [String] = [], isEmpty: (T) -> Bool, fromText: ((String) -> T)? = nil,
        _ read: (ImportObject) -> T
    ) -> [T] {
        guard let node = value(key, formerly: aliases) else { return [] }
        let path = childPath(key)
        let items: [Node]
        switch node {
        case .sequence(let sequence):
            items = Array(sequence)
        case .mapping(let mapping) where !mapping.isEmpty:
            notes.warning("\(path): one object, imported as a list of one", at: node)
            items = [node]
        default:
            notes.warning("\(path): expected an array, found \(node.jsonKindDescription); kept out", at: node)
            return []
        }
        var kept: [T] = []
        for (index, item) in items.enumerated() {
            // Notes name the entry as the document numbers it; the source map as the résumé does.
            let itemPath = "\(path)[\(index)]"
            if let fromText, item.scalar != nil {
                guard let text = text(item, path: itemPath, prose: false, keepsLines: false) else { continue }
                notes.warning("\(itemPath): text, imported as an entry", at: item)
                record(key, index: kept.count, at: item)
                kept.append(fromText(text))
                continue
            }
            let keptPath = "\(mapChildPath(key))[\(kept.count)]"
            guard let reader = ImportObject(item, path: itemPath, notes: notes, mapPath: keptPath) else { continue }
            let entry = read(reader)
            reader.finish()
            if isEmpty(entry) {
                notes.warning("\(itemPath): empty entry left out", at: item)
                continue
            }
            kept.append(entry)
        }
        return kept
    }

    /// Where this object's notes go.
    var importNotes: ImportNotes { notes }

    /// Reports every key never asked for as kept out, with the closest known key as a suggestion.
    func finish() {
        for pair in pairs where !usedKeys.contains(pair.key) && !pair.value.isNull {
            var message = "\(place): '\(pair.key)' kept out; the résumé format has no place for it"
            if let suggestion = KeySuggestion.suggest(for: pair.key, among: knownKeys) {
                message += "; did you mean '\(suggestion)'?"
            }
            notes.warning(message, at: pair.keyNode)
        }
    }

    /// Text of a node met somewhere in this object: see `text(_:formerly:prose:)`.
    func text(_ node: Node, path: String, prose: Bool, keepsLines: Bool) -> String? {
        guard case .scalar(let scalar) = node else {
            if !node.isNull {
                notes.warning("\(path): expected text, found \(node.jsonKindDescription); kept out", at: node)
            }
            return nil
        }
        let text = scalar.string.replacingLineEndings().trimmingWhitespace
        guard !text.isEmpty, !scalar.isNull else { return nil }
        guard prose, let plain = MarkupStripper(keepsLines: keepsLines).plainText(text) else { return text }
        notes.warning("\(path): converted to plain text, removing \(plain.removed.joined(separator: ", "))", at: node)
        return plain.text.isEmpty ? nil : plain.text
    }
}

private extension ImportObject {
    /// How the object is named in notes.
    var place: String { path.isEmpty ? "top level" : path }

    func dateText(_ key: String) -> (Node, String)? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            notes.warning("\(childPath(key)): expected a date, found \(node.jsonKindDescription); kept out", at: node)
            return nil
        }
        return (node, scalar.string.trimmingWhitespace)
    }

    static func unreadableDate(_ text: String, _ reading: DateReading, path: String) -> String {
        let hint = "write it as YYYY, YYYY-MM or YYYY-MM-DD"
        switch reading {
        case .ambiguous: return "\(path): '\(text)' could be day/month or month/day; kept out — \(hint)"
        case .impossible: return "\(path): '\(text)' is not a real date; kept out — \(hint)"
        default: return "\(path): '\(text)' is not a date; kept out — \(hint)"
        }
    }
}

private extension String {
    /// CRLF and lone CR inside a value become LF, as in the rest of the file.
    func replacingLineEndings() -> String {
        guard contains("\r") else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

extension ImportObject {
    /// The `new-page` and `keep-together` keys of an entry or a `meta.sections` item, as `resume`
    /// writes them into a JSON Resume document.
    func pageBreak() -> PageBreak {
        var pageBreak = PageBreak()
        for key in PageBreak.keys { pageBreak[keyPath: key.value] = bool(key.name) ?? false }
        return pageBreak
    }
}
