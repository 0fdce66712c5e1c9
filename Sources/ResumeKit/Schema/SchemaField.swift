import ResumeModel
import ResumeSupport

/// One key of a mapping in the résumé — its name, what the loader reads there, and the short
/// description an editor shows on hover.
struct SchemaField {
    /// What a field holds, as the loader reads it.
    enum Kind {
        /// Text, or the same text in several languages (`{en: …, ko: …}`); may be left empty.
        case text
        /// Text that must be given and not be blank.
        case requiredText
        /// A single word or code, such as a locale or a theme name: never in several languages.
        case word
        /// A list of text; each item may carry tags (`{text: …, tags: […]}`).
        case list
        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case date
        /// A date, or `present` in any case.
        case endDate
        /// `true` or `false`.
        case flag
    }

    let name: String
    let kind: Kind
    let description: String
    /// Values an editor offers while typing; the field is not limited to them.
    var examples: [String] = []

    init(_ name: String, _ kind: Kind, _ description: String, examples: [String] = []) {
        self.name = name
        self.kind = kind
        self.description = description
        self.examples = examples.isEmpty ? Self.examples(of: kind) : examples
    }

    /// What an editor offers for a date: the three precisions, and `present` for an end.
    private static func examples(of kind: Kind) -> [String] {
        switch kind {
        case .date: PeriodKeys.dateExamples
        case .endDate: PeriodKeys.endExamples
        case .text, .requiredText, .word, .list, .flag: []
        }
    }

    var schema: JSONValue {
        guard case .object(var members) = kindSchema else { return kindSchema }
        if !examples.isEmpty { members["examples"] = .array(examples.map(JSONValue.string)) }
        return .object(members)
    }

    /// The `properties` of a mapping made of these fields.
    static func properties(_ fields: [SchemaField]) -> [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.schema) })
    }
}

private extension SchemaField {
    var kindSchema: JSONValue {
        let description = JSONValue.string(description)
        switch kind {
        case .text:
            return JSONSchema.oneOf(self.description, [SchemaDefinitions.scalar, SchemaDefinitions.languageMap])
        case .requiredText:
            return JSONSchema.oneOf(
                self.description, [SchemaDefinitions.nonEmptyScalar, SchemaDefinitions.nonEmptyLanguageMap])
        case .word:
            return ["description": description, "type": ["string", "number", "null"]]
        case .list:
            return JSONSchema.list(self.description, of: JSONSchema.ref(SchemaDefinitions.listItem))
        case .date:
            return [
                "description": description, "type": ["string", "integer", "null"],
                "pattern": .string("^\(SchemaDefinitions.datePattern)$"), "minimum": 1000, "maximum": 9999,
            ]
        case .endDate:
            return [
                "description": description, "type": ["string", "integer", "null"],
                "pattern": .string("^(\(SchemaDefinitions.datePattern)|[Pp][Rr][Ee][Ss][Ee][Nn][Tt])$"),
                "minimum": 1000, "maximum": 9999,
            ]
        case .flag:
            return ["description": description, "type": ["boolean", "null"]]
        }
    }
}
