import Foundation
import TestSupport
import XCTest

final class LintCommandTests: XCTestCase {
    let resume = CommandRunner()

    /// `lint FILE…` is set up without the argument parser; it must behave exactly as parsed options do.
    func testPlainFileArgumentsBehaveAsTheParsedDefaults() throws {
        let files = [CommandRunner.example("cv.yaml"), CommandRunner.example("minimal.yaml")]
        let plain = try resume.run(["lint"] + files)
        let parsed = try resume.run(["lint", "--format", "human", "--"] + files)
        XCTAssertEqual(plain.status, parsed.status)
        XCTAssertEqual(plain.stdout, parsed.stdout)
        XCTAssertEqual(plain.stderr, parsed.stderr)
        XCTAssertTrue(plain.stdout.contains("8 warnings in 2 files"), plain.stdout)
    }

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
        XCTAssertTrue(result.stdout.hasSuffix("\nno problems in 1 file\n"), result.stdout)
    }

    func testLongItemIsAWarningAtItsLineWithTheLineSaver() throws {
        let directory = try temporaryDirectory(self)
        let highlight = "Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40%, the time to results from days to hours, and the number of failed runs by half across four research teams, while mentoring two new engineers and documenting every step for the platform group"
        try "basics: {name: Ada Park, email: ada@example.com}\nwork:\n  - name: Acme\n    highlights:\n      - \(highlight)\n\(onlyWorkSections)"
            .write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let result = try resume.run(["lint", "cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, "warnings alone do not fail")
        XCTAssertTrue(result.stdout.range(of: #"^cv.yaml:5:9: warning: renders to 3 lines \(limit 2\); cut \d+ characters to save a line \[item-lines\]\n      - Built"#, options: .regularExpression) != nil, result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("0 errors, 1 warning in 1 file\n"), result.stdout)
        XCTAssertEqual(try resume.run(["lint", "--strict", "cv.yaml"], in: directory).status, 1)

        let json = try resume.run(["lint", "cv.yaml", "--format", "json"], in: directory)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(((parsed["files"] as? [[String: Any]])?.first?["diagnostics"]) as? [[String: Any]])
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics[0]["rule"] as? String, "item-lines")
        XCTAssertEqual(diagnostics[0]["severity"] as? String, "warning")
        XCTAssertEqual(diagnostics[0]["line"] as? Int, 5)
        XCTAssertEqual(diagnostics[0]["column"] as? Int, 9)
        XCTAssertEqual(diagnostics[0]["path"] as? String, "work[0].highlights[0]")
    }

    func testTooManyPagesIsAnErrorAndExitsOne() throws {
        let directory = try temporaryDirectory(self)
        let highlight = "Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40% and the time to results from days to hours"
        let highlights = (1...100).map { "      - \(highlight) in quarter \($0)" }.joined(separator: "\n")
        try "basics: {name: Ada Park, email: ada@example.com}\nwork:\n  - name: Acme\n    highlights:\n\(highlights)\n\(onlyWorkSections)"
            .write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let result = try resume.run(["lint", "cv.yaml"], in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("cv.yaml:1:1: error: renders to "), result.stdout)
        XCTAssertTrue(result.stdout.contains("[page-count]"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("1 error, 0 warnings in 1 file\n"), result.stdout)
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
        try RequiredTool.path(of: "pdflatex")
        let result = try resume.run(["lint", "--verify", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(
            result.stderr.contains(
                "cv.yaml: verified with pdflatex: 2 pages, 24 lines free on the last page, and all 24 items measured by pdflatex take the lines and pages predicted"),
            result.stderr)
    }

    func testWhatVerifyFindsIsInTheReportAndItsCount() throws {
        // A theme whose preamble widens xeCJK's glue between characters: the Korean example's
        // lines and words come out otherwise than measured, which only compiling shows.
        try RequiredTool.path(of: "xelatex")
        let directory = try temporaryDirectory(self)
        let made = try resume.run(["themes", "new", "wide", "--from", "classic"], in: directory)
        XCTAssertEqual(made.status, 0, made.stderr)
        let preamble = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent("themes/classic/tex/preamble.mustache"), encoding: .utf8)
        let tex = directory.appendingPathComponent("wide/tex")
        try FileManager.default.createDirectory(at: tex, withIntermediateDirectories: true)
        let widened = preamble.replacingOccurrences(of: "\\usepackage{xeCJK}\n", with: "\\usepackage{xeCJK}\n\\xeCJKsetup{CJKglue={\\hskip 0.3em}}\n")
        XCTAssertNotEqual(widened, preamble)
        try widened.write(to: tex.appendingPathComponent("preamble.mustache"), atomically: true, encoding: .utf8)
        let arguments = ["lint", "--verify", "--theme", "./wide", CommandRunner.example("ko.yaml")]
        let human = try resume.run(arguments, in: directory)
        XCTAssertEqual(human.status, 1, human.stderr)
        let lines = human.stdout.components(separatedBy: "\n")
        let errors = lines.filter { $0.contains(": error: ") }.count, warnings = lines.filter { $0.contains(": warning: ") }.count
        let compiled = lines.filter { $0.hasSuffix("[pdf-text]") || $0.hasSuffix("[fit-verify]") }
        XCTAssertTrue(lines.contains { $0.hasSuffix("[pdf-text]") }, human.stdout)
        XCTAssertTrue(human.stdout.hasSuffix("\(errors) errors, \(warnings) warnings in 1 file\n"), human.stdout)
        let json = try resume.run(arguments + ["--format", "json"], in: directory)
        XCTAssertEqual(json.status, 1, json.stderr)
        let rules = ["pdf-text", "fit-verify"].map { json.stdout.components(separatedBy: "\"rule\" : \"\($0)\"").count - 1 }
        XCTAssertEqual(rules.reduce(0, +), compiled.count, json.stdout)
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

final class LintConfigurationCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testConfigurationAndSuppressionsShapeTheFindings() throws {
        let directory = try temporaryDirectory(self)
        let nested = directory.appendingPathComponent("jobs")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "rules:\n  quantified-result: off\n  action-verb: error\n".write(
            to: directory.appendingPathComponent(".resume-lint.yaml"), atomically: true, encoding: .utf8)
        try """
            basics: {name: Ada Park, email: ada@example.com}
            work:
              - name: Acme
                highlights:
                  - Worked on the search service for two teams
                  - Responsible for releases  # resume-lint: disable-line action-verb

            """.appending(onlyWorkSections).write(to: nested.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let result = try resume.run(["lint", "jobs/cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("jobs/cv.yaml:5:9: error: starts with 'Worked on'"), result.stdout)
        XCTAssertFalse(result.stdout.contains("[quantified-result]"), "turned off by the configuration")
        XCTAssertFalse(result.stdout.contains("'Responsible for'"), "suppressed on its line")
        XCTAssertTrue(result.stdout.hasSuffix("1 error, 0 warnings in 1 file\n"), result.stdout)
    }

    func testABrokenConfigurationIsInvalidInput() throws {
        let directory = try temporaryDirectory(self)
        try "rules:\n  item-line: off\n".write(to: directory.appendingPathComponent(".resume-lint.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: CommandRunner.example("minimal.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        let result = try resume.run(["lint", "cv.yaml"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(".resume-lint.yaml:2:3: error: unknown rule 'item-line'; did you mean 'item-lines'?"), result.stderr)
    }

    func testTheSummaryCountsFilesThatCouldNotBeLoaded() throws {
        let directory = try temporaryDirectory(self)
        try "basics: {name: Ada\n".write(to: directory.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let result = try resume.run(["lint", "broken.yaml", CommandRunner.example("minimal.yaml")], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("broken.yaml:2:1: error: YAML syntax error"), result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("; 1 file could not be loaded\n"), result.stdout)
        let alone = try resume.run(["lint", "broken.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(alone.stdout, "1 file could not be loaded\n")
    }

    func testManyFilesAreCheckedTogetherAndReportedInTheirOrder() throws {
        let directory = try temporaryDirectory(self)
        let example = try String(contentsOfFile: CommandRunner.example("minimal.yaml"), encoding: .utf8)
        for number in 1...24 {
            let text = number % 7 == 0 ? "basics: {name: Ada\n" : example
            try text.write(to: directory.appendingPathComponent(String(format: "cv%02d.yaml", number)), atomically: true, encoding: .utf8)
        }
        let first = try resume.run(["lint", "."], in: directory, environment: ["NO_COLOR": "1"])
        let second = try resume.run(["lint", "."], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(first.status, 2, "three files cannot be loaded")
        XCTAssertEqual(first.stdout, second.stdout)
        XCTAssertEqual(first.stderr, second.stderr)
        let summaries = first.stdout.split(separator: "\n").filter { $0.contains(": 1 page") }.map { String($0.prefix(9)) }
        XCTAssertEqual(summaries, (1...24).filter { $0 % 7 != 0 }.map { String(format: "cv%02d.yaml", $0) })
        XCTAssertEqual(first.stderr.split(separator: "\n").filter { $0.contains(": error:") }.map { String($0.prefix(9)) }, ["cv07.yaml", "cv14.yaml", "cv21.yaml"])
        XCTAssertTrue(first.stdout.hasSuffix("in 21 files; 3 files could not be loaded\n"), first.stdout)
    }
}
