import Foundation
import XCTest

final class RenderCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testRendersPlainTextToStandardOutputByDefault() throws {
        let result = try resume.run(["render", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains("WORK EXPERIENCE") || result.stdout.contains("Work Experience"), result.stdout)
        XCTAssertFalse(result.stdout.contains("<html"))
    }

    func testInfersTheFormatFromTheOutputExtension() throws {
        let directory = try temporaryDirectory(self)
        for (name, marker) in [("cv.html", "<!DOCTYPE html>"), ("cv.tex", "\\documentclass"), ("cv.txt", "Theo")] {
            let output = directory.appendingPathComponent(name).path
            let result = try resume.run(["render", CommandRunner.example("cv.yaml"), "-o", output])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stdout, "", "nothing goes to standard output when writing a file")
            let written = try String(contentsOfFile: output, encoding: .utf8)
            XCTAssertTrue(written.contains(marker), "\(name) lacks \(marker)")
        }
    }

    func testFormatOptionWinsOverTheExtension() throws {
        let directory = try temporaryDirectory(self)
        let output = directory.appendingPathComponent("cv.txt").path
        let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "--format", "html", "-o", output])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    func testInvalidResumeExitsTwoWithLocatedErrorsAndWritesNothing() throws {
        let directory = try temporaryDirectory(self)
        let input = directory.appendingPathComponent("cv.yaml")
        try "basics:\n  name: Ada\nwork:\n  - name: Acme\n    higlights: [x]\n".write(to: input, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("cv.html")
        let result = try resume.run(["render", "cv.yaml", "-o", "cv.html"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("""
            cv.yaml:5:5: error: unknown key 'higlights' in work[0]; did you mean 'highlights'?
                higlights: [x]
                ^

            """), result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing was written"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testFailedRunLeavesAnExistingOutputUntouched() throws {
        let directory = try temporaryDirectory(self)
        try "basics: {nam: A}\n".write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        try "previous".write(to: directory.appendingPathComponent("cv.html"), atomically: true, encoding: .utf8)
        let result = try resume.run(["render", "cv.yaml", "-o", "cv.html"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("cv.html"), encoding: .utf8), "previous")
    }

    func testRefusesToWriteOverTheInput() throws {
        let directory = try temporaryDirectory(self)
        let input = directory.appendingPathComponent("cv.yaml")
        let original = "basics: {name: Ada}\n"
        try original.write(to: input, atomically: true, encoding: .utf8)
        let result = try resume.run(["render", "cv.yaml", "--format", "text", "-o", "./cv.yaml"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("refusing to write the output over the input file"), result.stderr)
        XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), original)
    }

    func testUnknownOutputExtensionNeedsAFormat() throws {
        let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "-o", "cv.docx"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("cannot tell the format from 'cv.docx'"), result.stderr)
    }

    /// A width no terminal or form has is a usage error, not gigabytes of padding.
    func testAnAbsurdWidthIsRefused() throws {
        for width in ["1001", "1000000000", "9223372036854775807"] {
            let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "--width", width])
            XCTAssertEqual(result.status, 2, width)
            XCTAssertTrue(result.stderr.contains("--width must be from 20 to 1000 columns"), "\(width): \(result.stderr)")
        }
        XCTAssertEqual(try resume.run(["render", CommandRunner.example("minimal.yaml"), "--width", "1000"]).status, 0)
    }

    /// A file name in another encoding (Latin-1 `cv\xFF.yaml`) is read, and named with its other
    /// bytes written `\xFF` in every message; lint of its folder finds it too.
    func testAFileNameThatIsNotUTF8IsReadAndShownByItsBytes() throws {
        let folder = try temporaryDirectory(self)
        let minimal = try String(contentsOfFile: CommandRunner.example("minimal.yaml"), encoding: .utf8)
        let broken = "basics:\n  name: Ada\n  emial: ada@example.com\n"
        let written = try resume.runShell(
            #"printf '%s' "$A" > "$(printf 'cv\377.yaml')" && printf '%s' "$B" > "$(printf 'Lebenslauf-\344.yaml')""#,
            in: folder, environment: ["A": minimal, "B": broken])
        XCTAssertEqual(written.status, 0, written.stderr)

        let rendered = try resume.runShell(#""$RESUME" render "$(printf 'cv\377.yaml')""#, in: folder)
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        XCTAssertTrue(rendered.stdout.hasPrefix("Alex Example\n"), rendered.stdout)

        let linted = try resume.runShell(#""$RESUME" lint --format json "$(printf 'Lebenslauf-\344.yaml')""#, in: folder)
        XCTAssertEqual(linted.status, 2, "the résumé has an error")
        XCTAssertTrue(linted.stderr.contains("Lebenslauf-\\xE4.yaml:3:3: error: unknown key 'emial'"), linted.stderr)

        let folderLint = try resume.runShell(#""$RESUME" lint ."#, in: folder)
        XCTAssertTrue(folderLint.stdout.contains("cv\\xFF.yaml: 1 page in theme classic"), folderLint.stdout)
        XCTAssertTrue(folderLint.stderr.contains("Lebenslauf-\\xE4.yaml:3:3: error: unknown key 'emial'"), folderLint.stderr)

        let inFolder = try resume.runShell(
            #"sub="$(printf 'alt\377')" && mkdir "$sub" && cp "$(printf 'cv\377.yaml')" "$sub/" && "$RESUME" lint "$sub""#, in: folder)
        XCTAssertTrue(inFolder.stdout.contains("alt\\xFF/cv\\xFF.yaml: 1 page in theme classic"), inFolder.stdout + inFolder.stderr)

        let pdf = try resume.runShell(#""$RESUME" render "$(printf 'cv\377.yaml')" -o cv.pdf"#, in: folder)
        XCTAssertEqual(pdf.status, 0, pdf.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("cv.pdf").path))
    }

    /// Written to its shown name the output would not be the file named, so such an output is
    /// refused and nothing is created.
    func testAnOutputNameThatIsNotUTF8IsRefused() throws {
        let folder = try temporaryDirectory(self)
        let result = try resume.runShell(#""$RESUME" render "$EXAMPLE" -o "$(printf 'out\377.html')""#, in: folder,
                                         environment: ["EXAMPLE": CommandRunner.example("minimal.yaml")])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "error: cannot write 'out\\xFF.html': its name is not UTF-8 text; name the output with a UTF-8 name\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
    }

    /// The LaTeX written carries the page total the fit engine measured, for the footer of the
    /// pages after the first, so that one TeX pass makes the PDF.
    func testTheLaTeXCarriesThePageTotal() throws {
        let result = try resume.run(["render", CommandRunner.example("cv.yaml"), "--format", "tex"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\\quad\\thepage\\,/\\,2}"), "cv.yaml is two pages in classic")
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try resume.run(["render"]).status, 2)
        XCTAssertEqual(try resume.run(["render", "x.yaml", "--format", "docx"]).status, 2)
        XCTAssertEqual(try resume.run(["frobnicate"]).status, 2)
    }

    func testMissingInputFile() throws {
        let result = try resume.run(["render", "no-such-file.yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("no-such-file.yaml:1:1: error: cannot read file: no such file"), result.stderr)
    }

    func testUnwritableOutputExitsOne() throws {
        let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "-o", "/nonexistent-dir/cv.html"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot write '/nonexistent-dir/cv.html': no such directory"), result.stderr)
    }

    func testUnknownThemeIsAnInputError() throws {
        let result = try resume.run(["render", CommandRunner.example("minimal.yaml"), "--theme", "nonesuch"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nonesuch"), result.stderr)
    }

    func testWarnsThatKoreanLaTeXNeedsXeLaTeX() throws {
        let result = try resume.run(["render", CommandRunner.example("ko.yaml"), "--format", "tex"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("xelatex"), result.stderr)
        XCTAssertTrue(result.stdout.contains("윤서하"), "the Hangul reaches the LaTeX")
    }

    func testOutputIsDeterministic() throws {
        for format in ["html", "tex", "text"] {
            let first = try resume.run(["render", CommandRunner.example("cv.yaml"), "--format", format])
            let second = try resume.run(["render", CommandRunner.example("cv.yaml"), "--format", format])
            XCTAssertEqual(first.stdout, second.stdout, format)
        }
    }

    func testBinaryCopiedAloneStillRendersWithBuiltInThemes() throws {
        let directory = try temporaryDirectory(self)
        let copy = directory.appendingPathComponent("resume")
        try FileManager.default.copyItem(at: CommandRunner.executable, to: copy)
        let input = directory.appendingPathComponent("cv.yaml")
        try FileManager.default.copyItem(atPath: CommandRunner.example("cv.yaml"), toPath: input.path)
        let result = try CommandRunner(executable: copy).run(["render", "cv.yaml", "--format", "html"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Theo"))
    }

    func testJSONResumeExportNeedsNoTheme() throws {
        let directory = try temporaryDirectory(self)
        try "basics: {name: Ada}\nmeta: {theme: fancy}\n".write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let export = try resume.run(["render", "cv.yaml", "--format", "json-resume"], in: directory)
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertTrue(export.stdout.contains("\"name\" : \"Ada\"") || export.stdout.contains("\"name\": \"Ada\""), export.stdout)
        let html = try resume.run(["render", "cv.yaml", "--format", "html"], in: directory)
        XCTAssertEqual(html.status, 2)
        XCTAssertTrue(html.stderr.contains("no built-in theme named 'fancy'"), html.stderr)
    }
}
