import Foundation
import XCTest

/// `resume themes`: what each built-in theme extends, `themes new` writing a small folder that
/// inherits, `--eject` a standalone copy, and a broken chain reported with every problem.
final class ThemesCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testThemesSaysWhatEachBuiltinExtends() throws {
        let result = try resume.run(["themes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].hasPrefix("classic ") && lines[0].hasSuffix("(html, tex, text)"), result.stdout)
        XCTAssertTrue(lines[1].hasPrefix("compact ") && lines[1].hasSuffix("(html, tex, text; extends classic)"), result.stdout)
        XCTAssertTrue(lines[2].hasPrefix("modern ") && lines[2].hasSuffix("(html, tex, text; extends classic)"), result.stdout)
    }

    /// The folder holds one file, and renders byte for byte as its parent does in every format.
    func testThemesNewWritesASmallFolderThatRendersAsItsParent() throws {
        let directory = try temporaryDirectory(self)
        try FileManager.default.copyItem(
            atPath: CommandRunner.example("cv.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        for parent in ["classic", "modern", "compact"] {
            let name = "mine-\(parent)"
            let created = try resume.run(["themes", "new", name, "--from", parent], in: directory)
            XCTAssertEqual(created.status, 0, created.stderr)
            XCTAssertEqual(
                created.stderr, "note: wrote \(name)/theme.yaml, extending \(parent); use it with: resume render cv.yaml --theme ./\(name)\n")
            let folder = directory.appendingPathComponent(name)
            XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: folder.path), ["theme.yaml"])
            let manifest = try String(contentsOf: folder.appendingPathComponent("theme.yaml"), encoding: .utf8)
            XCTAssertTrue(manifest.contains("\nname: \(name)\nextends: \(parent)\n"), manifest)
            XCTAssertTrue(manifest.contains("\n#   headingSize: "), "lists the values it can override")
            XCTAssertTrue(manifest.contains("\n#   tex/ awards, "), "lists the templates it can override")
            for format in ["html", "tex", "text"] {
                let own = try resume.run(["render", "cv.yaml", "--theme", "./\(name)", "--format", format], in: directory)
                let builtin = try resume.run(["render", "cv.yaml", "--theme", parent, "--format", format], in: directory)
                XCTAssertEqual(own.status, 0, own.stderr)
                XCTAssertEqual(own.stdout, builtin.stdout, "\(parent) \(format)")
            }
        }
    }

    /// Every template, resolved through the chain, and every value; no `extends:`.
    func testEjectCopiesEverythingAndStandsAlone() throws {
        let directory = try temporaryDirectory(self)
        try FileManager.default.copyItem(
            atPath: CommandRunner.example("cv.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        let created = try resume.run(["themes", "new", "mine", "--from", "modern", "--eject"], in: directory)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stderr.hasPrefix("note: wrote 53 files to mine;"), created.stderr)
        let folder = directory.appendingPathComponent("mine")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        // The LaTeX blocks are resume's, generated from theme.yaml: no macros or pagebreaks template.
        XCTAssertEqual(files.count, 52)
        XCTAssertFalse(files.contains("tex/macros.mustache") || files.contains("tex/pagebreaks.mustache"), "\(files)")
        let manifest = try String(contentsOf: folder.appendingPathComponent("theme.yaml"), encoding: .utf8)
        XCTAssertFalse(manifest.contains("\nextends:"), manifest)
        XCTAssertTrue(manifest.contains("\n  font: tex-gyre-heros\n"), manifest)
        XCTAssertTrue(manifest.contains("\nblocks:\n  header: flush-left\n"), manifest)
        XCTAssertEqual(
            try String(contentsOf: folder.appendingPathComponent("tex/work.mustache"), encoding: .utf8),
            try String(contentsOf: repository.appendingPathComponent("themes/classic/tex/work.mustache"), encoding: .utf8),
            "a template modern inherits is classic's")
        for format in ["html", "tex", "text"] {
            let own = try resume.run(["render", "cv.yaml", "--theme", "./mine", "--format", format], in: directory)
            let builtin = try resume.run(["render", "cv.yaml", "--theme", "modern", "--format", format], in: directory)
            XCTAssertEqual(own.status, 0, own.stderr)
            XCTAssertEqual(own.stdout, builtin.stdout, format)
        }
    }

    func testABrokenThemeReportsEveryProblemWithItsLine() throws {
        let directory = try temporaryDirectory(self)
        try FileManager.default.copyItem(
            atPath: CommandRunner.example("cv.yaml"), toPath: directory.appendingPathComponent("cv.yaml").path)
        XCTAssertEqual(try resume.run(["themes", "new", "mine"], in: directory).status, 0)
        let manifest = directory.appendingPathComponent("mine/theme.yaml")
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "extends: classic\n", with: "extends: classic\ndateStyle: roman\nlayout:\n  fontSize: 1pt\n")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let result = try resume.run(["render", "cv.yaml", "--theme", "./mine"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            ./mine/theme.yaml:12:12: error: 'dateStyle' is 'roman'; expected one of: short, long, numeric
            dateStyle: roman
                       ^
            ./mine/theme.yaml:14:13: error: 'layout.fontSize' is '1pt'; expected a length from 4pt to 72pt
              fontSize: 1pt
                        ^

            """)
    }

    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
