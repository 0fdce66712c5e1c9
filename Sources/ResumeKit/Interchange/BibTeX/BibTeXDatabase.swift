/// One entry of a BibTeX file: `@article{key, title = {…}, …}`, its values with macros expanded
/// and `#` joined, still in LaTeX (``LaTeXText`` turns them into text).
public struct BibTeXEntry: Sendable, Equatable {
    /// The entry type, lowercased: `article`, `inproceedings`.
    public var type: String
    /// The citation key, as written.
    public var key: String
    /// Where the `@` is.
    public var location: SourceLocation
    /// The fields in file order.
    public var fields: [BibTeXField]

    /// The value of the field `name` (any case), or nil.
    public subscript(name: String) -> String? {
        field(name)?.value
    }

    /// The field `name` (any case), or nil.
    public func field(_ name: String) -> BibTeXField? {
        let lowered = name.lowercased()
        return fields.first { $0.name == lowered }
    }
}

/// One `name = value` of an entry.
public struct BibTeXField: Sendable, Equatable {
    /// The field name, lowercased: `title`.
    public var name: String
    /// The value without its outer braces or quotes, macros expanded and pieces joined; inner
    /// braces are kept, since they protect words (`{BERT}`) and group names.
    public var value: String
    /// Where the value starts.
    public var location: SourceLocation
}

/// What a BibTeX file holds: its entries, and every problem found reading it.
public struct BibTeXDatabase: Sendable {
    public var entries: [BibTeXEntry]
    /// Errors (the file is not valid BibTeX) in file order.
    public var diagnostics: [Diagnostic]
}
