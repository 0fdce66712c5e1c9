/// Where a value is in the résumé, as parts rather than text: the top-level key, the entry, the
/// field, the list item and a key inside the item. Printed as the loader records it:
/// `work[0].highlights[2]`, `basics.profiles[1].url`, `meta.layout.fontSize`.
public struct ValuePath: Sendable, Hashable, CustomStringConvertible {
    /// `basics`, a section's key, or `meta`.
    public var root: String
    /// The entry of a section.
    public var index: Int?
    /// The field of the entry (or of `basics` or `meta`).
    public var field: String?
    /// The item of a list field.
    public var item: Int?
    /// A key of the field's item (`url` of a profile) or of the field (`fontSize` of `meta.layout`).
    public var key: String?

    public init(_ root: String, index: Int? = nil, field: String? = nil, item: Int? = nil, key: String? = nil) {
        self.root = root
        self.index = index
        self.field = field
        self.item = item
        self.key = key
    }

    /// The section the value is in, if it is in one.
    package var section: SectionKind? { SectionKind(rawValue: root) }

    /// The entry's own path (`work[0]`), without the field and item.
    public var entry: ValuePath { ValuePath(root, index: index) }

    /// The path of `field` in this entry.
    public func field(_ name: String) -> ValuePath { ValuePath(root, index: index, field: name) }

    /// The path of item `item` of this path's field.
    public func item(_ item: Int) -> ValuePath { ValuePath(root, index: index, field: field, item: item) }

    /// The path of `name` inside this path's item or field.
    public func key(_ name: String) -> ValuePath { ValuePath(root, index: index, field: field, item: item, key: name) }

    public var description: String {
        var text = root
        if let index { text += "[\(index)]" }
        if let field { text += ".\(field)" }
        if let item { text += "[\(item)]" }
        if let key { text += ".\(key)" }
        return text
    }
}

extension ValuePath {
    /// The path a printed one stands for, for values that parts of the fit and the renderer still
    /// hand over as text (`FitItem.path`, `PageBreakDefect.path`). Always prints back as `text`: a text
    /// of another shape is kept whole as the root.
    public init(parsing text: String) {
        self.init(text)
        var rest = Substring(text)
        func name() -> String? {
            let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
            defer { rest = rest[end...] }
            return rest[..<end].isEmpty ? nil : String(rest[..<end])
        }
        func number() -> Int? {
            guard rest.first == "[", let close = rest.firstIndex(of: "]"), let value = Int(rest.dropFirst().prefix(upTo: close)) else {
                return nil
            }
            rest = rest[rest.index(after: close)...]
            return value
        }
        func dotted() -> String? {
            guard rest.first == "." else { return nil }
            rest = rest.dropFirst()
            return name()
        }
        guard let root = name() else { return }
        let parsed = ValuePath(root, index: number(), field: dotted(), item: number(), key: dotted())
        if rest.isEmpty, parsed.description == text { self = parsed }
    }
}
