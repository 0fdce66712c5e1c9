import ResumeModel
import ResumeSupport

/// What the schema says about one section: the section itself, one of its entries, and the
/// entry's fields, in the order the loader reads them.
struct SectionSchema {
    let section: SectionKind
    /// Shown on hover over the section's key.
    let description: String
    /// Shown on hover over one entry.
    let entryDescription: String
    let fields: [SchemaField]

    /// The name of the entry's definition: `workEntry`.
    var definitionName: String { "\(section.rawValue)Entry" }

    /// The entry: its fields plus `tags` and the page-break keys, nothing else.
    var entrySchema: JSONValue {
        var properties = SchemaField.properties(fields + SchemaField.pageBreakFields)
        properties["tags"] = SchemaDefinitions.tags
        return JSONSchema.object(entryDescription, properties: properties, nullable: false)
    }

    /// The section: a list of entries; `publications` may instead name a BibTeX file.
    var sectionSchema: JSONValue {
        let list = JSONSchema.list(description, of: JSONSchema.ref(definitionName))
        guard section == .publications else { return list }
        return ["description": .string(description), "oneOf": [list, Self.bibliography]]
    }

    /// `publications: {bib, keys, highlight}`, which `BibliographyReader` reads.
    static let bibliography = JSONSchema.object(
        "Publications read from a BibTeX file when the résumé loads",
        properties: [
            "bib": SchemaField("bib", .text, "The .bib file, relative to this résumé's folder").schema,
            "keys": SchemaField("keys", .list, "The citation keys to show, in this order (default: every entry, newest first)").schema,
            "highlight": SchemaField("highlight", .text, "The author to show in bold, written as the .bib's entries write the name: usually you").schema,
        ],
        required: ["bib"], nullable: false)

    init(_ section: SectionKind) {
        var reader = SchemaReader()
        section.visit(&reader)
        self = reader.schema!
    }

    init<Entry>(_ table: SectionFields<Entry>) {
        section = table.section
        description = table.description
        entryDescription = table.entryDescription
        fields = SchemaField.fields(table.fields)
    }
}

extension SchemaField {
    /// The schema's fields for a table's fields; a period is two, `startDate` and `endDate`.
    static func fields<Entry>(_ fields: [Field<Entry>]) -> [SchemaField] {
        fields.flatMap { field -> [SchemaField] in
            switch field.kind {
            case .text, .label, .prose, .link:
                [SchemaField(field.key, .text, field.description, examples: field.examples)]
            case .keywords, .items, .proseItems:
                [SchemaField(field.key, .list, field.description, examples: field.examples)]
            case .date:
                [SchemaField(field.key, .date, field.description, examples: field.examples)]
            case .period:
                [
                    SchemaField(PeriodKeys.start, .date, PeriodKeys.startDescription),
                    SchemaField(PeriodKeys.end, .endDate, PeriodKeys.endDescription),
                ]
            }
        }
    }
}

extension SchemaField {
    /// `new-page` and `keep-together`, which sections and entries may carry.
    static var pageBreakFields: [SchemaField] {
        PageBreak.keys.map { SchemaField($0.name, .flag, $0.description) }
    }
}

/// The schema of whichever section visits it.
private struct SchemaReader: SectionVisitor {
    var schema: SectionSchema?

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        schema = SectionSchema(table)
    }
}
