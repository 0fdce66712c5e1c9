import Foundation
import Yams
import ResumeModel
import ResumeSupport

/// Reads the fields of one YAML mapping into typed values, recording each value's location and
/// reporting wrong types; `finish()` then reports the keys nobody asked for.
///
/// The keys a reader is asked for are the keys it knows, so unknown-key suggestions come from the
/// same code that reads the fields.
final class MappingReader {
    let path: String
    let node: Node
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    /// The keys of `pairs`, in order: looked up for every field a table asks for, without
    /// copying the nodes beside them.
    private let keys: [String]
    private let context: LoadingContext
    private var knownKeys: [String] = []

    /// A reader for `node`, or nil (with an error reported) when it is not a mapping.
    init?(_ node: Node, path: String, context: LoadingContext) {
        guard case .mapping(let mapping) = node else {
            context.error("expected a mapping for \(path.isEmpty ? "the résumé" : path), found \(node.kindDescription)", at: node)
            return nil
        }
        self.node = node
        self.path = path
        self.context = context
        self.pairs = mapping.map { key, value in (key.string ?? "\(key)", key, value) }
        self.keys = pairs.map(\.key)
        context.record(path, at: node)
    }

    /// The path of a key within this mapping: `work[0].position`.
    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The value node for `key`, marking the key as known. Null values count as absent.
    func value(_ key: String) -> Node? {
        knownKeys.append(key)
        guard let index = keys.firstIndex(of: key) else { return nil }
        let value = pairs[index].value
        guard !value.isNull else { return nil }
        context.record(childPath(key), at: value)
        return value
    }

    func string(_ key: String) -> String? {
        value(key).flatMap { text($0, path: childPath(key)) }
    }

    /// A link target. One whose scheme can run code or read local files (`javascript:`, `data:`)
    /// is kept as text, never linked, and said with a warning.
    func url(_ key: String) -> String? {
        guard let node = value(key), let url = text(node, path: childPath(key)) else { return nil }
        if let scheme = UnsafeLinkScheme(url) {
            context.warning(
                "\(childPath(key)) '\(url)' is shown as text, never linked: '\(scheme.name):' links can run code"
                    + " or open local files; use an http or https address", at: node)
        }
        return url
    }

    func strings(_ key: String) -> [String] {
        list(key) { node, path in text(node, path: path) }
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        if let bool = node.bool { return bool }
        context.error("expected true or false for \(childPath(key)), found \(node.kindDescription)", at: node)
        return nil
    }

    /// A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
    func date(_ key: String) -> PartialDate? {
        guard let node = value(key), let text = text(node, path: childPath(key)) else { return nil }
        if let date = PartialDate(parsing: text) { return date }
        let hint = text.lowercased() == "present" ? "; only an end date can be 'present'" : ""
        context.error("invalid date '\(text)' for \(childPath(key)); expected YYYY, YYYY-MM or YYYY-MM-DD\(hint)", at: node)
        return nil
    }

    /// An end date, `present`, or nothing; reports an end before `start`.
    func endDate(_ key: String, after start: PartialDate?) -> EndDate? {
        guard let node = value(key), let text = text(node, path: childPath(key)) else { return nil }
        if text.lowercased() == "present" { return .present }
        guard let date = PartialDate(parsing: text) else {
            context.error("invalid date '\(text)' for \(childPath(key)); expected YYYY, YYYY-MM, YYYY-MM-DD or present", at: node)
            return nil
        }
        if let start, date.isCertainlyBefore(start) {
            context.error("\(childPath(key)) \(date) is before startDate \(start)", at: node)
        }
        return .date(date)
    }

    /// A nested mapping read by `read`.
    func mapping<T>(_ key: String, _ read: (MappingReader) -> T) -> T? {
        guard let node = value(key), let reader = MappingReader(node, path: childPath(key), context: context) else {
            return nil
        }
        defer { reader.finish() }
        return read(reader)
    }

    /// A list of mappings, each read by `read`; each may carry `tags`.
    func entries<T>(_ key: String, _ read: (MappingReader) -> T) -> [T] {
        guard let items = listItems(key) else { return [] }
        return Self.read(items[...], in: context) { node, path, context in Self.entry(node, path: path, context: context, read) }
    }

    /// `entries`, a long list's second half read on another core into a context of its own,
    /// which then joins this one as if read after the first half: the same entries, problems,
    /// places, languages and tags, in the same order. `read` must read only the reader it is given.
    ///
    /// A résumé's work or projects section is most of its text, and the core would otherwise wait.
    func entriesSharingCores<T>(_ key: String, _ read: @escaping @Sendable (MappingReader) -> T) -> [T] {
        guard let items = listItems(key) else { return [] }
        let readEntry: @Sendable (Node, String, LoadingContext) -> T? = { node, path, context in
            Self.entry(node, path: path, context: context, read)
        }
        guard items.count >= Self.entriesWorthSharing else { return Self.read(items[...], in: context, readEntry) }
        let middle = items.count / 2
        let fork = context.forked()
        let halves = [ListHalf(items: items[..<middle], context: context), ListHalf(items: items[middle...], context: fork)]
            .concurrentMap { half in ReadHalf(values: Self.read(half.items, in: half.context, readEntry)) }
        guard context.absorb(fork) else {
            // Over the text budget: read again here, to stop reading text where a reading in
            // order would.
            return halves[0].values + Self.read(items[middle...], in: context, readEntry)
        }
        return halves[0].values + halves[1].values
    }

