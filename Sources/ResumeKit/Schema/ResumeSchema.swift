import Foundation
import ResumeModel
import ResumeRender
import ResumeSupport
import ResumeThemes

/// The JSON Schema of the résumé YAML format, for editors: completion, a description on hover,
/// and the loader's checks while typing — unknown keys, wrong types, malformed dates, a missing
/// `basics.name`, text in several languages, tags and `meta.labels`.
///
/// It accepts what `ResumeLoader` accepts; what needs more than a schema (a day that does not
/// exist in its month, an end before its start, a section listed twice in two spellings) is left
/// to `resume lint`. Draft-07, which every version of yaml-language-server reads.
public enum ResumeSchema {
    /// The name `resume init` gives the schema it writes beside a new résumé.
    public static let fileName = "resume.schema.json"

    /// The schema as JSON text: pretty-printed with sorted keys, the same bytes every time.
    public static var json: String { document.formatted }

    /// Whether `data` is a schema this tool wrote (of this version or another), which
    /// `resume schema -o` may bring up to date without `--force`.
    public static func isWrittenByResume(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["title"] as? String == "Résumé" && object["description"] as? String == description
    }

    /// The schema's own description, which also identifies a schema file this tool wrote.
    static let description = """
        A résumé for the resume tool: basics plus sections, each a list of entries. Field names \
        follow JSON Resume; only basics.name is required
        """

    public static var document: JSONValue {
        let sections = SectionKind.allCases.map(SectionSchema.init)
        var properties: [String: JSONValue] = [
            "basics": JSONSchema.ref("basics"), "meta": JSONSchema.ref("meta"),
            "$schema": ["type": "string", "description": "The schema a JSON Resume document names; ignored"],
        ]
        var definitions = SchemaDefinitions.all
        definitions["basics"] = basics
        definitions["location"] = location
        definitions["profile"] = profile
        definitions["meta"] = meta
        definitions["labels"] = labels
        definitions["sectionPlacement"] = sectionPlacement
        for section in sections {
            properties[section.section.rawValue] = section.sectionSchema
            definitions[section.definitionName] = section.entrySchema
        }
        return [
            "$schema": .string(JSONSchema.dialect),
            "title": "Résumé",
            "description": .string(description),
            "type": "object",
            "required": ["basics"],
            "properties": .object(JSONObject(properties)),
            "additionalProperties": false,
            "definitions": .object(JSONObject(definitions)),
        ]
    }
}

private extension ResumeSchema {
    static var basics: JSONValue {
        var properties = SchemaField.properties(
            [SchemaField("name", .requiredText, "Your name (required)")] + SchemaField.fields(BasicsTables.basics))
        properties["location"] = JSONSchema.ref("location")
        properties["profiles"] = JSONSchema.list(
            "Accounts on other sites, shown as links in the header", of: JSONSchema.ref("profile"))
        return JSONSchema.object(
            "Who the résumé is about and how to reach them", properties: properties, required: ["name"], nullable: false)
    }

    static var location: JSONValue {
        JSONSchema.object(
            "Where you live; the header shows city, countryCode",
            properties: SchemaField.properties(SchemaField.fields(BasicsTables.location)),
            nullable: true)
    }

    static var profile: JSONValue {
        var properties = SchemaField.properties(SchemaField.fields(BasicsTables.profile))
        properties["tags"] = SchemaDefinitions.tags
        return JSONSchema.object("An account on another site", properties: properties, nullable: false)
    }

    /// `meta.layout`: one value per fit knob, a length or, for `lineSpacing`, a number.
    static var layout: JSONValue {
        let units = Length.Unit.allCases.map(\.rawValue).joined(separator: "|")
        let classic = Theme.builtin(named: ThemeChoice.defaultName)?.manifest.layout
        var knobs: [String: JSONValue] = [:]
        for knob in FitKnob.allCases {
            // The default theme's own value is the example.
            let example: JSONValue = classic.map { .array([.string(knob.value(in: $0).description)]) } ?? .array([])
            knobs[knob.rawValue] = knob.isLength
                ? ["description": .string("The \(knob.summary), as a length such as 10pt or 16mm"), "type": "string",
                   "pattern": .string("^[0-9.]+ *(\(units))$"), "examples": example]
                : ["description": .string("The \(knob.summary), such as 1.2"), "type": ["number", "string"], "examples": example]
        }
        return JSONSchema.object(
            "Layout values in place of the theme's, each within the range of the theme's fit: section; resume fit --write sets them",
            properties: knobs, nullable: true)
    }

    static var meta: JSONValue {
        var properties = SchemaField.properties([
            SchemaField(
                "locale", .word,
                "Language of the content, e.g. en, ko, ko-KR: HTML lang, section titles, dates and 'Present'",
                examples: LabelLanguage.allCases.map(\.rawValue)),
            SchemaField(
                "theme", .word, "Theme to use when the command line names none: a built-in theme or a folder",
                examples: Theme.builtinNames),
            SchemaField("canonical", .text, "JSON Resume's meta field; accepted and ignored"),
            SchemaField("version", .text, "JSON Resume's meta field; accepted and ignored"),
            SchemaField("lastModified", .text, "JSON Resume's meta field; accepted and ignored"),
        ])
        properties["labels"] = JSONSchema.ref("labels")
        properties["layout"] = layout
        properties["sections"] = [
            "description": """
            Order, titles and visibility of sections: section keys, or {section, title, hidden, new-page, keep-together}. Listed \
            sections come first, the others follow in the default order
            """,
            "type": ["array", "null"],
            "uniqueItems": true,
            "items": JSONSchema.ref("sectionPlacement"),
        ]
        return JSONSchema.object(
            "Settings that shape the output: section order and titles, language, labels, theme, layout",
            properties: properties, nullable: true)
    }

    static var labels: JSONValue {
        var fields = [
            SchemaField("present", .text, "What ends an ongoing period, in place of the locale's 'Present'"),
            SchemaField("courses", .text, "What heads an education entry's courses, in place of 'Courses'"),
        ]
        fields += SectionKind.allCases.map { section in
            SchemaField(
                section.rawValue, .text, "Title of the \(section.rawValue) section, in place of '\(section.defaultTitle)'")
        }
        var properties = SchemaField.properties(fields)
        properties["months"] = [
            "description": "Twelve month names, January first, for date styles that name months",
            "type": ["array", "null"],
            "minItems": 12,
            "maxItems": 12,
            "items": JSONSchema.oneOf(
                "A month's name", [SchemaDefinitions.nonEmptyScalar, SchemaDefinitions.nonEmptyLanguageMap]),
        ]
        return JSONSchema.object(
            "Your own labels in place of the locale's: section titles, present, courses, months",
            properties: properties, nullable: true)
    }

    static var sectionPlacement: JSONValue {
        var properties: [String: JSONValue] = [
            "section": JSONSchema.ref(SchemaDefinitions.sectionKey),
            "title": SchemaField("title", .text, "The section's title, in place of the locale's").schema,
            "hidden": SchemaField("hidden", .flag, "true leaves the section out").schema,
        ]
        properties.merge(SchemaField.properties(SchemaField.pageBreakFields)) { $1 }
        let placement = JSONSchema.object(
            "A section with a new title, hidden, or with page-break keys", properties: properties,
            required: ["section"], nullable: false)
        return [
            "description": "A section to show: its key, or {section, title, hidden, new-page, keep-together}",
            "oneOf": [JSONSchema.ref(SchemaDefinitions.sectionKey), placement],
        ]
    }
}
