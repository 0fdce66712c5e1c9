import Foundation
import TestSupport
import XCTest

@testable import ResumeKit

/// Compares each reporter's output for a fixed set of findings with `Golden/<name>` beside this file.
///
/// `RECORD_GOLDEN=1` rewrites the golden files and fails: review the diff, then run again without it.
final class ReporterGoldenTests: XCTestCase {
    func testSARIFMatchesItsGoldenFile() throws {
        check(SARIFReporter(toolVersion: "0.0.0-test").report(ReporterSamples.findings), against: "findings.sarif")
    }

    func testSARIFWithoutFindingsMatchesItsGoldenFile() throws {
        check(SARIFReporter(toolVersion: "0.0.0-test").report([]), against: "empty.sarif")
    }

    func testGitHubMatchesItsGoldenFile() throws {
        check(GitHubReporter().report(ReporterSamples.findings), against: "findings.github.txt")
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
    func check(_ output: String, against name: String, file: StaticString = #filePath, line: UInt = #line) {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        GoldenFiles(folder, for: self, file: file, line: line).check(output, against: name, file: file, line: line)
    }
}
