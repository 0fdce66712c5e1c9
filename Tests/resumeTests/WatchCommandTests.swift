import Foundation
import XCTest
import TestSupport

/// `resume watch`, run as a user would: the real binary, a file saved under it, and Ctrl-C.
final class WatchCommandTests: XCTestCase {
    /// Generous, for a slow machine running the test suite on two cores.
    let timeout: TimeInterval = 90

    func testRebuildsOnSaveKeepsTheLastGoodOutputAndStopsOnControlC() throws {
        let directory = try temporaryDirectory(self)
        let input = directory.appendingPathComponent("cv.yaml")
        let output = directory.appendingPathComponent("cv.html")
        let original = try String(contentsOfFile: CommandRunner.example("cv.yaml"), encoding: .utf8)
        try original.write(to: input, atomically: false, encoding: .utf8)

        let watch = try CommandRunner().start(["watch", "cv.yaml", "-o", "cv.html"], in: directory)
        defer { watch.stop() }
        try watch.waitForStandardOutput(timeout: timeout) { self.summaries(in: $0).count == 1 }
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).contains("Theo Varga-Lindholm"))
        let summary = try XCTUnwrap(summaries(in: watch.standardOutput).first)
        XCTAssertTrue(summary.range(of: #"^\d\d:\d\d:\d\d cv\.yaml → cv\.html · 2 pages · \d+ errors?, \d+ warnings?$"#, options: .regularExpression) != nil, summary)

        // Saved in place.
        try original.replacingOccurrences(of: "Theo Varga-Lindholm", with: "Theo Lindholm").write(to: input, atomically: false, encoding: .utf8)
        try watch.waitForStandardOutput(timeout: timeout) { self.summaries(in: $0).count == 2 }
        let renamed = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(renamed.contains("Theo Lindholm"))

        // Saved by writing a new file and renaming it over the old one, leaving the YAML invalid.
        try "basics:\n  name: [Theo\n".write(to: input, atomically: true, encoding: .utf8)
        try watch.waitForStandardOutput(timeout: timeout) { $0.contains("failed") }
        XCTAssertTrue(watch.standardOutput.contains("cv.yaml → cv.html failed · the output from "), watch.standardOutput)
        XCTAssertTrue(watch.standardError.contains("cv.yaml:3:1: error: YAML syntax error"), watch.standardError)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), renamed, "the last good output is kept")

        // Fixed again.
        try original.write(to: input, atomically: true, encoding: .utf8)
        try watch.waitForStandardOutput(timeout: timeout) { self.summaries(in: $0).count == 3 }
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).contains("Theo Varga-Lindholm"))

        XCTAssertEqual(try interrupt(watch), 0, watch.standardError)
    }

    func testLintFindingsArePrintedAboveTheSummary() throws {
        let directory = try temporaryDirectory(self)
        try "basics:\n  name: Ada\n  email: ada@example.com\n\(onlyWorkSections)work:\n  - name: Acme\n    position: Engineer\n    startDate: 2020-01\n    highlights:\n      - Responsible for the build system, cutting build times by 40%\n"
            .write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let watch = try CommandRunner().start(["watch", "cv.yaml", "-o", "cv.txt"], in: directory, environment: ["NO_COLOR": "1"])
        defer { watch.stop() }
        try watch.waitForStandardOutput(timeout: timeout) { self.summaries(in: $0).count == 1 }
        XCTAssertTrue(watch.standardOutput.contains("cv.yaml:17:9: warning: starts with 'Responsible for'"), watch.standardOutput)
        XCTAssertTrue(watch.standardOutput.contains("[action-verb]"), watch.standardOutput)
        XCTAssertTrue(watch.standardOutput.contains("cv.yaml → cv.txt · 1 page · 0 errors, 1 warning"), watch.standardOutput)
        XCTAssertEqual(try interrupt(watch), 0)
    }

    /// A theme that does not load, since the fit engine could not measure it: nothing is written,
    /// the problem is said at the template's line, and watch goes on for the next save.
    func testAThemeTheFitCannotMeasureWritesNothing() throws {
        let directory = try makeUnmeasurableTheme(self)
        let watch = try CommandRunner().start(["watch", "mine.yaml", "-o", "mine.html"], in: directory, environment: ["NO_COLOR": "1"])
        defer { watch.stop() }
        try watch.waitForStandardOutput(timeout: timeout) { $0.contains("mine.yaml → mine.html failed · nothing written yet") }
        XCTAssertTrue(watch.standardError.contains("error: " + UnmeasurableThemeTests.problem), watch.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("mine.html").path))
        XCTAssertEqual(try interrupt(watch), 0)
    }

    func testWatchesToPDF() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        try FileManager.default.copyItem(atPath: CommandRunner.example("minimal.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        let watch = try CommandRunner().start(["watch", "cv.yaml", "-o", "cv.pdf"], in: directory)
        defer { watch.stop() }
        try watch.waitForStandardOutput(timeout: timeout) { self.summaries(in: $0).count == 1 }
        XCTAssertTrue(try Data(contentsOf: directory.appendingPathComponent("cv.pdf")).starts(with: Data("%PDF-".utf8)))
        XCTAssertEqual(try interrupt(watch), 0)
    }

    func testUsageErrorsExitTwo() throws {
        let resume = CommandRunner()
        let missing = try resume.run(["watch", "nonexistent.yaml", "-o", "cv.html"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nonexistent.yaml: no such file"), missing.stderr)
        XCTAssertEqual(try resume.run(["watch", CommandRunner.example("minimal.yaml")]).status, 2, "--output is required")
        let unknown = try resume.run(["watch", CommandRunner.example("minimal.yaml"), "-o", "cv.docx"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("cannot tell the format from 'cv.docx'"), unknown.stderr)
        let overInput = try resume.run(["watch", CommandRunner.example("minimal.yaml"), "--format", "text", "-o", CommandRunner.example("minimal.yaml")])
        XCTAssertEqual(overInput.status, 2)
        XCTAssertTrue(overInput.stderr.contains("refusing to write the output over the input file"), overInput.stderr)
    }

    /// Sends Ctrl-C and returns the exit status; ending by the signal instead is a failure.
    private func interrupt(_ watch: RunningProcess) throws -> Int32 {
        watch.send(SIGINT)
        let result = try watch.wait(timeout: timeout)
        XCTAssertNil(result.signal, "ended by the signal instead of exiting")
        return result.status
    }

    /// The summary lines that report a build.
    private func summaries(in output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.contains(" pages · ") || $0.contains(" page · ") }
    }
}
