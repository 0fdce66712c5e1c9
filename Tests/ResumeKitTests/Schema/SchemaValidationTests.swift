import Foundation
import XCTest

@testable import ResumeKit
import TestSupport

/// The schema under a real validator: the examples and the starter are valid, and on a set of
/// wrong files and a set of unusual but right ones, the loader and the schema agree.
final class SchemaValidationTests: XCTestCase {
    func testSchemaIsAValidDraft07Schema() throws {
        let validator = try SchemaValidator(folder: try temporaryFolder())
        XCTAssertEqual(try validator.metaschemaProblems(), "")
    }

    func testExamplesAndTheStarterAreValid() throws {
        let folder = try temporaryFolder()
        let starter = folder.appendingPathComponent("starter.yaml")
        try StarterResume.yaml.write(to: starter, atomically: true, encoding: .utf8)
        let files = Repository.examples + [starter]
        XCTAssertGreaterThanOrEqual(files.count, 3)
        let problems = try SchemaValidator(folder: folder).problems(in: files)
        for file in files {
            XCTAssertEqual(problems[file.path], [], file.lastPathComponent)
        }
    }

    func testWrongFilesAreErrorsToBothTheLoaderAndTheSchema() throws {
        let cases = SchemaCases.invalid
        let results = try check(cases.mapValues(\.yaml))
        for (name, result) in results.sorted(by: { $0.key < $1.key }) {
            let path = cases[name]!.path
            XCTAssertFalse(result.loaderErrors.isEmpty, "\(name): the loader accepts it")
            XCTAssertTrue(
                result.schemaErrors.contains { $0.hasPrefix(path + ": ") },
                "\(name): the schema does not reject it at \(path) (\(result.schemaErrors)); the loader says \(result.loaderErrors)"
            )
        }
    }

    func testUnusualButRightFilesPassBothTheLoaderAndTheSchema() throws {
        var cases = SchemaCases.valid
        cases["every-field-the-schema-names"] = try SchemaSample.everyField().formatted
        for (name, result) in try check(cases).sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(result.loaderErrors, [], "\(name): the loader rejects a file the schema accepts")
            XCTAssertEqual(result.schemaErrors, [], "\(name): the schema rejects a file the loader accepts")
        }
    }

    /// Writes each case to `NAME.yaml`, loads it and validates it: the errors of each, by name.
    private func check(_ cases: [String: String]) throws -> [String: (loaderErrors: [String], schemaErrors: [String])] {
        let folder = try temporaryFolder()
        var files: [String: URL] = [:]
        for (name, yaml) in cases {
            files[name] = folder.appendingPathComponent("\(name).yaml")
            try yaml.write(to: files[name]!, atomically: true, encoding: .utf8)
        }
        let problems = try SchemaValidator(folder: folder).problems(in: Array(files.values))
        return files.mapValues { file in
            let loaded = ResumeLoader.load(contentsOf: file, displayName: file.lastPathComponent)
            return (loaded.diagnostics.filter { $0.severity == .error }.map(\.message), problems[file.path] ?? [])
        }
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("resume-schema-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
