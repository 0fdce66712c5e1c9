import Foundation
import XCTest

@testable import ResumeKit

/// The schema's shape against the model and the loader, without a validator.
final class ResumeSchemaTests: XCTestCase {
    func testSameBytesEveryTime() {
        XCTAssertEqual(ResumeSchema.json, ResumeSchema.json)
        XCTAssertEqual(ResumeSchema.document, ResumeSchema.document)
        XCTAssertTrue(ResumeSchema.json.hasSuffix("}\n"))
    }

    func testCommittedCopyIsUpToDate() throws {
        let committed = TestPaths.repository.appendingPathComponent("schema/resume.schema.json")
        let text = try String(contentsOf: committed, encoding: .utf8)
        XCTAssertTrue(
            text == ResumeSchema.json,
            "schema/resume.schema.json is out of date with the code that generates it: run scripts/generate-schema")
    }

    func testDeclaresDraft07AndRequiresBasicsName() throws {
        let root = try object(ResumeSchema.document)
        XCTAssertEqual(root["$schema"], "http://json-schema.org/draft-07/schema#")
        XCTAssertEqual(root["required"], ["basics"])
        XCTAssertEqual(try object(definition("basics"))["required"], ["name"])
    }

    func testTopLevelHasBasicsMetaAndEverySection() throws {
        let properties = try object(try object(ResumeSchema.document)["properties"])
        XCTAssertEqual(Set(properties.keys), Set(["basics", "meta", "$schema"] + SectionKind.allCases.map(\.rawValue)))
    }

    func testSectionKeysAreTheModelsSections() throws {
        let key = try object(definition(SchemaDefinitions.sectionKey))
        XCTAssertEqual(key["enum"], .array(SectionKind.allCases.map { .string($0.rawValue) }))
    }

    func testLabelsTakeEverySectionPresentCoursesAndTwelveMonths() throws {
        let labels = try object(definition("labels"))
        let properties = try object(labels["properties"])
        XCTAssertEqual(Set(properties.keys), Set(SectionKind.allCases.map(\.rawValue) + ["present", "courses", "months"]))
        let months = try object(properties["months"])
        XCTAssertEqual(months["minItems"], 12)
        XCTAssertEqual(months["maxItems"], 12)
    }

    /// The loader reports every key it does not know, so every mapping in the schema does too;
    /// and every field explains itself on hover.
    func testEveryMappingRejectsUnknownKeysAndEveryFieldHasADescription() throws {
        var mappings = 0
        try walk(ResumeSchema.document, at: "#") { schema, path in
            guard let properties = schema["properties"] else { return }
            mappings += 1
            XCTAssertEqual(schema["additionalProperties"], false, path)
            XCTAssertNotNil(schema["description"], path)
            for (name, property) in try object(properties) {
                let members = try object(property)
                if members["$ref"] == nil {
                    XCTAssertNotNil(members["description"], "\(path).\(name)")
                } else {
                    XCTAssertEqual(members.count, 1, "\(path).\(name): nothing beside $ref, which draft-07 ignores")
                }
            }
        }
        XCTAssertGreaterThan(mappings, SectionKind.allCases.count + 5)
    }

    func testDatePatternAcceptsWhatTheLoaderParses() throws {
        let date = try NSRegularExpression(pattern: "^\(SchemaDefinitions.datePattern)$")
        let samples = [
            "2019", "2019-05", "2019-05-14", "2019-12-31", "2019-01-01", "2019-13", "2019-00", "2019-5", "19",
            "2019-05-32", "2019-05-00", "2019/05", "May 2019", "2019-05-14T10:00", "20190", "present", "",
        ]
        for sample in samples {
            let matches = date.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
            XCTAssertEqual(matches, PartialDate(parsing: sample) != nil, sample)
        }
    }

    func testLanguageTagPatternAcceptsWhatTheLoaderTakesForALanguage() throws {
        let tag = try NSRegularExpression(pattern: SchemaDefinitions.languageTagPattern)
        let samples = [
            "en", "ko", "ko-KR", "zh-Hant", "pt-BR", "sr-Latn-RS", "fil", "text", "tags", "e", "english", "en_US", "en-", "1a",
            "ko-K",
        ]
        for sample in samples {
            let matches = tag.firstMatch(in: sample, range: NSRange(sample.startIndex..., in: sample)) != nil
            XCTAssertEqual(matches, LoadOptions.isValidLanguage(sample), sample)
        }
    }

    /// A résumé with every field the schema names, each filled with a value the schema allows,
    /// loads without a problem: the schema names no key the loader would reject.
    func testEveryFieldTheSchemaNamesLoads() throws {
        let sample = try SchemaSample.everyField()
        let result = ResumeLoader.load(data: Data(sample.formatted.utf8), file: "every-field.yaml")
        XCTAssertEqual(result.rendered, [])
        let resume = try XCTUnwrap(result.resume)
        for section in SectionKind.allCases {
            XCTAssertFalse(resume.isEmpty(section), section.rawValue)
        }
        XCTAssertEqual(resume.meta.labels.months?.count, 12)
    }
}

/// The definition named `name` in the résumé schema.
func definition(_ name: String) throws -> JSONValue {
    try XCTUnwrap(object(object(ResumeSchema.document)["definitions"])[name], name)
}

/// The members of a JSON object, failing the test for anything else.
func object(_ value: JSONValue?, file: StaticString = #filePath, line: UInt = #line) throws -> [String: JSONValue] {
    guard case .object(let members) = value else {
        return try XCTUnwrap(nil, "expected an object, found \(String(describing: value))", file: file, line: line)
    }
    return Dictionary(uniqueKeysWithValues: members.members.map { ($0.key, $0.value) })
}

/// Calls `visit` with every object in `value`, depth first, with its JSON pointer.
private func walk(_ value: JSONValue, at path: String, _ visit: ([String: JSONValue], String) throws -> Void) throws {
    switch value {
    case .object(let members):
        try visit(Dictionary(uniqueKeysWithValues: members.members.map { ($0.key, $0.value) }), path)
        for member in members.members { try walk(member.value, at: "\(path)/\(member.key)", visit) }
    case .array(let items):
        for (index, item) in items.enumerated() { try walk(item, at: "\(path)/\(index)", visit) }
    case .string, .integer, .bool, .null:
        break
    }
}
