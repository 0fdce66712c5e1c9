/// One field of a section's entries, declared once: its key, where the model keeps it, what it
/// holds, its description for the schema, and the names JSON Resume documents give it.
///
/// The loader, the JSON Resume importer and exporter, the schema, the template context, the
/// shown text, the prose the fit engine and the rules read, and link checking all walk these
/// fields (`SectionFields`), so adding a field is one line in its section's table.
package struct Field<Entry>: Sendable {
    /// Where the model keeps the value, typed so the compiler checks each field against its struct.
    package enum Value: Sendable {
        case text(Accessor<Entry, String?>)
        case list(Accessor<Entry, [String]>)
        case date(Accessor<Entry, PartialDate?>)
        /// `startDate` and `endDate`, read, checked and shown together.
        case period(start: Accessor<Entry, PartialDate?>, end: Accessor<Entry, EndDate?>)
    }

    /// What the field holds, and so how each format reads, writes and shows it.
    public enum Kind: Sendable, Equatable {
        /// A short text: a name, a title, a place.
        case text
        /// A word that says what sort of thing an entry is (`talk`, `Advanced`): shown as a label,
        /// in the résumé's language when it is a word the labels know, else with a capital.
        case label
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
    package let key: String
    package let value: Value
    package let kind: Kind
    /// Shown on hover in an editor and in the schema.
    public let description: String
    /// Names an imported JSON Resume document may give the field instead (older versions', other
    /// tools'); the import takes them under `key`, with a note.
    package var formerly: [String] = []
    /// Values an editor offers while typing; the field is not limited to them.
    package var examples: [String] = []
    /// The name templates read the value under, when it is not `key` (`publications[].date`).
    package var templateName: String?
    /// Whether the output can show the value; `basics.image` is kept for JSON Resume, never shown.
    package var isShown = true

    /// Whether the fit measures the field and lint reads it as prose.
    package var isProse: Bool { kind == .prose || kind == .proseItems }
}

extension Field {
    /// This field, kept but never shown.
    var notShown: Field {
        var field = self
        field.isShown = false
        return field
    }

    static func text(
        _ key: String, _ path: @escaping Access<Entry, String?>, _ description: String,
        formerly: [String] = [], examples: [String] = []
    ) -> Field {
        Field(key: key, value: .text(Accessor(path)), kind: .text, description: description, formerly: formerly, examples: examples)
    }

    static func label(
        _ key: String, _ path: @escaping Access<Entry, String?>, _ description: String, examples: [String] = []
    ) -> Field {
        Field(key: key, value: .text(Accessor(path)), kind: .label, description: description, examples: examples)
    }

    static func prose(
        _ key: String, _ path: @escaping Access<Entry, String?>, _ description: String, formerly: [String] = []
    ) -> Field {
        Field(key: key, value: .text(Accessor(path)), kind: .prose, description: description, formerly: formerly)
    }

    /// `url`, the entry's website.
    package static func link(
        _ path: @escaping Access<Entry, String?>, key: String = "url",
        description: String = "Its website (http or https)"
    ) -> Field {
        Field(key: key, value: .text(Accessor(path)), kind: .link, description: description)
    }

    static func keywords(_ key: String, _ path: @escaping Access<Entry, [String]>, _ description: String) -> Field {
        Field(key: key, value: .list(Accessor(path)), kind: .keywords, description: description)
    }

    static func items(_ key: String, _ path: @escaping Access<Entry, [String]>, _ description: String) -> Field {
        Field(key: key, value: .list(Accessor(path)), kind: .items, description: description)
    }

    static func proseItems(_ key: String, _ path: @escaping Access<Entry, [String]>, _ description: String) -> Field {
        Field(key: key, value: .list(Accessor(path)), kind: .proseItems, description: description)
    }

    static func date(
        _ key: String, _ path: @escaping Access<Entry, PartialDate?>, _ description: String,
        templateName: String? = nil
    ) -> Field {
        Field(
            key: key, value: .date(Accessor(path)), kind: .date, description: description,
            examples: PeriodKeys.dateExamples, templateName: templateName)
    }

    /// `startDate` and `endDate`.
    package static func period(
        _ start: @escaping Access<Entry, PartialDate?>, _ end: @escaping Access<Entry, EndDate?>
    ) -> Field {
        Field(key: PeriodKeys.start, value: .period(start: Accessor(start), end: Accessor(end)), kind: .period, description: PeriodKeys.startDescription)
    }
}

/// Hands a value of `Root` to `body` to read or change: `{ $1(&$0.summary) }`. (A key path would
/// read better, but key paths are built at run time: the tables' added 7% to the instructions of
/// `resume lint examples/cv.yaml`.)
@usableFromInline package typealias Access<Root, Value> = @Sendable (inout Root, (inout Value) -> Void) -> Void

/// Reads and writes one stored property of `Root`, checked by the compiler like a key path.
///
/// Inlinable, so that the walkers in other targets (the loader, the template context, the shown
/// text) read fields through code specialised for their types: unspecialised, each read looked
/// up `Optional<Value>`'s metadata at run time, a fifth of the LaTeX rendering's instructions.
/// (A `package` type's inlinable methods are specialised across targets only when the type, and
/// the types they use, are also `@usableFromInline`.)
@usableFromInline package struct Accessor<Root, Value>: Sendable {
    @usableFromInline let access: Access<Root, Value>

    @usableFromInline init(_ access: @escaping Access<Root, Value>) {
        self.access = access
    }

    /// The value in `root`.
    @inlinable package func callAsFunction(_ root: Root) -> Value {
        var copy = root
        return get(&copy)
    }

    /// The value in `root`, read in place: a walker reading several fields of one entry copies
    /// the entry once, not once a field.
    @inlinable package func get(_ root: inout Root) -> Value {
        var value: Value?
        access(&root) { value = $0 }
        return value!
    }

    /// Sets the value in `root`.
    @inlinable package func set(_ root: inout Root, _ newValue: Value) {
        access(&root) { $0 = newValue }
    }
}

/// The two keys of a period, the same in every section, and what the schema says of them.
package enum PeriodKeys {
    package static let start = "startDate"
    package static let end = "endDate"
    package static let startDescription = "When it started: YYYY, YYYY-MM or YYYY-MM-DD"
    package static let endDescription = "When it ended: YYYY, YYYY-MM, YYYY-MM-DD or present; leave it out while it goes on"
    package static let dateExamples = ["2019-05", "2019", "2019-05-14"]
    package static let endExamples = dateExamples + ["present"]
}

/// One section's table: the section, how the schema describes it, and its entries' fields in the
/// order files list them.
@usableFromInline package struct SectionFields<Entry: Sendable>: Sendable {
    package let section: SectionKind
    /// Where the résumé keeps the section's entries.
    package let entries: Accessor<Resume, [Entry]>
    /// An entry with nothing in it, to start reading one from.
    package let empty: Entry
    /// Whether an entry has nothing in it. (A closure rather than an `Equatable` requirement on
    /// `Entry`, which the runtime would check, at a cost, each time it makes a table's type.)
    package let isEmpty: @Sendable (Entry) -> Bool
    /// Shown on hover over the section's key.
    public let description: String
    /// Shown on hover over one entry.
    package let entryDescription: String
    package let fields: [Field<Entry>]
    /// The entry's `new-page` and `keep-together` keys, which every section's entries may carry.
    package let pageBreak: Accessor<Entry, PageBreak>
    /// The field a plain string fills when an imported document gives an entry as text
    /// (`"skills": ["Python"]`), or nil when entries are always objects.
    package var fromText: Accessor<Entry, String?>?
    /// The key of the field an entry is headed by, then the keys that stand in for it, in order,
    /// when it is empty: a job with no company is headed by its position rather than by nothing
    /// (and ", Contractor"). Empty when the section has no such heading.
    package var titleKeys: [String] = []

    init(
        section: SectionKind, entries: Accessor<Resume, [Entry]>, empty: Entry, description: String,
        entryDescription: String, fields: [Field<Entry>]
    ) where Entry: SectionEntry {
        self.section = section
        self.pageBreak = Accessor { $1(&$0.pageBreak) }
        self.entries = entries
        self.empty = empty
        // Page-break keys are not content: an entry of only those shows nothing.
        self.isEmpty = { entry in
            var entry = entry
            entry.pageBreak = PageBreak()
            return entry == empty
        }
        self.description = description
        self.entryDescription = entryDescription
        self.fields = fields
    }

    /// This table, its entries also read from a plain string into `field` by an import.
    package func fromText(_ field: @escaping Access<Entry, String?>) -> Self {
        var table = self
        table.fromText = Accessor(field)
        return table
    }

    /// This table, its entries headed by the first of `keys` that has a value.
    func titled(by keys: String...) -> Self {
        var table = self
        table.titleKeys = keys
        return table
    }

    /// The section's key in the file: `work`.
    package var key: String { section.rawValue }

    /// The start and end of the entries' period, if they have one.
    package var period: (start: Accessor<Entry, PartialDate?>, end: Accessor<Entry, EndDate?>)? {
        for field in fields { if case .period(let start, let end) = field.value { return (start, end) } }
        return nil
    }
}

/// Something that does the same thing with every section's table, whatever its entry type.
@usableFromInline package protocol SectionVisitor {
    mutating func visit<Entry>(_ table: SectionFields<Entry>)
}

extension SectionKind {
    /// Calls `visitor` with this section's table: the one place that pairs a section with its type.
    @inlinable package func visit<Visitor: SectionVisitor>(_ visitor: inout Visitor) {
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
    @inlinable package static func visit<Visitor: SectionVisitor>(_ sections: some Sequence<SectionKind>, _ visitor: inout Visitor) {
        for section in sections { section.visit(&visitor) }
    }
}
