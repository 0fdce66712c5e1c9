import Foundation
import XCTest

/// `resume fit` as a user runs it: the answer in words and in JSON, the exit codes, and `--write`
/// changing only `meta.layout` so that `render` and `lint` then use the values.
final class FitCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testASettingThatFitsIsPrintedWithTheResult() throws {
        let result = try resume.run(["fit", CommandRunner.example("cv.yaml"), "--pages", "2"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("asked for 2 pages\nfits 2 pages with:\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("entrySpacing"), result.stdout)
        XCTAssertTrue(result.stdout.contains("result: 2 pages,"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("add --write to record these values in meta.layout\n"), result.stdout)
    }

    func testWhenNothingFitsItSaysWhereToTrimAndExitsOne() throws {
        let cv = CommandRunner.example("cv.yaml")
        let result = try resume.run(["fit", cv, "--pages", "1"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stdout.contains("even the tightest setting the theme allows makes 2 pages"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\(cv):71:9"), "a cut at its line and column: \(result.stdout)")
        XCTAssertTrue(result.stdout.contains("past the page break:"), result.stdout)
    }

    func testJSONHoldsTheSettingsAndTheCuts() throws {
        let result = try resume.run(["fit", CommandRunner.example("cv.yaml"), "--pages", "1", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        XCTAssertEqual(object["outcome"] as? String, "needs-trimming")
        XCTAssertEqual(object["targetPages"] as? Int, 1)
        XCTAssertEqual(object["written"] as? Bool, false)
        XCTAssertEqual(object["approximate"] as? Bool, false, "every character of cv.yaml has metrics")
        let settings = try XCTUnwrap(object["settings"] as? [[String: Any]])
        XCTAssertEqual(settings.compactMap { $0["knob"] as? String }.count, 7)
        let trims = try XCTUnwrap(object["trims"] as? [String: Any])
        let cuts = try XCTUnwrap(trims["cuts"] as? [[String: Any]])
        XCTAssertFalse(cuts.isEmpty)
        XCTAssertNotNil(cuts.first?["line"] as? Int)
        XCTAssertNotNil(cuts.first?["characters"] as? Int)

        let fits = try resume.run(["fit", CommandRunner.example("cv.yaml"), "--pages", "2", "--format", "json"])
        XCTAssertEqual(fits.status, 0, fits.stderr)
        let answer = try XCTUnwrap(try JSONSerialization.jsonObject(with: fits.standardOutput) as? [String: Any])
        XCTAssertEqual(answer["outcome"] as? String, "fits")
        XCTAssertTrue(answer["trims"] is NSNull, "null, not missing")
    }

    func testWriteChangesOnlyMetaLayoutAndRenderUsesIt() throws {
        let (directory, input, original) = try copyOfExample()
        let result = try resume.run(["fit", "cv.yaml", "--pages", "2", "--write"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("recorded in meta.layout of cv.yaml"), result.stdout)
        let written = try String(contentsOf: input, encoding: .utf8)
        let added = written.split(separator: "\n").filter { !original.split(separator: "\n").contains($0) }
        XCTAssertEqual(added.count, 1, "one line added: \(added)")
        XCTAssertTrue(added.first?.hasPrefix("  layout: {") ?? false, "\(added)")
        XCTAssertEqual(written.replacingOccurrences(of: added[0] + "\n", with: ""), original, "comments and the rest unchanged")

        let latex = try resume.run(["render", "cv.yaml", "--format", "tex"], in: directory)
        XCTAssertEqual(latex.status, 0, latex.stderr)
        XCTAssertTrue(latex.stdout.contains("left=22mm,right=22mm"), "the widest side margins the answer chose")
        let again = try resume.run(["fit", "cv.yaml", "--pages", "2"], in: directory)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("it fits 2 pages as it is; nothing to change"), again.stdout)
    }

    func testWriteKeepsAWindowsFilesLineEndingsAndByteOrderMark() throws {
        let (directory, input, original) = try copyOfExample()
        let windows = "\u{FEFF}" + original.replacingOccurrences(of: "\n", with: "\r\n")
        try Data(windows.utf8).write(to: input)
        let result = try resume.run(["fit", "cv.yaml", "--pages", "2", "--write"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = try Data(contentsOf: input)
        XCTAssertEqual(Array(written.prefix(3)), [0xEF, 0xBB, 0xBF], "the byte-order mark is still there")
        let text = String(decoding: written.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertFalse(lines.contains { $0.contains("\n") }, "every line still ends in CR LF")
        let added = lines.filter { !original.components(separatedBy: "\n").contains($0) }
        XCTAssertEqual(added.count, 1, "one line added: \(added)")
        XCTAssertEqual(text.replacingOccurrences(of: added[0] + "\r\n", with: ""), original.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    func testWritingForAnotherThemeSaysWhichTheValuesAreFor() throws {
        let (directory, _, _) = try copyOfExample()
        let result = try resume.run(["fit", "cv.yaml", "--pages", "2", "--theme", "modern", "--write"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("the values are for theme 'modern'; render with --theme modern"), result.stderr)
        let render = try resume.run(["render", "cv.yaml", "--format", "tex", "--theme", "modern"], in: directory)
        XCTAssertEqual(render.status, 0, render.stderr)
    }

    func testWriteLeavesTheFileAloneWhenNothingFits() throws {
        let (directory, input, original) = try copyOfExample()
        let result = try resume.run(["fit", "cv.yaml", "--pages", "1", "--write"], in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), original)
    }

    func testAnEstimateIsSaidToBeOne() throws {
        let result = try resume.run(["fit", CommandRunner.example("ko.yaml"), "--pages", "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix("so these lines are estimates; check with resume lint --verify\n"), result.stdout)
    }

    func testBadInputIsExitTwo() throws {
        let pages = try resume.run(["fit", CommandRunner.example("cv.yaml"), "--pages", "0"])
        XCTAssertEqual(pages.status, 2, pages.stderr)
        XCTAssertTrue(pages.stderr.contains("--pages must be from 1 to 100"), pages.stderr)
        let directory = try temporaryDirectory(self)
        try "basics: {name: Ada}\nmeta:\n  layout: {fontSize: 7pt}\n".write(
            to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let range = try resume.run(["fit", "cv.yaml", "--pages", "1"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(range.status, 2)
        XCTAssertTrue(range.stderr.contains("cv.yaml:3:22: error: meta.layout.fontSize is 7pt; theme 'classic' allows 9.5pt to 11pt"), range.stderr)
    }

    /// A temporary folder holding a copy of `examples/cv.yaml`, the copy's URL, and its text.
    private func copyOfExample() throws -> (directory: URL, input: URL, original: String) {
        let directory = try temporaryDirectory(self)
        let input = directory.appendingPathComponent("cv.yaml")
        let original = try String(contentsOfFile: CommandRunner.example("cv.yaml"), encoding: .utf8)
        try original.write(to: input, atomically: true, encoding: .utf8)
        return (directory, input, original)
    }
}
