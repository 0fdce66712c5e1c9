import Foundation
import XCTest

/// The human and JSON reports of `resume lint` on a résumé with findings, compared with reviewed
/// golden files; `RECORD_GOLDEN=1` rewrites them.
final class LintGoldenTests: XCTestCase {
    let resume = CommandRunner()

    static let fixture = """
        basics: {name: Ada Park, email: ada@example.com}
        work:
          - name: Acme
            position: Engineer
            highlights:
              - Worked on the search service for our two teams
              - Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40%, the time to results from days to hours, and failed runs by half across four research teams, with two new engineers mentored and every step documented

        """ + onlyWorkSections

    func testHumanAndJSONReports() throws {
        let directory = try temporaryDirectory(self)
        try Self.fixture.write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        for (format, golden) in [("human", "lint-human.txt"), ("json", "lint-json.json")] {
            let result = try resume.run(["lint", "cv.yaml", "--format", format], in: directory, environment: ["NO_COLOR": "1"])
            XCTAssertEqual(result.status, 0, "warnings only: \(result.stderr)")
            try assertGolden(result.stdout, golden)
        }
    }

    private func assertGolden(_ output: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(output, expected, "\(name) differs; if the change is intended, rerun with RECORD_GOLDEN=1 and review the diff", file: file, line: line)
    }
}
