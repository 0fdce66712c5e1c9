import ResumeSupport

/// Building blocks of a JSON Schema (draft-07) as `JSONValue`s.
///
/// A `$ref` never has keywords beside it: draft-07 ignores them, and editors disagree on which
/// description wins, so a described value spells out its alternatives instead.
enum JSONSchema {
    /// The dialect the schema declares; the one editors such as yaml-language-server read best.
    static let dialect = "http://json-schema.org/draft-07/schema#"

    /// A reference to one of the document's `definitions`.
    static func ref(_ definition: String) -> JSONValue {
        ["$ref": .string("#/definitions/\(definition)")]
    }

    /// A value that is one of `alternatives`, each a definition.
    static func oneOf(_ description: String, _ alternatives: [String]) -> JSONValue {
        ["description": .string(description), "oneOf": .array(alternatives.map(ref))]
    }

    /// A mapping that takes only `properties`; `nullable` when an empty value (`~`) counts as absent.
    static func object(
        _ description: String, properties: [String: JSONValue], required: [String] = [], nullable: Bool
    ) -> JSONValue {
        var members: [String: JSONValue] = [
            "description": .string(description),
            "type": nullable ? ["object", "null"] : "object",
            "properties": .object(JSONObject(properties)),
            "additionalProperties": false,
        ]
        if !required.isEmpty { members["required"] = .array(required.map(JSONValue.string)) }
        return .object(JSONObject(members))
    }

    /// A list whose items are all `items`; an empty value (`~`) counts as an empty list.
    static func list(_ description: String, of items: JSONValue) -> JSONValue {
        ["description": .string(description), "type": ["array", "null"], "items": items]
    }
}