    /// How long a list is before its second half is read on another core: shorter ones take
    /// less than starting the work there.
    static let entriesWorthSharing = 16

    /// An entry of a list, its `tags` noted.
    private static func entry<T>(_ node: Node, path: String, context: LoadingContext, _ read: (MappingReader) -> T) -> T? {
        guard let reader = MappingReader(node, path: path, context: context) else { return nil }
        defer { reader.finish() }
        context.noteTags(reader.strings("tags"))
        return read(reader)
    }

    /// A list whose items are read by `read`; items it rejects are left out (with their error reported).
    ///
    /// Items that `--tags` leaves out are checked but not kept, and the kept items are numbered
    /// in the résumé's order: with `--tags`, `work[1]` is the second work entry selected.
    func list<T>(_ key: String, _ read: (Node, String) -> T?) -> [T] {
        guard let items = listItems(key) else { return [] }
        return Self.read(items[...], in: context) { node, path, _ in read(node, path) }
    }

    /// One item of a list, with its path; an item `--tags` leaves out is numbered among all the
    /// list's items, a kept one among the kept ones.
    private struct ListItem {
        var node: Node
        var path: String
        var isSelected: Bool
    }

    /// The items of the list at `key`; nil when there is none or it is not a list (reported).
    private func listItems(_ key: String) -> [ListItem]? {
        guard let node = value(key) else { return nil }
        let path = childPath(key)
        guard case .sequence(let sequence) = node else {
            context.error("expected a list for \(path), found \(node.kindDescription)", at: node)
            return nil
        }
        let selection = TagSelection(context.options.tags)
        var items: [ListItem] = []
        items.reserveCapacity(sequence.count)
        var selected = 0
        for (index, item) in sequence.enumerated() {
            guard selection.selects(item) else {
                items.append(ListItem(node: item, path: "\(path)[\(index)]", isSelected: false))
                continue
            }
            items.append(ListItem(node: item, path: "\(path)[\(selected)]", isSelected: true))
            selected += 1
        }
        return items
    }

    /// `items` read by `read` into `context`; those `--tags` leaves out only checked.
    private static func read<T>(
        _ items: ArraySlice<ListItem>, in context: LoadingContext, _ read: (Node, String, LoadingContext) -> T?
    ) -> [T] {
        var values: [T] = []
        for item in items {
            guard item.isSelected else {
                context.checkingOnly { _ = read(item.node, item.path, context) }
                continue
            }
            context.record(item.path, at: item.node)
            if let value = read(item.node, item.path, context) { values.append(value) }
        }
        return values
    }

    /// Half a list's items and the context they are read into, handed to another thread.
    private struct ListHalf: @unchecked Sendable {
        var items: ArraySlice<ListItem>
        var context: LoadingContext
    }

    /// What a half of a list read to, handed back.
    private struct ReadHalf<T>: @unchecked Sendable {
        var values: [T]
    }

    /// A scalar as text; numbers and the like are kept as written. Blank text counts as absent.
    ///
    /// Text may also be a map of language to text (`{en: "…", ko: "…"}`), read in the loading
    /// language, or in a list, a tagged item (`{text: "…", tags: [ml]}`).
    func text(_ node: Node, path: String) -> String? {
        switch node {
        case .scalar(let scalar):
            guard context.spendText(scalar.string.utf8.count, at: node) else { return nil }
            warnOfBidiControls(in: scalar.string, path: path, at: node)
            let trimmed = scalar.string.trimmingWhitespace
            return trimmed.isEmpty || scalar.isNull ? nil : trimmed
        case .mapping(let mapping) where mapping.contains(where: { TaggedText.keys.contains($0.key.string ?? "") }):
            return taggedText(node, path: path)
        case .mapping(let mapping):
            return translatedText(mapping, node: node, path: path)
        default:
            context.error("expected a string for \(path), found \(node.kindDescription)", at: node)
            return nil
        }
    }

    /// Reports a missing required key at this mapping.
    func require<T>(_ value: T?, _ key: String) -> T? {
        guard value == nil else { return value }
        let given = pairs.first { $0.key == key }?.value
        if given == nil || given?.isNull == true {
            context.error("missing required key '\(key)' in \(path)", at: node)
        } else if let given, given.scalar != nil {
            context.error("\(childPath(key)) is empty", at: given)
        } else if let empty = context.emptyTranslation(at: childPath(key)) {
            context.error("\(childPath(key)) is empty in '\(empty.language)', the language being read", at: empty.node)
        }  // otherwise it had the wrong type, already reported
        return nil
    }

