import Foundation
import TestSupport
import XCTest

/// A theme the fit engine cannot measure — made as a user would, with `resume themes new` and a
/// block macro of its own — costs a file one finding, never the other rules' findings or the
/// other files of the run.
final class UnmeasurableThemeTests: XCTestCase {
    let resume = CommandRunner()

    /// The finding for `mine.yaml`, whose `meta.theme: ./mine` is on line 4, column 10.
    static let finding =
        "mine.yaml:4:10: error: cannot measure the fit: theme 'mine': the document body uses \\myblock, which the fit engine "
        + "does not know, so page-count, item-lines, short-last-line and page-break did not run; build the theme's document body only "
        + "from the block macros the fit engine measures (\\cvcontacts, \\cventry, \\cvheaderend, \\cvitem, \\cvlabel, "
        + "\\cvname, \\cvpair, \\cvsection, \\cvsummary, \\cvtext) and \\normalsize or \\color between them, or lint with a "
        + "built-in theme (--theme classic) [fit]"

    func testAloneTheFileHasOneFitFindingAndEveryOtherRuleRuns() throws {
        let directory = try makeUnmeasurableTheme(self)
        let result = try resume.run(["lint", "mine.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 1, "an error finding, not invalid input: \(result.stderr)")
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains(Self.finding + "\n  theme: ./mine\n         ^\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("mine.yaml:9:9: warning: uses the first person ('I')"), result.stdout)
        XCTAssertTrue(result.stdout.contains("[action-verb]"), result.stdout)
        XCTAssertFalse(result.stdout.contains("suppresses nothing"), "item-lines did not run: its suppression is not unused")
        XCTAssertTrue(
            result.stdout.hasSuffix("mine.yaml: the fit was not measured (see the fit error)\n1 error, 3 warnings in 1 file\n"),
            result.stdout)

        // Chosen with --theme, the finding is at the top of the file.
        let chosen = try resume.run(["lint", "good.yaml", "--theme", "./mine"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(chosen.status, 1)
        XCTAssertTrue(chosen.stdout.contains("good.yaml:1:1: error: cannot measure the fit: theme 'mine'"), chosen.stdout)

        // With the rules that need the fit turned off, nothing is lost, and nothing is said.
        try "rules: {page-count: off, item-lines: off, short-last-line: off, page-break: off}\n"
            .write(to: directory.appendingPathComponent(".resume-lint.yaml"), atomically: true, encoding: .utf8)
        let off = try resume.run(["lint", "mine.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(off.status, 0, off.stdout)
        XCTAssertFalse(off.stdout.contains("[fit]"), off.stdout)
        // The suppression of item-lines, now off, suppresses nothing, as with any rule turned off.
        XCTAssertTrue(off.stdout.contains("this disable-line suppresses nothing (item-lines)"), off.stdout)
        XCTAssertTrue(off.stdout.hasSuffix("0 errors, 4 warnings in 1 file\n"), off.stdout)
    }

    /// In a directory with a good résumé, the good one is measured and verified with pdflatex as
    /// usual, in every format.
    func testInADirectoryTheOtherFilesAreReportedAndVerified() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try makeUnmeasurableTheme(self)
        let result = try resume.run(["lint", "--verify", "."], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(
            result.stdout.contains("good.yaml: 2 pages in theme classic, 24 lines free on the last page\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains(Self.finding), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("1 error, 3 warnings in 2 files\n"), result.stdout)
        XCTAssertTrue(
            result.stderr.contains(
                "note: good.yaml: verified with pdflatex: 2 pages, 24 lines free on the last page, and all 24 items"),
            result.stderr)
        XCTAssertFalse(
            result.stderr.contains("mine.yaml"), "nothing to verify for the file that was not measured: \(result.stderr)")

        let json = try resume.run(["lint", ".", "--format", "json"], in: directory)
        XCTAssertEqual(json.status, 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(object["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["file"] as? String }, ["good.yaml", "mine.yaml"])
        XCTAssertEqual((files[0]["fit"] as? [String: Any])?["pages"] as? Int, 2)
        XCTAssertTrue(files[1]["fit"] is NSNull, "fit is null when it was not measured")
        let rules = (files[1]["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        XCTAssertEqual(rules.filter { $0 == "fit" }.count, 1, "\(rules)")
        XCTAssertTrue(rules.contains("first-person"), "\(rules)")

        // A theme meta.theme names that does not load is that file's fit finding too.
        try "basics: {name: Bo, email: bo@example.com}\nmeta: {theme: ./missing}\n"
            .write(to: directory.appendingPathComponent("other.yaml"), atomically: true, encoding: .utf8)
        let missing = try resume.run(["lint", "."], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(missing.status, 1, missing.stderr)
        XCTAssertTrue(
            missing.stdout.contains(
                "other.yaml:2:15: error: cannot measure the fit: ./missing: no such theme folder, so page-count, item-lines, "
                    + "short-last-line and page-break did not run; fix the theme, or name another in meta.theme [fit]"),
            missing.stdout)
        XCTAssertTrue(missing.stdout.contains("good.yaml: 2 pages in theme classic"), missing.stdout)
        XCTAssertTrue(missing.stdout.hasSuffix("2 errors, 10 warnings in 3 files\n"), missing.stdout)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("other.yaml"))

        let github = try resume.run(["lint", ".", "--format", "github"], in: directory)
        XCTAssertEqual(github.status, 1)
        XCTAssertTrue(
            github.stdout.contains("::error file=mine.yaml,line=4,col=10,title=fit::cannot measure the fit: "), github.stdout)
        let sarif = try resume.run(["lint", ".", "--format", "sarif"], in: directory)
        XCTAssertEqual(sarif.status, 1)
        XCTAssertTrue(sarif.stdout.contains(#""ruleId" : "fit""#), sarif.stdout)
    }

    /// The theme is good LaTeX: pdflatex makes its PDF; only the fit engine cannot measure it.
    func testTheThemeRendersAndStatsSaysWhatCouldNotBeMeasured() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try makeUnmeasurableTheme(self)
        let pdf = try resume.run(["render", "mine.yaml", "-o", "mine.pdf"], in: directory)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        XCTAssertTrue(try Data(contentsOf: directory.appendingPathComponent("mine.pdf")).starts(with: Data("%PDF-".utf8)))

        let stats = try resume.run(["stats", "mine.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(stats.status, 1)
        XCTAssertEqual(stats.stdout, "mine.yaml: the fit was not measured (see the fit error)\n")
        XCTAssertTrue(
            stats.stderr.hasPrefix(
                "mine.yaml:4:10: error: cannot measure the fit: theme 'mine': the document body uses \\myblock, which the fit "
                    + "engine does not know; build the theme's document body"),
            stats.stderr)
    }
}

/// A folder with `good.yaml` (the cv example) and `mine.yaml`, whose `meta.theme` is `./mine`: a
/// copy of classic, made with `resume themes new --eject`, whose work highlights use a block macro of its own.
func makeUnmeasurableTheme(_ testCase: XCTestCase) throws -> URL {
    let directory = try temporaryDirectory(testCase)
    let created = try CommandRunner().run(["themes", "new", "mine", "--from", "classic", "--eject"], in: directory)
    XCTAssertEqual(created.status, 0, created.stderr)
    let macros = directory.appendingPathComponent("mine/tex/macros.mustache")
    try
        (try String(contentsOf: macros, encoding: .utf8)
        + "\\newcommand\\myblock[1]{\\cvstart{300}{<<layout.itemBefore.tex>>}{\\leftskip=1em\\noindent\\textsc{#1}\\par}}\n")
        .write(to: macros, atomically: true, encoding: .utf8)
    let work = directory.appendingPathComponent("mine/tex/work.mustache")
    let template = try String(contentsOf: work, encoding: .utf8)
    XCTAssertTrue(template.contains("\\cvitem{<<.>>}"))
    try template.replacingOccurrences(of: "\\cvitem{<<.>>}", with: "\\myblock{<<.>>}").write(
        to: work, atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
        atPath: CommandRunner.example("cv.yaml"), toPath: directory.appendingPathComponent("good.yaml").path)
    try """
    basics:
      name: Ada Park
    meta:
      theme: ./mine
      sections: [{section: education, hidden: true}, {section: projects, hidden: true}, {section: awards, hidden: true}, {section: researchInterests, hidden: true}, {section: teaching, hidden: true}, {section: skills, hidden: true}]
    work:
      - name: Acme
        highlights:
          - I cut build times by 40% for the search team  # resume-lint: disable-line item-lines
          - Responsible for the release process, halving release time
    """.write(to: directory.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
    return directory
}
