import Foundation
import TestSupport
import XCTest

@testable import ResumeKit

/// check-jsonschema from PyPI, a real JSON Schema validator that reads YAML as editors do (YAML 1.2:
/// `2019-05` stays text), run on files against the résumé schema.
///
/// It comes from the tests' pinned Python environment (`PythonEnvironment`).
struct SchemaValidator {
    /// The schema as `resume schema` prints it, written to a file for the validator.
    let schema: URL

    /// Makes sure the validator is installed, and writes the schema into `folder`.
    init(folder: URL) throws {
        _ = try PythonEnvironment.python()
        schema = folder.appendingPathComponent(ResumeSchema.fileName)
        try ResumeSchema.json.write(to: schema, atomically: true, encoding: .utf8)
    }

    /// What the draft-07 metaschema says of the schema; empty when it is a valid schema.
    func metaschemaProblems() throws -> String {
        let result = try PythonEnvironment.run(["-m", "check_jsonschema", "--check-metaschema", schema.path])
        return result.status == 0 ? "" : result.output
    }

    /// The validator's complaints about each file (`$.work[0].startDate: …`), by file path; a valid
    /// file maps to no complaints.
    func problems(in files: [URL]) throws -> [String: [String]] {
        let result = try PythonEnvironment.run(
            ["-m", "check_jsonschema", "--output-format", "JSON", "--schemafile", schema.path] + files.map(\.path))
        guard result.status == 0 || result.status == 1,
            let report = try? JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any]
        else {
            XCTFail("check-jsonschema failed (\(result.status)): \(result.output)")
            return [:]
        }
        var problems = Dictionary(uniqueKeysWithValues: files.map { ($0.path, [String]()) })
        for error in report["errors"] as? [[String: Any]] ?? [] {
            let file = error["filename"] as? String ?? "?"
            problems[file, default: []].append("\(error["path"] as? String ?? "?"): \(error["message"] as? String ?? "?")")
        }
        for error in report["parse_errors"] as? [[String: Any]] ?? [] {
            let file = error["filename"] as? String ?? "?"
            problems[file, default: []].append("cannot parse: \(error["message"] as? String ?? "?")")
        }
        return problems
    }
}
