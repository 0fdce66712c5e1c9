import Foundation
import XCTest

/// `lint --format sarif` and `--format github`, directories of résumés, and the exit codes with both.
final class LintReportersTests: XCTestCase {
    let resume = CommandRunner()

    /// A complete résumé with one highlight long enough for an `item-lines` warning at 5:9.
    static let longItem =
        "basics: {name: Ada Park, email: ada@example.com}\nwork:\n  - name: Acme\n    highlights:\n      - Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40%, the time to results from days to hours, and the number of failed runs by half across four research teams, while mentoring two new engineers and documenting every step for the platform group\n"
        + onlyWorkSections

    func testSARIFCarriesEveryRuleAndEachFindingAtItsRelativePath() throws {
        let directory = try temporaryDirectory(self)
        try write(Self.longItem, to: "resumes/ada.yaml", in: directory)
        let result = try resume.run(["lint", "resumes/ada.yaml", "--format", "sarif"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "resume")
        let ruleIDs = try XCTUnwrap(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        XCTAssertTrue(ruleIDs.contains("item-lines") && ruleIDs.contains("page-count"), "\(ruleIDs)")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 1, result.stdout)
        XCTAssertEqual(results[0]["ruleId"] as? String, "item-lines")
        XCTAssertEqual(results[0]["ruleIndex"] as? Int, ruleIDs.firstIndex(of: "item-lines"))
        XCTAssertEqual(results[0]["level"] as? String, "warning")
        let physical = try XCTUnwrap(
            ((results[0]["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "resumes/ada.yaml")
        XCTAssertEqual((physical["region"] as? [String: Any])?["startLine"] as? Int, 5)
        XCTAssertEqual((physical["region"] as? [String: Any])?["startColumn"] as? Int, 9)

        XCTAssertEqual(try resume.run(["lint", "resumes/ada.yaml", "--format", "sarif", "--strict"], in: directory).status, 1)
    }

    func testGitHubPrintsOneAnnotationPerFinding() throws {
        let directory = try temporaryDirectory(self)
        try write(Self.longItem, to: "cv.yaml", in: directory)
        let result = try resume.run(["lint", "cv.yaml", "--format", "github"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stdout.range(
                of:
                    #"^::warning file=cv.yaml,line=5,col=9,title=item-lines::renders to 3 lines \(limit 2\); cut \d+ characters to save a line\n$"#,
                options: .regularExpression) != nil,
            result.stdout)
        XCTAssertEqual(try resume.run(["lint", "cv.yaml", "-f", "github", "--strict"], in: directory).status, 1)
    }

    func testCleanResumeGivesEmptyReportsAndExitsZero() throws {
        let github = try resume.run(["lint", CommandRunner.example("cv.yaml"), "--format", "github"])
        XCTAssertEqual(github.status, 0, github.stderr)
        XCTAssertEqual(github.stdout, "")
        let sarif = try resume.run(["lint", CommandRunner.example("cv.yaml"), "--format", "sarif"])
        XCTAssertEqual(sarif.status, 0, sarif.stderr)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(((log["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.count, 0)
    }

    func testErrorsExitOneInEveryFormat() throws {
        let directory = try temporaryDirectory(self)
        let highlight =
            "Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40% and the time to results from days to hours"
        let highlights = (1...100).map { "      - \(highlight) in quarter \($0)" }.joined(separator: "\n")
        try write(
            "basics: {name: Ada Park, email: ada@example.com}\nwork:\n  - name: Acme\n    highlights:\n\(highlights)\n\(onlyWorkSections)",
            to: "cv.yaml", in: directory)
        for format in ["sarif", "github"] {
            let result = try resume.run(["lint", "cv.yaml", "--format", format], in: directory)
            XCTAssertEqual(result.status, 1, "\(format): \(result.stdout)")
            XCTAssertTrue(
                result.stdout.contains(
                    format == "sarif" ? "\"ruleId\" : \"page-count\"" : "::error file=cv.yaml,line=1,col=1,title=page-count::"),
                result.stdout)
        }
    }

    func testALoadingProblemIsReportedUnderLoadAndExitsTwo() throws {
        let directory = try temporaryDirectory(self)
        try write("basics: {name: [1]}\n", to: "broken.yaml", in: directory)
        let github = try resume.run(["lint", "broken.yaml", "--format", "github"], in: directory)
        XCTAssertEqual(github.status, 2)
        XCTAssertEqual(
            github.stdout, "::error file=broken.yaml,line=1,col=16,title=load::expected a string for basics.name, found a list\n")
        XCTAssertTrue(github.stderr.contains("broken.yaml:1:16: error: "), github.stderr)

        let sarif = try resume.run(["lint", "broken.yaml", "--format", "sarif"], in: directory)
        XCTAssertEqual(sarif.status, 2)
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        XCTAssertEqual(results.map { $0["ruleId"] as? String }, ["load"])
        XCTAssertEqual(results.first?["level"] as? String, "error")
    }

    func testADirectoryLintsItsYAMLFilesSortedByPath() throws {
        let directory = try temporaryDirectory(self)
        try write(Self.longItem, to: "resumes/b.yml", in: directory)
        try write(Self.longItem, to: "resumes/a.yaml", in: directory)
        try write("not a résumé", to: "resumes/notes.txt", in: directory)
        try write("hidden: true\n", to: "resumes/.config.yaml", in: directory)
        try write(Self.longItem, to: "resumes/old/c.yaml", in: directory)

        let github = try resume.run(["lint", "resumes", "--format", "github"], in: directory)
        XCTAssertEqual(github.status, 0, github.stderr)
        let files = github.stdout.split(separator: "\n").map { $0.split(separator: ",")[0] }
        XCTAssertEqual(
            files, ["::warning file=resumes/a.yaml", "::warning file=resumes/b.yml"],
            "only the YAML files directly in it, no hidden ones")

        let json = try resume.run(["lint", "resumes/", "--format", "json"], in: directory)
        XCTAssertEqual(json.status, 0, json.stderr)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((parsed["files"] as? [[String: Any]])?.map { $0["file"] as? String }, ["resumes/a.yaml", "resumes/b.yml"])

        let human = try resume.run(["lint", "resumes"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertTrue(human.stdout.hasSuffix("0 errors, 2 warnings in 2 files\n"), human.stdout)

        let here = try resume.run(["lint", ".", "--format", "github"], in: directory.appendingPathComponent("resumes"))
        XCTAssertTrue(here.stdout.hasPrefix("::warning file=a.yaml,"), here.stdout)
    }

    func testADirectoryWithoutYAMLIsInvalidInput() throws {
        let directory = try temporaryDirectory(self)
        try write("notes", to: "empty/notes.txt", in: directory)
        let result = try resume.run(["lint", "empty", "--format", "sarif"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("empty: no .yaml or .yml files"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testHelpListsEveryFormat() throws {
        let help = try resume.run(["lint", "--help"])
        for format in ["human", "json", "sarif", "github"] {
            XCTAssertTrue(help.stdout.contains("  \(format) "), "\(format) is not described:\n\(help.stdout)")
        }
        XCTAssertTrue(help.stdout.contains("Output format: human, json, sarif or github."), help.stdout)
    }

    private func write(_ text: String, to relative: String, in directory: URL) throws {
        let file = directory.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}
