import Foundation
import Yams

/// Reads the fields of one YAML mapping into typed values, recording each value's location and
/// reporting wrong types; `finish()` then reports the keys nobody asked for.
///
/// The keys a reader is asked for are the keys it knows, so unknown-key suggestions come from the
/// same code that reads the fields.
final class MappingReader {
    let path: String
    let node: Node
    private let pairs: [(key: String, keyNode: Node, value: Node)]
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
        context.record(path, at: node)
    }

    /// The path of a key within this mapping: `work[0].position`.
    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The value node for `key`, marking the key as known. Null values count as absent.
    func value(_ key: String) -> Node? {
        knownKeys.append(key)
        guard let value = pairs.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        context.record(childPath(key), at: value)
        return value
    }

    func string(_ key: String) -> String? {
        value(key).flatMap { text($0, path: childPath(key)) }
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

    /// A list of mappings, each read by `read`.
    func entries<T>(_ key: String, _ read: (MappingReader) -> T) -> [T] {
        list(key) { node, path in
            guard let reader = MappingReader(node, path: path, context: context) else { return nil }
            defer { reader.finish() }
            return read(reader)
        }
    }

    /// A list whose items are read by `read`; items it rejects are left out (with their error reported).
    func list<T>(_ key: String, _ read: (Node, String) -> T?) -> [T] {
        guard let node = value(key) else { return [] }
        let path = childPath(key)
        guard case .sequence(let sequence) = node else {
            context.error("expected a list for \(path), found \(node.kindDescription)", at: node)
            return []
        }
        return sequence.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            context.record(itemPath, at: item)
            return read(item, itemPath)
        }
    }

    /// A scalar as text; numbers and the like are kept as written. Blank text counts as absent.
    func text(_ node: Node, path: String) -> String? {
        guard case .scalar(let scalar) = node else {
            context.error("expected a string for \(path), found \(node.kindDescription)", at: node)
            return nil
        }
        let trimmed = scalar.string.trimmingWhitespace
        return trimmed.isEmpty || scalar.isNull ? nil : trimmed
    }

    /// Reports a missing required key at this mapping.
    func require<T>(_ value: T?, _ key: String) -> T? {
        guard value == nil else { return value }
        let given = pairs.first { $0.key == key }?.value
        if given == nil || given?.isNull == true {
            context.error("missing required key '\(key)' in \(path)", at: node)
        } else if let given, given.scalar != nil {
            context.error("\(childPath(key)) is empty", at: given)
        }  // otherwise it had the wrong type, already reported
        return nil
    }

    /// Reports every key that was never asked for, with the closest known key as a suggestion.
    func finish() {
        for pair in pairs where !knownKeys.contains(pair.key) {
            let place = path.isEmpty ? "at the top level" : "in \(path)"
            var message = "unknown key '\(pair.key)' \(place)"
            if let suggestion = KeySuggestion.suggest(for: pair.key, among: knownKeys) {
                message += "; did you mean '\(suggestion)'?"
            }
            context.error(message, at: pair.keyNode)
        }
    }
}
