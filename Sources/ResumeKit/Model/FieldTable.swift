/// One field of a section's entries, declared once: its key, where the model keeps it, what it
/// holds, its description for the schema, and the names JSON Resume documents give it.
///
/// The loader, the JSON Resume importer and exporter, the schema, the template context, the
/// shown text, the prose the fit engine and the rules read, and link checking all walk these
/// fields (`SectionFields`), so adding a field is one line in its section's table.
struct Field<Entry>: Sendable {
    /// Where the model keeps the value, typed so the compiler checks each field against its struct.
    enum Value: Sendable {
        case text(WritableKeyPath<Entry, String?> & Sendable)
        case list(WritableKeyPath<Entry, [String]> & Sendable)
        case date(WritableKeyPath<Entry, PartialDate?> & Sendable)
        /// `startDate` and `endDate`, read, checked and shown together.
        case period(start: WritableKeyPath<Entry, PartialDate?> & Sendable, end: WritableKeyPath<Entry, EndDate?> & Sendable)
    }

    /// What the field holds, and so how each format reads, writes and shows it.
    enum Kind: Sendable, Equatable {
        /// A short text: a name, a title, a place.
        case text
        /// A paragraph: the fit measures it, lint reads it as prose, an import turns markup into text.
        case prose
        /// A link target (http or https), shown shortened and linked.
        case link
        /// A list of words shown joined with commas (`keywords`, `roles`); an import splits text at commas.
        case keywords
        /// A list of items shown one by one (`courses`); an import splits text at commas.
        case items
        /// A list of paragraphs (`highlights`), each measured and read as prose.
        case proseItems
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case date
        /// `startDate` and `endDate`.
        case period
    }

    /// The key in the file: `summary`. A period's is `startDate` (its end is `endDate`).
    let key: String
    let value: Value
    let kind: Kind
    /// Shown on hover in an editor and in the schema.
    let description: String
    /// Names an imported JSON Resume document may give the field instead (older versions', other
    /// tools'); the import takes them under `key`, with a note.
    var formerly: [String] = []
    /// Values an editor offers while typing; the field is not limited to them.
    var examples: [String] = []
    /// The name templates read the value under, when it is not `key` (`publications[].date`).
    var templateName: String?
    /// Whether the output can show the value; `basics.image` is kept for JSON Resume, never shown.
    var isShown = true

    /// Whether the fit measures the field and lint reads it as prose.
    var isProse: Bool { kind == .prose || kind == .proseItems }
}

extension Field {
    /// This field, kept but never shown.
    var notShown: Field {
        var field = self
        field.isShown = false
        return field
    }

    static func text(
        _ key: String, _ path: WritableKeyPath<Entry, String?> & Sendable, _ description: String,
        formerly: [String] = [], examples: [String] = []
    ) -> Field {
        Field(key: key, value: .text(path), kind: .text, description: description, formerly: formerly, examples: examples)
    }

    static func prose(
        _ key: String, _ path: WritableKeyPath<Entry, String?> & Sendable, _ description: String, formerly: [String] = []
    ) -> Field {
        Field(key: key, value: .text(path), kind: .prose, description: description, formerly: formerly)
    }

    /// `url`, the entry's website.
    static func link(
        _ path: WritableKeyPath<Entry, String?> & Sendable, key: String = "url",
        description: String = "Its website (http or https)"
    ) -> Field {
        Field(key: key, value: .text(path), kind: .link, description: description)
    }

    static func keywords(_ key: String, _ path: WritableKeyPath<Entry, [String]> & Sendable, _ description: String) -> Field {
        Field(key: key, value: .list(path), kind: .keywords, description: description)
    }

    static func items(_ key: String, _ path: WritableKeyPath<Entry, [String]> & Sendable, _ description: String) -> Field {
        Field(key: key, value: .list(path), kind: .items, description: description)
    }

    static func proseItems(_ key: String, _ path: WritableKeyPath<Entry, [String]> & Sendable, _ description: String) -> Field {
        Field(key: key, value: .list(path), kind: .proseItems, description: description)
    }