    /// Reports every key that was never asked for, with the closest known key as a suggestion.
    func finish() {
        for pair in pairs where !knownKeys.contains(pair.key) {
            let place = path.isEmpty ? "at the top level" : "in \(path)"
            guard pair.keyNode.scalar != nil else {
                context.error("a key \(place) is \(pair.keyNode.kindDescription); keys are plain names such as 'name'", at: pair.keyNode)
                continue
            }
            var message = "unknown key '\(pair.key)' \(place)"
            if let suggestion = KeySuggestion.suggest(for: pair.key, among: knownKeys) {
                message += "; did you mean '\(suggestion)'?"
            }
            context.error(message, at: pair.keyNode)
        }
    }
}

private extension MappingReader {
    /// A bidirectional control character reorders the text around it, so what a reader sees is
    /// not what the file says (a name shown backwards, a "Trojan Source" trick). Right-to-left
    /// scripts need none.
    func warnOfBidiControls(in text: String, path: String, at node: Node) {
        // Each control's UTF-8 starts with 0xE2 or 0xD8 (U+061C); scanned as a buffer when it is one.
        let mayHaveControl =
            text.utf8.withContiguousStorageIfAvailable { $0.contains { $0 == 0xE2 || $0 == 0xD8 } }
            ?? text.utf8.contains { $0 == 0xE2 || $0 == 0xD8 }
        guard mayHaveControl else { return }
        let controls = text.unicodeScalars.filter(VisibleText.isBidiControl)
        guard let first = controls.first else { return }
        let name = first.properties.name.map { " \($0)" } ?? ""
        context.warning(
            "\(path) contains \(VisibleText.codePoint(first))\(name)\(controls.count > 1 ? " and \(controls.count - 1) more" : ""), "
                + "a bidirectional control that changes how the text around it is shown; remove it", at: node)
    }

    /// `{en: "…", ko: "…"}`: the text in the loading language. Every translation is checked.
    func translatedText(_ mapping: Node.Mapping, node: Node, path: String) -> String? {
        let pairs = mapping.map { (language: $0.key.string ?? "", value: $0.value) }
        guard pairs.contains(where: { LoadOptions.isValidLanguage($0.language) }) else {
            context.error("expected a string for \(path), found a mapping", at: node)
            return nil
        }
        if let wrong = pairs.first(where: { !LoadOptions.isValidLanguage($0.language) }) {
            let key = mapping.first { $0.key.string == wrong.language }?.key ?? node
            context.error(
                "expected a string for \(path), or a map of language to text such as {en: …, ko: …};"
                    + " '\(wrong.language)' is not a language tag", at: key)
            return nil
        }
        var texts: [String?] = []
        for pair in pairs {
            context.noteLanguage(pair.language)
            texts.append(text(pair.value, path: "\(path).\(pair.language)"))
        }
        guard let chosen = LoadOptions.bestMatch(for: context.language, in: pairs.map(\.language)) else {
            return nil
        }
        context.record(path, at: pairs[chosen].value)
        if texts[chosen] == nil { context.noteEmptyTranslation(path, language: pairs[chosen].language, at: pairs[chosen].value) }
        return texts[chosen]
    }

    /// `{text: "…", tags: [ml]}`: a list item carrying tags.
    func taggedText(_ node: Node, path: String) -> String? {
        guard path.hasSuffix("]") else {
            context.error("expected a string for \(path); only entries and list items take tags", at: node)
            return nil
        }
        guard let item = MappingReader(node, path: path, context: context) else { return nil }
        defer { item.finish() }
        context.noteTags(item.strings("tags"))
        let text = item.require(item.string("text"), "text")
        if let textNode = item.value("text") { context.record(path, at: textNode) }
        return text
    }
}

/// The item kinds a list can hold besides plain text: `{text: "…", tags: […]}`.
enum TaggedText {
    static let keys: Set<String> = ["text", "tags"]
}

/// Which entries and list items `--tags` keeps: untagged ones, and those sharing a tag.
struct TagSelection {
    let wanted: Set<String>?

    init(_ wanted: Set<String>?) {
        self.wanted = wanted
    }

    func selects(_ item: Node) -> Bool {
        guard let wanted, case .mapping(let mapping) = item,
              let tags = mapping.first(where: { $0.key.string == "tags" })?.value,
              case .sequence(let list) = tags else { return true }
        let given = list.compactMap { $0.scalar?.string.trimmingWhitespace }
        return given.isEmpty || given.contains(where: wanted.contains)
    }
}

/// A link scheme no output ever links: it can run script or open local files.
package struct UnsafeLinkScheme {
    package let name: String

    static let names: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// The unsafe scheme `url` starts with, ignoring case and the spaces and control characters
    /// browsers skip (`java\tscript:`), or nil.
    package init?(_ url: String) {
        let letters = url.unicodeScalars.prefix { $0 != ":" }
            .filter { !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) }
        let name = String(String.UnicodeScalarView(letters)).lowercased()
        guard url.contains(":"), Self.names.contains(name) else { return nil }
        self.name = name
    }
}
