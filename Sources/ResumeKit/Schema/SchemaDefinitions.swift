import ResumeModel
import ResumeSupport

/// The `definitions` that fields share: text as the loader reads it, list items with tags, and
/// section keys.
enum SchemaDefinitions {
    static let scalar = "scalar"
    static let nonEmptyScalar = "nonEmptyScalar"
    static let languageMap = "languageMap"
    static let nonEmptyLanguageMap = "nonEmptyLanguageMap"
    static let listItem = "listItem"
    static let taggedItem = "taggedItem"
    static let sectionKey = "sectionKey"

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month from 01 to 12 and a day from 01 to 31.
    static let datePattern = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"

    /// A BCP 47-like language tag, as `LoadOptions.isValidLanguage` accepts: `en`, `ko-KR`, `zh-Hant`.
    static let languageTagPattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

    /// The list of tags an entry or a list item may carry.
    static var tags: JSONValue {
        JSONSchema.list(
            "Tags for variants: `--tags A,B` keeps what is untagged and what carries A or B, e.g. [research]",
            of: JSONSchema.ref(scalar))
    }

    static var all: [String: JSONValue] {
        [
            scalar: [
                "description": "Text written once; numbers are kept as written, and an empty value counts as absent",
                "type": ["string", "number", "boolean", "null"],
            ],
            nonEmptyScalar: [
                "description": "Text written once, not blank",
                "type": ["string", "number", "boolean"],
                "pattern": "\\S",
            ],
            languageMap: languageMap(of: scalar),
            nonEmptyLanguageMap: languageMap(of: nonEmptyScalar),
            listItem: JSONSchema.oneOf(
                "An item: text, text in several languages, or {text: …, tags: […]} for a tagged variant",
                [scalar, languageMap, taggedItem]),
            taggedItem: JSONSchema.object(
                "An item that carries tags; `--tags` keeps it when one of its tags is chosen",
                properties: [
                    "text": JSONSchema.oneOf("The item's text", [nonEmptyScalar, nonEmptyLanguageMap]),
                    "tags": tags,
                ],
                required: ["text"], nullable: false),
            sectionKey: [
                "description": "A section: one of the keys of the résumé's sections",
                "type": "string",
                "enum": .array(SectionKind.allCases.map { .string($0.rawValue) }),
            ],
        ]
    }

    private static func languageMap(of text: String) -> JSONValue {
        [
            "description": "The same text in several languages, keyed by language tag: {en: …, ko: …}; `--lang` chooses one",
            "type": "object",
            "minProperties": 1,
            "propertyNames": ["pattern": .string(languageTagPattern)],
            "additionalProperties": JSONSchema.ref(text),
        ]
    }
}
