/// How the pages of the typeset résumé may break around a section or an entry: the keys
/// `new-page` and `keep-together`, which a `meta.sections` item and any entry may carry.
///
/// The built-in LaTeX themes turn them into TeX penalties (`\cvnewpage`, `\cvtogether`), which
/// the fit engine models exactly; HTML turns them into CSS `break-before` and `break-inside`.
public struct PageBreak: Sendable, Equatable {
    /// Start on a new page.
    package var newPage: Bool
    /// Never break a page inside it.
    package var keepTogether: Bool

    public init(newPage: Bool = false, keepTogether: Bool = false) {
        self.newPage = newPage
        self.keepTogether = keepTogether
    }

    /// One key: its name in the file, what the schema says of it, and where the model keeps it.
    package struct Key: Sendable {
        package let name: String
        public let description: String
        package let value: WritableKeyPath<PageBreak, Bool> & Sendable
        /// The name templates read the key under: `newPage` for `new-page`; made once, as every
        /// entry's template record asks for it.
        package let templateName: String

        init(name: String, description: String, value: WritableKeyPath<PageBreak, Bool> & Sendable) {
            self.name = name
            self.description = description
            self.value = value
            let words = name.split(separator: "-")
            templateName = words.enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
        }
    }

    package static let newPageKey = Key(name: "new-page", description: "true starts it on a new page", value: \.newPage)
    static let keepTogetherKey = Key(
        name: "keep-together", description: "true keeps it on one page: no page break inside it", value: \.keepTogether)

    /// The keys, in the order files list them: read by the loader, described by the schema and
    /// given to templates.
    package static let keys = [newPageKey, keepTogetherKey]
}

/// An entry of a section: whatever its fields, it may carry page-break keys.
package protocol SectionEntry: Sendable, Equatable {
    var pageBreak: PageBreak { get set }
}
