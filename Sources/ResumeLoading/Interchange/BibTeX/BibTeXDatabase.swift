import ResumeModel

/// One entry of a BibTeX file: `@article{key, title = {…}, …}`, its values with macros expanded
/// and `#` joined, still in LaTeX (``LaTeXText`` turns them into text).
struct BibTeXEntry: Sendable, Equatable {
    /// The entry type, lowercased: `article`, `inproceedings`.
    var type: String
    /// The citation key, as written.
    var key: String
    /// Where the `@` is.
    var location: SourceLocation
    /// The fields in file order.
    var fields: [BibTeXField]

    /// The value of the field `name` (any case), or nil.
    subscript(name: String) -> String? {
        field(name)?.value
    }

    /// The field `name` (any case), or nil.
    func field(_ name: String) -> BibTeXField? {
        let lowered = name.lowercased()
        return fields.first { $0.name == lowered }
    }
}

/// One `name = value` of an entry.
struct BibTeXField: Sendable, Equatable {
    /// The field name, lowercased: `title`.
    var name: String
    /// The value without its outer braces or quotes, macros expanded and pieces joined; inner
    /// braces are kept, since they protect words (`{BERT}`) and group names.
    var value: String
    /// Where the value starts.
    var location: SourceLocation
}

/// What a BibTeX file holds: its entries, and every problem found reading it.
struct BibTeXDatabase: Sendable {
    var entries: [BibTeXEntry]
    /// Errors (the file is not valid BibTeX) in file order.
    var diagnostics: [Diagnostic]
}
