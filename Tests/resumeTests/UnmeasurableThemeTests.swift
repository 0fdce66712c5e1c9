import Foundation
import TestSupport
import XCTest

/// A theme with a block macro of its own — made as a user would, with `resume themes new` and a
/// template that calls `\\myblock` — fails to load at that template's line, since the fit engine
/// could not measure it; a résumé that names it loses one finding, never the other rules' findings
/// or the other files of the run.
final class UnmeasurableThemeTests: XCTestCase {
    let resume = CommandRunner()

    /// The theme's problem: the template's file and line, and what the blocks are.
    static let problem =
        "./mine/tex/work.mustache:15: uses \\myblock in the document body, where the fit engine measures only the blocks "
        + "resume defines and the font, link and colour commands inside them; put layout in theme.yaml, or text in the résumé"

    /// The finding for `mine.yaml`, whose `meta.theme: ./mine` is on line 4, column 10.
    static let finding =
        "mine.yaml:4:10: error: cannot measure the fit: " + problem
        + ", so page-count, item-lines, short-last-line and page-break did not run; fix the theme, or name another in "
        + "meta.theme [fit]"

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

        // Chosen with --theme, the theme is the run's own: invalid input, said once, nothing linted.
        let chosen = try resume.run(["lint", "good.yaml", "--theme", "./mine"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(chosen.status, 2)
        XCTAssertEqual(chosen.stdout, "")
        XCTAssertEqual(chosen.stderr, "error: " + Self.problem + "\n")

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

        let github = try resume.run(["lint", ".", "--format", "github"], in: directory)
        XCTAssertEqual(github.status, 1)
        XCTAssertTrue(
            github.stdout.contains("::error file=mine.yaml,line=4,col=10,title=fit::cannot measure the fit: "), github.stdout)
        let sarif = try resume.run(["lint", ".", "--format", "sarif"], in: directory)
        XCTAssertEqual(sarif.status, 1)
        XCTAssertTrue(sarif.stdout.contains(#""ruleId" : "fit""#), sarif.stdout)
    }

    /// No format is made with a theme that does not load: the same problem, and no file written.
    func testNothingIsRenderedWithTheTheme() throws {
        let directory = try makeUnmeasurableTheme(self)
        for output in ["mine.pdf", "mine.tex", "mine.html"] {
            let result = try resume.run(["render", "mine.yaml", "-o", output], in: directory)
            XCTAssertEqual(result.status, 2, output)
            XCTAssertEqual(result.stderr, "error: " + Self.problem + "\n", output)
            XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent(output).path), output)
        }
        let stats = try resume.run(["stats", "mine.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(stats.status, 1)
        XCTAssertEqual(stats.stdout, "mine.yaml: the fit was not measured (see the fit error)\n")
        XCTAssertTrue(stats.stderr.hasPrefix("mine.yaml:4:10: error: cannot measure the fit: " + Self.problem + ";"), stats.stderr)
    }

    /// Each way a template could make TeX set what the engine does not measure is refused at its line.
    func testEveryWayAroundTheBlocksIsRefusedAtItsLine() throws {
        let directory = try temporaryDirectory(self)
        let created = try resume.run(["themes", "new", "mine", "--from", "modern"], in: directory)
        XCTAssertEqual(created.status, 0, created.stderr)
        try FileManager.default.copyItem(
            atPath: CommandRunner.example("cv.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        let tex = directory.appendingPathComponent("mine/tex")
        try FileManager.default.createDirectory(at: tex, withIntermediateDirectories: true)
        let preamble = try String(contentsOf: Repository.root.appendingPathComponent("themes/modern/tex/preamble.mustache"), encoding: .utf8)
        let setupLine = try XCTUnwrap(preamble.components(separatedBy: "\n").firstIndex(of: "<<>setup>>")) + 1
        let preambleLines = preamble.components(separatedBy: "\n")
        func line(containing text: String) throws -> Int { try XCTUnwrap(preambleLines.firstIndex { $0.contains(text) }) + 1 }
        let (geometryLine, fontencLine, classLine) = (try line(containing: "{geometry}"), try line(containing: "{fontenc}"), try line(containing: "{article}"))
        let cases: [(file: String, text: String, expected: String)] = [
            ("macros", "\\newcommand\\cvitem[1]{#1}\n", "./mine/tex/macros.mustache:1: resume defines the LaTeX blocks itself"),
            ("pagebreaks", "\n", "./mine/tex/pagebreaks.mustache:1: resume defines the LaTeX blocks itself"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>", with: "<<>setup>>\n\\renewcommand\\cvsection[1]{#1}"),
             "./mine/tex/preamble.mustache:\(setupLine + 1): defines \\cvsection; resume defines the blocks"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>", with: "<<>setup>>\n\\setlength{\\parskip}{4pt}"),
             "./mine/tex/preamble.mustache:\(setupLine + 1): sets \\parskip, which the fit engine reads from theme.yaml"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>", with: "\\linespread{1.2}"),
             "./mine/tex/preamble.mustache:\(setupLine): sets \\linespread"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>\n", with: ""),
             "themes/modern/tex/resume.mustache:6: the preamble does not include {{>setup}}"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>", with: "\\usepackage{xcolor,mathptmx}\n<<>setup>>"),
             "./mine/tex/preamble.mustache:\(setupLine): loads the package mathptmx, which may change the fonts"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>", with: "\\usepackage[protrusion=true]{microtype}"),
             "./mine/tex/preamble.mustache:\(setupLine): loads the package microtype"),
            ("preamble", preamble.replacingOccurrences(of: "footskip=<<layout.footSkip.tex>>", with: "margin=1cm"),
             "./mine/tex/preamble.mustache:\(geometryLine): sets geometry's 'margin=1cm' in the LaTeX"),
            ("preamble", preamble.replacingOccurrences(of: "[T1]{fontenc}", with: "[T2A,T1]{fontenc}"),
             "./mine/tex/preamble.mustache:\(fontencLine): loads fontenc with [T2A,T1]"),
            ("preamble", preamble.replacingOccurrences(of: "<<>setup>>", with: "<<>setup>>\n\\renewcommand\\rmdefault{ptm}"),
             "./mine/tex/preamble.mustache:\(setupLine + 1): uses \\rmdefault, which chooses a font or the page"),
            ("preamble", preamble.replacingOccurrences(of: "<<layout.paper>>paper]{article}", with: "11pt]{article}"),
             "./mine/tex/preamble.mustache:\(classLine): sets the class option '11pt' in the LaTeX"),
            ("work", "{{=<< >>=}}\n<<#entries>>\n\\cventry{<<name>>}{}{}{}\n\\vspace{1cm}\n<</entries>>\n",
             "./mine/tex/work.mustache:4: uses \\vspace in the document body"),
            ("contacts", "{{=<< >>=}}\n\\cvcontact{\\cvline{<<basics.name>>}{}}\n",
             "./mine/tex/contacts.mustache:2: uses \\cvline, which is not one of the blocks resume defines"),
        ]
        for (file, text, expected) in cases {
            let path = tex.appendingPathComponent(file + ".mustache")
            try text.write(to: path, atomically: true, encoding: .utf8)
            let result = try resume.run(["lint", "cv.yaml", "--theme", "./mine"], in: directory)
            XCTAssertEqual(result.status, 2, file)
            XCTAssertTrue(result.stderr.hasPrefix("error: " + expected), "\(file): \(result.stderr)")
            try FileManager.default.removeItem(at: path)
        }
        // Without them, the theme is measured as usual.
        let result = try resume.run(["lint", "cv.yaml", "--theme", "./mine"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr + result.stdout)
    }
}

/// A folder with `good.yaml` (the cv example) and `mine.yaml`, whose `meta.theme` is `./mine`: a
/// copy of classic, made with `resume themes new --eject`, whose work highlights call a block macro of its own.
func makeUnmeasurableTheme(_ testCase: XCTestCase) throws -> URL {
    let directory = try temporaryDirectory(testCase)
    let created = try CommandRunner().run(["themes", "new", "mine", "--from", "classic", "--eject"], in: directory)
    XCTAssertEqual(created.status, 0, created.stderr)
    let work = directory.appendingPathComponent("./mine/tex/work.mustache")
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