    static func date(
        _ key: String, _ path: WritableKeyPath<Entry, PartialDate?> & Sendable, _ description: String,
        templateName: String? = nil
    ) -> Field {
        Field(
            key: key, value: .date(path), kind: .date, description: description,
            examples: PeriodKeys.dateExamples, templateName: templateName)
    }

    /// `startDate` and `endDate`.
    static func period(
        _ start: WritableKeyPath<Entry, PartialDate?> & Sendable, _ end: WritableKeyPath<Entry, EndDate?> & Sendable
    ) -> Field {
        Field(key: PeriodKeys.start, value: .period(start: start, end: end), kind: .period, description: PeriodKeys.startDescription)
    }
}

/// The two keys of a period, the same in every section, and what the schema says of them.
enum PeriodKeys {
    static let start = "startDate"
    static let end = "endDate"
    static let startDescription = "When it started: YYYY, YYYY-MM or YYYY-MM-DD"
    static let endDescription = "When it ended: YYYY, YYYY-MM, YYYY-MM-DD or present; leave it out while it goes on"
    static let dateExamples = ["2019-05", "2019", "2019-05-14"]
    static let endExamples = dateExamples + ["present"]
}

/// One section's table: the section, how the schema describes it, and its entries' fields in the
/// order files list them.
struct SectionFields<Entry: Sendable & Equatable>: Sendable {
    let section: SectionKind
    /// Where the résumé keeps the section's entries.
    let entries: WritableKeyPath<Resume, [Entry]> & Sendable
    /// An entry with nothing in it, to start reading one from.
    let empty: Entry
    /// Shown on hover over the section's key.
    let description: String
    /// Shown on hover over one entry.
    let entryDescription: String
    let fields: [Field<Entry>]
    /// The field a plain string fills when an imported document gives an entry as text
    /// (`"skills": ["Python"]`), or nil when entries are always objects.
    var fromText: (WritableKeyPath<Entry, String?> & Sendable)?

    /// This table, its entries also read from a plain string into `field` by an import.
    func fromText(_ field: WritableKeyPath<Entry, String?> & Sendable) -> Self {
        var table = self
        table.fromText = field
        return table
    }

    /// The section's key in the file: `work`.
    var key: String { section.rawValue }

    /// The start and end of the entries' period, if they have one.
    var period: (start: WritableKeyPath<Entry, PartialDate?> & Sendable, end: WritableKeyPath<Entry, EndDate?> & Sendable)? {
        for field in fields { if case .period(let start, let end) = field.value { return (start, end) } }
        return nil
    }
}

/// Something that does the same thing with every section's table, whatever its entry type.
protocol SectionVisitor {
    mutating func visit<Entry>(_ table: SectionFields<Entry>)
}

extension SectionKind {
    /// Calls `visitor` with this section's table: the one place that pairs a section with its type.
    func visit<Visitor: SectionVisitor>(_ visitor: inout Visitor) {
        switch self {
        case .education: visitor.visit(SectionTables.education)
        case .work: visitor.visit(SectionTables.work)
        case .projects: visitor.visit(SectionTables.projects)
        case .awards: visitor.visit(SectionTables.awards)
        case .researchInterests: visitor.visit(SectionTables.researchInterests)
        case .teaching: visitor.visit(SectionTables.teaching)
        case .skills: visitor.visit(SectionTables.skills)
        case .volunteer: visitor.visit(SectionTables.volunteer)
        case .publications: visitor.visit(SectionTables.publications)
        case .certificates: visitor.visit(SectionTables.certificates)
        case .languages: visitor.visit(SectionTables.languages)
        case .interests: visitor.visit(SectionTables.interests)
        case .references: visitor.visit(SectionTables.references)
        }
    }

    /// Calls `visitor` with each section's table in `sections`' order.
    static func visit<Visitor: SectionVisitor>(_ sections: some Sequence<SectionKind>, _ visitor: inout Visitor) {
        for section in sections { section.visit(&visitor) }
    }
}
