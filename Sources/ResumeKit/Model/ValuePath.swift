/// Where a value is in the résumé, as parts rather than text: the top-level key, the entry, the
/// field and the list item. Printed as the loader records it: `work[0].highlights[2]`.
struct ValuePath: Sendable, Hashable, CustomStringConvertible {
    /// `basics`, a section's key, or `meta`.
    var root: String
    /// The entry of a section.
    var index: Int?
    /// The field of the entry (or of `basics`).
    var field: String?
    /// The item of a list field.
    var item: Int?

    init(_ root: String, index: Int? = nil, field: String? = nil, item: Int? = nil) {
        self.root = root
        self.index = index
        self.field = field
        self.item = item
    }

    /// The section the value is in, if it is in one.
    var section: SectionKind? { SectionKind(rawValue: root) }

    /// The entry's own path (`work[0]`), without the field and item.
    var entry: ValuePath { ValuePath(root, index: index) }

    /// The path of `field` in this entry.
    func field(_ name: String) -> ValuePath { ValuePath(root, index: index, field: name) }

    /// The path of item `item` of this path's field.
    func item(_ item: Int) -> ValuePath { ValuePath(root, index: index, field: field, item: item) }

    var description: String {
        var text = root
        if let index { text += "[\(index)]" }
        if let field { text += ".\(field)" }
        if let item { text += "[\(item)]" }
        return text
    }
}
