import Foundation
import XCTest

@testable import ResumeKit

/// Documents made from the résumé schema itself: every property of every mapping filled with a
/// value the schema allows (an example, an enum's first value, else a word), following `$ref`s
/// and the first alternative of a `oneOf`.
enum SchemaSample {
    static func everyField() throws -> JSONValue {
        try sample(ResumeSchema.document, depth: 0)
    }

    private static func sample(_ schema: JSONValue, depth: Int) throws -> JSONValue {
        guard depth < 20 else { throw SampleError.tooDeep }
        let members = try object(schema)
        if case .string(let reference) = members["$ref"] {
            return try sample(definition(String(reference.dropFirst("#/definitions/".count))), depth: depth + 1)
        }
        if case .array(let alternatives) = members["oneOf"], let first = alternatives.first {
            return try sample(first, depth: depth + 1)
        }
        if case .array(let examples) = members["examples"], let first = examples.first { return first }
        if case .array(let values) = members["enum"], let first = values.first { return first }
        if case .object(let properties) = members["properties"] {
            return .object(try properties.mapValues { try sample($0, depth: depth + 1) })
        }
        let types: [JSONValue]
        switch members["type"] {
        case .array(let list): types = list
        case .some(let single): types = [single]
        case .none: types = []
        }
        if types.contains("array"), let items = members["items"] {
            guard case .integer(let count) = members["minItems"] ?? 1 else { throw SampleError.tooDeep }
            return .array(Array(repeating: try sample(items, depth: depth + 1), count: count))
        }
        if types.contains("string") { return "Sample" }
        if types.contains("boolean") { return true }
        throw SampleError.noSample(schema)
    }

    enum SampleError: Error {
        case tooDeep
        case noSample(JSONValue)
    }
}
