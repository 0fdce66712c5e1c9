import Foundation
import TestSupport
import XCTest

/// The human and JSON reports of `resume lint` on a résumé with findings, compared with reviewed
/// golden files; `RECORD_GOLDEN=1` rewrites them and fails: review the diff, then run again without it.
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
        let golden = GoldenFiles(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"), for: self)
        let directory = try temporaryDirectory(self)
        try Self.fixture.write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        for (format, name) in [("human", "lint-human.txt"), ("json", "lint-json.json")] {
            let result = try resume.run(["lint", "cv.yaml", "--format", format], in: directory, environment: ["NO_COLOR": "1"])
            XCTAssertEqual(result.status, 0, "warnings only: \(result.stderr)")
            golden.check(result.stdout, against: name)
        }
    }
}
