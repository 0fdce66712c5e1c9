import Foundation
import XCTest

final class LintCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testJSONCarriesTheFitOfEveryFile() throws {
        let result = try resume.run(["lint", CommandRunner.example("cv.yaml"), CommandRunner.example("minimal.yaml"), "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.count, 2)
        let cv = files[0]
        XCTAssertEqual(cv["file"] as? String, CommandRunner.example("cv.yaml"))
        XCTAssertEqual((cv["diagnostics"] as? [Any])?.count, 0)
        let fit = try XCTUnwrap(cv["fit"] as? [String: Any])
        XCTAssertEqual(fit["theme"] as? String, "classic")
        XCTAssertEqual(fit["pages"] as? Int, 2)
        XCTAssertNotNil(fit["nearPageBoundary"] as? Bool)
        XCTAssertNotNil(fit["lastPageFreeLines"] as? Int)
        let items = try XCTUnwrap(fit["items"] as? [[String: Any]])
        let highlight = try XCTUnwrap(items.first { $0["path"] as? String == "work[0].highlights[2]" })
        XCTAssertEqual(highlight["lines"] as? Int, 2)
        XCTAssertGreaterThan(highlight["line"] as? Int ?? 0, 0)
        XCTAssertGreaterThan(highlight["column"] as? Int ?? 0, 0)
        XCTAssertNotNil(highlight["charsToSaveLine"] as? Int)
        XCTAssertEqual(highlight["approximate"] as? Bool, false)
        XCTAssertEqual((files[1]["fit"] as? [String: Any])?["pages"] as? Int, 1)
    }

    func testHumanOutputSummarisesEachFile() throws {
        let result = try resume.run(["lint", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("\(CommandRunner.example("cv.yaml")): 2 pages in theme classic, "), result.stdout)
    }

    func testKoreanIsMarkedApproximate() throws {
        let result = try resume.run(["lint", CommandRunner.example("ko.yaml"), "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\"approximate\" : true"))
    }

    func testInvalidFileExitsTwoButOthersAreStillMeasured() throws {
        let directory = try temporaryDirectory(self)
        try "basics: {nme: A}\n".write(to: directory.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try resume.run(["lint", "bad.yaml", CommandRunner.example("minimal.yaml"), "--format", "json"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("bad.yaml:1:10: error: unknown key 'nme' in basics; did you mean 'name'?"), result.stderr)
        XCTAssertTrue(result.stdout.contains("minimal.yaml"))
    }

    func testVerifyAgreesWithPdfLaTeX() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdflatex") || ProcessInfo.processInfo.environment["CI"] == "true" else {
            throw XCTSkip("pdflatex is not installed")
        }
        let result = try resume.run(["lint", "--verify", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("verified with pdflatex: 2 pages and all 24 items agree"), result.stderr)
    }

    func testVerifyWithoutTeXSaysWhatToInstall() throws {
        let result = try resume.run(["lint", "--verify", CommandRunner.example("minimal.yaml")], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("verification needs pdflatex; on Debian: apt-get install texlive-latex-base"), result.stderr)
    }

    func testStatsListsEveryItem() throws {
        let result = try resume.run(["stats", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasSuffix("2 pages in theme classic, \(lines[0].split(separator: ",")[1].trimmingCharacters(in: .whitespaces))"))
        XCTAssertEqual(lines[1].split(separator: " ", omittingEmptySubsequences: true).map(String.init), ["item", "page", "line", "lines", "to", "save", "a", "line"])
        XCTAssertTrue(lines.contains { $0.hasPrefix("work[0].highlights[0]") && $0.contains("cut ") }, result.stdout)
        XCTAssertEqual(lines.count, 2 + 24)
    }
}
