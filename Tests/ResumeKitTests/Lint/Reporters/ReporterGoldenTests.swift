import Foundation
import XCTest

@testable import ResumeKit

/// Compares each reporter's output for a fixed set of findings with `Golden/<name>` beside this file.
///
/// Set `RECORD_GOLDEN=1` to rewrite the golden files, then review the diff before committing.
final class ReporterGoldenTests: XCTestCase {
    func testSARIFMatchesItsGoldenFile() throws {
        try check(SARIFReporter(toolVersion: "0.0.0-test").report(ReporterSamples.findings), against: "findings.sarif")
    }

    func testSARIFWithoutFindingsMatchesItsGoldenFile() throws {
        try check(SARIFReporter(toolVersion: "0.0.0-test").report([]), against: "empty.sarif")
    }

    func testGitHubMatchesItsGoldenFile() throws {
        try check(GitHubReporter().report(ReporterSamples.findings), against: "findings.github.txt")
    }
}

/// Findings that exercise every field and every character the formats must escape.
enum ReporterSamples {
    static let findings: [Diagnostic] = [
        Diagnostic(
            .error, at: SourceLocation(file: "cv.yaml", line: 1, column: 1), "renders to 3 pages (limit 2)", rule: "page-count"),
        Diagnostic(
            .warning, at: SourceLocation(file: "cv.yaml", line: 23, column: 9),
            "renders to 3 lines (limit 2); cut 14 characters to save a line", rule: "item-lines", path: "work[0].highlights[2]"),
        Diagnostic(
            .warning, at: SourceLocation(file: "resumes/ada park.yaml", line: 7, column: 11),
            "grew revenue 40%: 'a, b'\r\nthen\nmore", rule: "quantified-result", path: "work[1].highlights[0]"),
        Diagnostic(
            .error, at: SourceLocation(file: "./odd,name:100%.yml", line: 3, column: 5),
            "unknown key 'bsics'; did you mean 'basics'?"),
        Diagnostic(
            .warning, at: SourceLocation(file: "drafts\\old.yaml", line: 2, column: 1), "한국어 메시지, with a comma",
            rule: "not-a-known-rule"),
    ]
}

private extension ReporterGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ output: String, against name: String) throws {
        let file = Self.golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try output.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let hint =
            "run RECORD_GOLDEN=1 swift test --filter ReporterGoldenTests, then review the diff of Tests/ResumeKitTests/Lint/Reporters/Golden"
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            XCTFail("missing golden file \(name); \(hint)")
            return
        }
        XCTAssertEqual(output, expected, "output differs from Golden/\(name); if the change is intended, \(hint)")
    }
}
