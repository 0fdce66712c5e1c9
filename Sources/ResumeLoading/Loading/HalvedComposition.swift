import Foundation
import ResumeSupport
import Yams

/// Composes a long YAML document in two halves at once, one on each core: a long résumé's
/// loading is the one step nothing else can run beside. The document is cut before a top-level
/// key, or before an item of a top-level key's block sequence, at the cut nearest its middle;
/// each half is composed on its own with the lines before it left blank, so every node keeps
/// its line and column, and the two mappings (and the sequence cut in two) are joined into the
/// node the whole document composes to.
///
/// Whenever the halves cannot stand for the whole — a half that does not compose (an alias of
/// an anchor in the other half, a quoted or flow value the cut falls inside), a key in both
/// halves, a document with directives or several documents — the whole document is composed as
/// before, so its node, or the error it is refused with, is the same.
enum HalvedComposition {
    /// Documents shorter than this are composed whole: starting a thread costs more than it saves.
    static let minimumLength = 32 * 1024

    /// The node the document composes to, as `YAMLDocument.compose` makes it.
    static func compose(_ yaml: String) throws -> Node? {
        guard yaml.utf8.count >= minimumLength, let halved = halved(yaml) else { return try YAMLDocument.compose(yaml) }
        return halved
    }

    /// The node the document composes to, from its halves; nil when it has no cut or the halves
    /// do not stand for it.
    static func halved(_ yaml: String) -> Node? {
        guard let cut = DocumentCut.middle(of: yaml) else { return nil }
        return join(cut, [cut.firstHalf(of: yaml), cut.secondHalf(of: yaml)].concurrentMap(composeHalf).map(\.mapping))
    }

    /// A half's root mapping, or nil when it does not compose to one.
    @Sendable private static func composeHalf(_ text: String) -> ComposedHalf {
        ComposedHalf(mapping: (try? YAMLDocument.compose(text))?.mapping)
    }

    /// A half's nodes, made on one thread and read on another only once they are made.
    private struct ComposedHalf: @unchecked Sendable {
        var mapping: Node.Mapping?
    }

    /// The whole document's root mapping from its halves', or nil when they do not make one.
    private static func join(_ cut: DocumentCut, _ halves: [Node.Mapping?]) -> Node? {
        guard let first = halves[0], let second = halves[1] else { return nil }
        var pairs = Array(first)
        var rest = Array(second)[...]
        if let key = cut.sequenceKey {
            // The sequence cut in two: its first items end the first half, the others begin
            // the second, under the same key.
            guard let (lastKey, firstItems) = pairs.popLast(), lastKey.string == key,
                let head = firstItems.sequence, let (againKey, lastItems) = rest.popFirst(), againKey.string == key,
                let tail = lastItems.sequence
            else { return nil }
            let items = Node.Sequence(Array(head) + Array(tail), head.tag, head.style, head.mark, head.anchor)
            pairs.append((lastKey, .sequence(items)))
        }
        pairs += rest
        // A key in both halves is the whole document's duplicate, which it is refused for.
        guard Set(pairs.map(\.key)).count == pairs.count else { return nil }
        return .mapping(Node.Mapping(pairs.map { ($0.key, $0.value) }, first.tag, first.style, first.mark, first.anchor))
    }
}

/// Where a YAML document is cut in two: before the line `line` (1-based) at `offset` (in UTF-8
/// bytes), and, when that line is an item of a top-level key's block sequence, that key.
struct DocumentCut: Equatable {
    var offset: Int
    var line: Int
    var sequenceKey: String?

    /// The text before the cut.
    func firstHalf(of yaml: String) -> String {
        String(decoding: yaml.utf8.prefix(offset), as: UTF8.self)
    }

    /// The text from the cut on, after as many lines as the first half has, blank but for the
    /// sequence's key on the first: each node is where it is in the whole document.
    func secondHalf(of yaml: String) -> String {
        let rest = String(decoding: yaml.utf8.dropFirst(offset), as: UTF8.self)
        guard let sequenceKey else { return String(repeating: "\n", count: line - 1) + rest }
        return sequenceKey + ":" + String(repeating: "\n", count: line - 1) + rest
    }

    /// The cut nearest the middle of `yaml`, or nil when it has none or is not one plain
    /// document: a line starting `%` (a directive), `---` or `...` (a document's bounds).
    static func middle(of yaml: String) -> DocumentCut? {
        var cuts: [DocumentCut] = []
        let bytes = Array(yaml.utf8)
        var lineStart = 0
        var line = 1
        // The top-level key whose value starts on a later line, and the indentation of its
        // sequence's items once its first line shows it is one.
        var openKey: String?
        var itemIndent: Int?
        var awaitingFirstLine = false
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let text = bytes[lineStart..<lineEnd]
            if text.starts(with: "%".utf8) || text.starts(with: "---".utf8) || text.starts(with: "...".utf8) { return nil }
            let indent = text.prefix { $0 == UInt8(ascii: " ") }.count
            let content = text.dropFirst(indent)
            let isBlank = content.isEmpty || content.first == UInt8(ascii: "#") || content.first == UInt8(ascii: "\r")
            if !isBlank {
                if indent == 0, !isItem(content) {
                    // A top-level key, or a line that ends every sequence the cut looks into.
                    let key = topLevelKey(content)
                    if key != nil, line > 1 { cuts.append(DocumentCut(offset: lineStart, line: line, sequenceKey: nil)) }
                    openKey = key?.opensValue == true ? key?.key : nil
                    itemIndent = nil
                    awaitingFirstLine = openKey != nil
                } else if isItem(content) {
                    if awaitingFirstLine {
                        itemIndent = indent
                    } else if let openKey, indent == itemIndent {
                        cuts.append(DocumentCut(offset: lineStart, line: line, sequenceKey: openKey))
                    }
                    awaitingFirstLine = false
                } else {
                    awaitingFirstLine = false
                }
            }
            lineStart = lineEnd + 1
            line += 1
        }
        let middle = bytes.count / 2
        return cuts.min { abs($0.offset - middle) < abs($1.offset - middle) }
    }

    /// The key of a top-level line `key:` (ASCII letters and digits, `_` and `-`, starting with a
    /// letter or digit) and whether its value starts on a later line (nothing but a comment
    /// follows the colon).
    private static func topLevelKey(_ line: ArraySlice<UInt8>) -> (key: String, opensValue: Bool)? {
        guard let first = line.first, first.isASCIIAlphanumeric,
            let colon = line.firstIndex(where: { !($0.isASCIIAlphanumeric || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")) }),
            line[colon] == UInt8(ascii: ":")
        else { return nil }
        let after = line[(colon + 1)...]
        guard after.isEmpty || after.first == UInt8(ascii: " ") || after.first == UInt8(ascii: "\r") else { return nil }
        let value = after.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }
        return (String(decoding: line[..<colon], as: UTF8.self), value.isEmpty || value.first == UInt8(ascii: "#"))
    }

    /// Whether a line's content, after its indentation, starts a block sequence's item.
    private static func isItem(_ content: ArraySlice<UInt8>) -> Bool {
        guard content.first == UInt8(ascii: "-") else { return false }
        let next = content.dropFirst().first
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\r")
    }
}

