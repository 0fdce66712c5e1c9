import Foundation
import TestSupport
import XCTest

/// A render that fails or is interrupted writes nothing: no output file, no temporary file beside
/// where it would go or in the temporary folder, and an output already there is left as it was.
final class FailedRunTests: XCTestCase {
    let resume = CommandRunner()

    func testAMissingThemeFolderWritesNothingInAnyFormat() throws {
        let folder = try WorkFolder(self)
        for format in ["html", "tex", "text", "pdf"] {
            try folder.assertFails(
                resume, ["render", "cv.yaml", "--theme", "./no-such-theme", "--format", format, "-o", "out"],
                status: 2, stderr: "error: ./no-such-theme: no such theme folder\n")
        }
    }

    func testABrokenThemeWritesNothing() throws {
        let folder = try WorkFolder(self)
        XCTAssertEqual(try resume.run(["themes", "new", "broken", "--from", "classic", "--eject"], in: folder.url).status, 0)
        let template = folder.url.appendingPathComponent("broken/html/resume.mustache")
        try (try String(contentsOf: template, encoding: .utf8) + "{{#work}}\n").write(
            to: template, atomically: true, encoding: .utf8)
        let result = try folder.assertFails(resume, ["render", "cv.yaml", "--theme", "./broken", "-o", "cv.html"], status: 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: ./broken/html/resume.mustache:"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix(": Mustache syntax error: section 'work' is not closed in '{{#work}}'\n"), result.stderr)
    }

    func testALaTeXErrorWritesNoPDFAndLeavesNoTemporaryFolder() throws {
        try RequiredTool.path(of: "pdflatex")
        let folder = try WorkFolder(self)
        try folder.makeTheme("broken", addingToThePreamble: "\\undefinedmacro")
        let result = try folder.assertFails(resume, ["render", "cv.yaml", "--theme", "./broken", "-o", "cv.pdf"], status: 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: pdflatex stopped at an error in the theme's LaTeX, line "), result.stderr)
    }

    func testAnInputOverTheSizeLimitWritesNothing() throws {
        let folder = try WorkFolder(self)
        let huge = Data("basics: {name: Ada}\n#".utf8) + Data(repeating: UInt8(ascii: "x"), count: 10 << 20) + Data("\n".utf8)
        try huge.write(to: folder.url.appendingPathComponent("huge.yaml"))
        let result = try folder.assertFails(resume, ["render", "huge.yaml", "-o", "cv.html"], status: 2)
        XCTAssertEqual(
            result.stderr,
            "huge.yaml:1:1: error: file is larger than a résumé can be (10.0 MB; at most 4 MB)\nerror: huge.yaml: 1 error; nothing was written\n"
        )
        let lint = try resume.run(["lint", "huge.yaml", "--format", "json"], in: folder.url, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(lint.status, 2)
        XCTAssertTrue(
            lint.stderr.hasPrefix("huge.yaml:1:1: error: file is larger than a résumé can be (10.0 MB; at most 4 MB)\n"),
            lint.stderr)
    }

    func testAnOutputPathThatIsAFolderLeavesNoTemporaryFileBeside() throws {
        let folder = try WorkFolder(self)
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("cv.html"), withIntermediateDirectories: false)
        try folder.assertFails(
            resume, ["render", "cv.yaml", "-o", "cv.html"], status: 1,
            stderr: "error: cannot write 'cv.html': it is a directory\n")
    }

    /// Ctrl-C, SIGTERM or a closed terminal while TeX runs ends the command by that signal, with
    /// TeX stopped and its temporary folder (which holds the résumé's text) gone.
    func testAnInterruptedPDFRenderLeavesNothingBehind() throws {
        try RequiredTool.path(of: "pdflatex")
        let folder = try WorkFolder(self)
        // Counting to a billion keeps TeX busy for minutes, far longer than the test waits.
        try folder.makeTheme(
            "slow", addingToThePreamble: "\\count255=0 \\loop\\ifnum\\count255<1000000000 \\advance\\count255 by 1 \\repeat")
        for number in [SIGINT, SIGTERM, SIGHUP] {
            try "previous".write(to: folder.url.appendingPathComponent("cv.pdf"), atomically: true, encoding: .utf8)
            let before = try folder.listing()
            let process = try resume.start(
                ["render", "cv.yaml", "--theme", "./slow", "-o", "cv.pdf"], in: folder.url,
                environment: ["TMPDIR": folder.temporary.path])
            // TeX is running once its folder holds the log.
            let deadline = Date().addingTimeInterval(120)
            while try folder.temporaryListing().allSatisfy({ !$0.hasSuffix(".log") }), Date() < deadline {
                usleep(20_000)
            }
            XCTAssertFalse(try folder.temporaryListing().isEmpty, "a compile folder while TeX runs")
            process.send(number)
            let result = try process.wait(timeout: 60)
            XCTAssertEqual(result.signal, number, "ended by signal \(number): \(result.stderr)")
            XCTAssertEqual(try folder.listing(), before, "nothing written or left beside the output")
            XCTAssertEqual(try String(contentsOf: folder.url.appendingPathComponent("cv.pdf"), encoding: .utf8), "previous")
            XCTAssertEqual(try folder.temporaryListing(), [], "the compile folder is removed")
        }
    }
}

/// A folder holding `cv.yaml`, and a private temporary folder for the command, so that what a
/// failed run leaves in either can be listed.
struct WorkFolder {
    let url: URL
    let temporary: URL

    init(_ testCase: XCTestCase) throws {
        let root = try temporaryDirectory(testCase)
        url = root.appendingPathComponent("work")
        temporary = root.appendingPathComponent("tmp")
        for folder in [url, temporary] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try FileManager.default.copyItem(
            atPath: CommandRunner.example("cv.yaml"), toPath: url.appendingPathComponent("cv.yaml").path)
    }

    /// Every name in the folder and its subfolders, hidden ones too.
    func listing() throws -> [String] {
        (FileManager.default.subpaths(atPath: url.path) ?? []).sorted()
    }

    func temporaryListing() throws -> [String] {
        (FileManager.default.subpaths(atPath: temporary.path) ?? []).sorted()
    }

    /// A copy of the classic theme named `name` whose LaTeX document runs `latex` first.
    /// A copy of classic whose preamble ends with `latex` (the body may hold only blocks: a theme
    /// that puts other LaTeX there is refused when it loads).
    func makeTheme(_ name: String, addingToThePreamble latex: String) throws {
        let made = try CommandRunner().run(["themes", "new", name, "--from", "classic", "--eject"], in: url)
        XCTAssertEqual(made.status, 0, made.stderr)
        let template = url.appendingPathComponent("\(name)/tex/resume.mustache")
        let document = try String(contentsOf: template, encoding: .utf8)
        XCTAssertTrue(document.contains("\\begin{document}\n"))
        try document.replacingOccurrences(of: "\\begin{document}\n", with: "\(latex)\n\\begin{document}\n")
            .write(to: template, atomically: true, encoding: .utf8)
    }

    /// Runs a command that must fail, first with no output file and then with one there, and
    /// checks that nothing was written or left in this folder or the temporary one.
    @discardableResult
    func assertFails(
        _ resume: CommandRunner, _ arguments: [String], status: Int32, stderr: String? = nil, line: UInt = #line
    ) throws -> CommandRunner.Result {
        let output = url.appendingPathComponent(arguments[arguments.firstIndex(of: "-o")! + 1])
        let before = try listing()
        let environment = ["TMPDIR": temporary.path, "NO_COLOR": "1"]
        let fresh = try resume.run(arguments, in: url, environment: environment)
        XCTAssertEqual(fresh.status, status, fresh.stderr, line: line)
        if let stderr { XCTAssertEqual(fresh.stderr, stderr, line: line) }
        XCTAssertEqual(fresh.stdout, "", line: line)
        XCTAssertEqual(try listing(), before, "\(arguments): nothing written or left beside the output", line: line)
        XCTAssertEqual(try temporaryListing(), [], "\(arguments): nothing left in the temporary folder", line: line)

        var isFolder: ObjCBool = false
        guard !FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder) || !isFolder.boolValue else {
            return fresh
        }
        try "previous".write(to: output, atomically: true, encoding: .utf8)
        let again = try resume.run(arguments, in: url, environment: environment)
        XCTAssertEqual(again.status, status, again.stderr, line: line)
        XCTAssertEqual(
            try String(contentsOf: output, encoding: .utf8), "previous", "\(arguments): the output is untouched", line: line)
        XCTAssertEqual(try temporaryListing(), [], line: line)
        try FileManager.default.removeItem(at: output)
        return fresh
    }
}
