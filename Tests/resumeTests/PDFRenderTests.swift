import Foundation
import XCTest
import TestSupport

/// `render --format pdf`: the theme's LaTeX compiled by a real TeX engine.
final class PDFRenderTests: XCTestCase {
    let resume = CommandRunner()

    func testEveryBuiltInThemeMakesThePDFThatLintMeasures() throws {
        let pdfinfo = try RequiredTool.path(of: "pdfinfo")
        let pdftotext = try RequiredTool.path(of: "pdftotext")
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        for theme in ["classic", "compact", "modern"] {
            let output = directory.appendingPathComponent("\(theme).pdf")
            let result = try resume.run(["render", CommandRunner.example("cv.yaml"), "--theme", theme, "-o", output.path])
            XCTAssertEqual(result.status, 0, "\(theme): \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
            let text = try Poppler.output(of: pdftotext, ["-enc", "UTF-8", output.path, "-"])
            XCTAssertTrue(text.contains("Theo Varga-Lindholm"), "\(theme): \(text.prefix(300))")
            XCTAssertEqual(try Poppler.pageCount(pdfinfo, output), try lintPages(CommandRunner.example("cv.yaml"), theme: theme), theme)
        }
    }

    func testKoreanResumeIsCompiledWithXeLaTeX() throws {
        let pdfinfo = try RequiredTool.path(of: "pdfinfo")
        let pdftotext = try RequiredTool.path(of: "pdftotext")
        try RequiredTool.path(of: "xelatex")
        let output = try temporaryDirectory(self).appendingPathComponent("ko.pdf")
        let result = try resume.run(["render", CommandRunner.example("ko.yaml"), "--format", "pdf", "-o", output.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let info = try Poppler.output(of: pdfinfo, [output.path])
        XCTAssertTrue(info.contains("xdvipdfmx"), info)
        let name = try XCTUnwrap(try String(contentsOfFile: CommandRunner.example("ko.yaml"), encoding: .utf8)
            .split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("name:") }?
            .split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces))
        let text = try Poppler.output(of: pdftotext, ["-enc", "UTF-8", output.path, "-"])
        XCTAssertTrue(text.contains(name), "\(name) not in \(text.prefix(300))")
        XCTAssertEqual(try Poppler.pageCount(pdfinfo, output), try lintPages(CommandRunner.example("ko.yaml"), theme: "classic"))
    }

    /// A résumé's file name in any script, or one that starts like an option, makes a PDF.
    func testFilesNamedInAnyScriptMakeAPDF() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        let example = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.example("minimal.yaml")))
        for name in ["이력서", "履歴書", "Été", "-cv", "резюме 2026"] {
            try example.write(to: directory.appendingPathComponent("\(name).yaml"))
            let result = try resume.run(["render", "./\(name).yaml", "-o", "./\(name).pdf"], in: directory)
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            let pdf = try Data(contentsOf: directory.appendingPathComponent("\(name).pdf"))
            XCTAssertTrue(pdf.starts(with: Data("%PDF-".utf8)), name)
        }
    }

    func testAnUnreadableSourceDateEpochIsNamed() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        let result = try resume.run(
            ["render", CommandRunner.example("minimal.yaml"), "-o", "cv.pdf"], in: directory, environment: ["SOURCE_DATE_EPOCH": "abc"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (such as 1700000000), not 'abc'\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cv.pdf").path))
    }

    func testPDFGoesToStandardOutputWhenItIsNotATerminal() throws {
        try RequiredTool.path(of: "pdflatex")
        let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "--format", "pdf"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("%PDF-"), String(result.stdout.prefix(20)))
        XCTAssertEqual(result.stderr, "", "no progress line when standard error is not a terminal")
    }

    func testTheSameResumeGivesTheSameBytes() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        for name in ["one", "two"] {
            let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "-o", directory.appendingPathComponent("\(name).pdf").path])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertEqual(
            try Data(contentsOf: directory.appendingPathComponent("one.pdf")),
            try Data(contentsOf: directory.appendingPathComponent("two.pdf")))
    }

    func testALaTeXErrorInAThemeIsSummarizedAndNothingIsWritten() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        XCTAssertEqual(try resume.run(["themes", "new", "broken", "--from", "classic", "--eject"], in: directory).status, 0)
        // The preamble is the theme's own LaTeX: a mistake there is TeX's to find.
        let template = directory.appendingPathComponent("broken/tex/preamble.mustache")
        let original = try String(contentsOf: template, encoding: .utf8)
        try original.replacingOccurrences(of: "<<>setup>>", with: "<<>setup>>\n\\undefinedmacro")
            .write(to: template, atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: CommandRunner.example("cv.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)

        let fresh = try resume.run(["render", "cv.yaml", "--theme", "./broken", "-o", "cv.pdf"], in: directory)
        XCTAssertEqual(fresh.status, 2)
        let lines = fresh.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, fresh.stderr)
        guard lines.count == 2 else { return }
        XCTAssertTrue(lines[0].hasPrefix("error: pdflatex stopped at an error in the theme's LaTeX, line "), fresh.stderr)
        XCTAssertTrue(lines[0].hasSuffix(": Undefined control sequence \\undefinedmacro"), fresh.stderr)
        XCTAssertEqual(lines[1], "  \\undefinedmacro", fresh.stderr)
        XCTAssertFalse(fresh.stderr.contains(".log"), "the log is gone with its folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cv.pdf").path))

        try "previous".write(to: directory.appendingPathComponent("cv.pdf"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try resume.run(["render", "cv.yaml", "--theme", "./broken", "-o", "cv.pdf"], in: directory).status, 2)
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("cv.pdf"), encoding: .utf8), "previous")
    }

    func testWithoutTeXItSaysWhatToInstall() throws {
        let directory = try temporaryDirectory(self)
        let output = directory.appendingPathComponent("cv.pdf").path
        let latin = try resume.run(["render", CommandRunner.example("minimal.yaml"), "-o", output], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(latin.status, 2)
        XCTAssertEqual(latin.stderr, "error: making a PDF of this résumé needs pdflatex, which is not on the PATH; on Debian: apt-get install texlive-latex-recommended lmodern tex-gyre\n")
        let korean = try resume.run(["render", CommandRunner.example("ko.yaml"), "-o", output], environment: ["PATH": "/nonexistent"])
        XCTAssertEqual(korean.status, 2)
        XCTAssertTrue(korean.stderr.contains("needs xelatex, which is not on the PATH; on Debian: apt-get install texlive-latex-recommended lmodern tex-gyre texlive-xetex fonts-cmu fonts-lmodern fonts-texgyre texlive-lang-chinese texlive-lang-cjk fonts-noto-cjk"), korean.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    /// On a terminal, a status line says what TeX is doing and is cleared when it is done; a PDF is
    /// never written onto the terminal itself.
    func testOnATerminalAStatusLineShowsProgress() throws {
        try RequiredTool.path(of: "pdflatex")
        let script = try RequiredTool.path(of: "script", installedBy: "util-linux")
        let directory = try temporaryDirectory(self)
        try FileManager.default.copyItem(atPath: CommandRunner.example("minimal.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        let binary = CommandRunner.executable.path
        let compiled = try resume.runOnTerminal(script, "'\(binary)' render cv.yaml -o cv.pdf", in: directory)
        XCTAssertEqual(compiled.status, 0, compiled.output)
        XCTAssertTrue(compiled.output.contains("\r\u{1B}[Kcompiling cv.tex with pdflatex…"), compiled.output)
        XCTAssertTrue(compiled.output.hasSuffix("\r\u{1B}[K"), "the status line is cleared: \(compiled.output.debugDescription)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cv.pdf").path))

        let refused = try resume.runOnTerminal(script, "'\(binary)' render cv.yaml --format pdf", in: directory)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.output.contains("a PDF cannot be shown on a terminal: add -o FILE.pdf, or redirect standard output"), refused.output)
    }

    func testHelpListsPDF() throws {
        let help = try resume.run(["render", "--help"]).stdout
        XCTAssertTrue(help.contains("pdf          a PDF compiled from the LaTeX"), help)
        XCTAssertTrue(help.contains(".pdf"), help)
    }

    /// The page count `lint --format json` predicts for `file` in `theme`.
    /// A terminal that shows escapes as text (`TERM=dumb`) gets no colour and no status line.
    func testADumbTerminalGetsNoEscapes() throws {
        try RequiredTool.path(of: "pdflatex")
        let script = try RequiredTool.path(of: "script", installedBy: "util-linux")
        let directory = try temporaryDirectory(self)
        try FileManager.default.copyItem(atPath: CommandRunner.example("minimal.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        let binary = CommandRunner.executable.path
        let colored = try resume.runOnTerminal(script, "env -u NO_COLOR TERM=xterm '\(binary)' lint cv.yaml", in: directory)
        XCTAssertTrue(colored.output.contains("\u{1B}["), "colour on an ordinary terminal: \(colored.output)")
        for command in ["lint cv.yaml", "render cv.yaml -o cv.pdf"] {
            let dumb = try resume.runOnTerminal(script, "env -u NO_COLOR TERM=dumb '\(binary)' \(command)", in: directory)
            XCTAssertFalse(dumb.output.contains("\u{1B}"), "\(command): \(dumb.output.debugDescription)")
        }
    }

    private func lintPages(_ file: String, theme: String) throws -> Int {
        let result = try resume.run(["lint", file, "--theme", theme, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = try XCTUnwrap(json?["files"] as? [[String: Any]], result.stdout)
        return try XCTUnwrap((files.first?["fit"] as? [String: Any])?["pages"] as? Int)
    }
}

extension CommandRunner {
    /// Runs a shell command line with a terminal as its standard output and error, through
    /// util-linux `script`; returns what the terminal showed.
    func runOnTerminal(_ script: String, _ commandLine: String, in directory: URL) throws -> (status: Int32, output: String) {
        let result = try ProcessRunner.run(script, ["-qec", commandLine, "/dev/null"], in: directory)
        return (result.status, result.stdout)
    }
}

/// The Poppler programs the PDF tests read PDFs with.
enum Poppler {
    /// What `executable` prints on standard output.
    static func output(of executable: String, _ arguments: [String]) throws -> String {
        try ProcessRunner.run(executable, arguments).stdout
    }

    /// The page count `pdfinfo` reads from a PDF.
    static func pageCount(_ pdfinfo: String, _ pdf: URL) throws -> Int? {
        try output(of: pdfinfo, [pdf.path]).split(separator: "\n")
            .first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }
}
