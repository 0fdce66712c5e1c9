import Foundation
import ResumeKit
import TestSupport
import XCTest

/// Characters the theme's LaTeX fonts lack: LaTeX and PDF are refused with the characters located
/// in the file and nothing written; HTML and plain text show them; every character that is in
/// the fonts reaches the PDF.
final class UnsupportedCharacterCommandTests: XCTestCase {
    let resume = CommandRunner()

    /// The résumé of issue 15: Cyrillic, Greek and symbols Latin Modern lacks.
    static func russian() throws -> String {
        try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent("Tests/ResumeKitTests/Fixtures/russian.yaml"),
            encoding: .utf8)
    }

    static let russianErrors = """
        ru.yaml:2:9: error: 'Д' U+0414 CYRILLIC CAPITAL LETTER DE in basics.name, and 26 more Cyrillic characters in 5 fields (м и т р й И в а н о ж е …), are not in Latin Modern Roman, the font theme classic sets them in: LaTeX and PDF cannot show them, HTML and plain text can; for LaTeX, a theme of your own can load Cyrillic fonts (Debian: texlive-lang-cyrillic)
          name: Дмитрий Иванов
                ^
        ru.yaml:5:23: error: 'μ' U+03BC GREEK SMALL LETTER MU in basics.summary, and 6 more Greek characters (λ η ν ι κ ά), are not in Latin Modern Roman, the font theme classic sets them in: LaTeX and PDF cannot show them, HTML and plain text can; for LaTeX, a theme of your own can load Greek fonts (Debian: texlive-lang-greek)
          summary: Latency 40 μs, ≥ 99% ✓ — “quotes” and Ελληνικά.
                              ^

        """

    func testARussianResumeIsNeitherLaTeXNorPDFAndNothingIsWritten() throws {
        let folder = try WorkFolder(self)
        try Self.russian().write(to: folder.url.appendingPathComponent("ru.yaml"), atomically: true, encoding: .utf8)
        let summary = "error: ru.yaml: theme classic's LaTeX fonts lack 34 characters of the résumé; nothing was written"
            + " (HTML and plain text show them: --format html, --format text)\n"
        for arguments in [["-o", "ru.tex"], ["-o", "ru.pdf"], ["--format", "pdf", "-o", "out"], ["--format", "tex", "-o", "out"]] {
            try folder.assertFails(resume, ["render", "ru.yaml"] + arguments, status: 2, stderr: Self.russianErrors + summary)
        }
        let standardOutput = try resume.run(["render", "ru.yaml", "--format", "tex"], in: folder.url, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(standardOutput.status, 2)
        XCTAssertEqual(standardOutput.stdout, "")
    }

    func testHTMLAndPlainTextShowEveryCharacter() throws {
        let folder = try WorkFolder(self)
        try Self.russian().write(to: folder.url.appendingPathComponent("ru.yaml"), atomically: true, encoding: .utf8)
        let values = try XCTUnwrap(ResumeLoader.load(yaml: Self.russian(), file: "ru.yaml").resume)
        let shown = [values.basics.name, values.basics.label, values.basics.summary, values.work[0].name, values.work[0].position]
            .compactMap { $0 } + values.work[0].highlights
        for format in ["html", "text"] {
            let result = try resume.run(["render", "ru.yaml", "--format", format], in: folder.url)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "", format)
            let output = Set(result.stdout.unicodeScalars)
            let missing = shown.flatMap(\.unicodeScalars).filter { !output.contains($0) && $0 != " " }
            XCTAssertEqual(missing.map(String.init), [], format)
        }
    }

    func testAnArabicNameIsRefusedTheSameWay() throws {
        let folder = try WorkFolder(self)
        try "basics:\n  name: محمد علي\n  email: m@example.com\n".write(
            to: folder.url.appendingPathComponent("ar.yaml"), atomically: true, encoding: .utf8)
        let result = try folder.assertFails(resume, ["render", "ar.yaml", "-o", "ar.pdf"], status: 2)
        XCTAssertTrue(
            result.stderr.hasPrefix(
                "ar.yaml:2:9: error: 'م' U+0645 ARABIC LETTER MEEM in basics.name, and 5 more Arabic characters (ح د ع ل ي),"
                    + " are not in Latin Modern Roman"), result.stderr)
        XCTAssertTrue(result.stderr.contains("set it right to left (Debian: fonts-noto-core)\n  name: محمد علي\n        ^\n"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("error: ar.yaml: theme classic's LaTeX fonts lack 6 characters of the résumé; nothing was written (HTML and plain text show them: --format html, --format text)\n"), result.stderr)
        for theme in ["classic", "compact", "modern"] {
            for output in ["ar.tex", "ar.pdf"] {
                let refused = try folder.assertFails(resume, ["render", "ar.yaml", "--theme", theme, "-o", output], status: 2)
                XCTAssertTrue(refused.stderr.hasPrefix("ar.yaml:2:9: error: 'م' U+0645 ARABIC LETTER MEEM"), "\(theme) \(output)")
            }
            for format in ["html", "text"] {
                let shown = try resume.run(["render", "ar.yaml", "--theme", theme, "--format", format], in: folder.url)
                XCTAssertEqual(shown.status, 0, shown.stderr)
                XCTAssertTrue(shown.stdout.contains("محمد علي"), "\(theme) \(format):\n\(shown.stdout)")
            }
        }
    }

    func testLintReportsTheCharactersAndVerifyDoesNotRunTeX() throws {
        let folder = try WorkFolder(self)
        try Self.russian().write(to: folder.url.appendingPathComponent("ru.yaml"), atomically: true, encoding: .utf8)
        let environment = ["NO_COLOR": "1"]
        let lint = try resume.run(["lint", "ru.yaml"], in: folder.url, environment: environment)
        XCTAssertEqual(lint.status, 1)
        XCTAssertTrue(lint.stdout.contains(
            "ru.yaml:2:9: error: 'Д' U+0414 CYRILLIC CAPITAL LETTER DE in basics.name, and 26 more Cyrillic characters"), lint.stdout)
        XCTAssertEqual(lint.stdout.components(separatedBy: "[unsupported-character]").count - 1, 2, lint.stdout)
        XCTAssertTrue(lint.stdout.hasSuffix("2 errors, 6 warnings in 1 file\n"), lint.stdout)

        let verify = try resume.run(["lint", "ru.yaml", "--verify"], in: folder.url, environment: environment)
        XCTAssertEqual(verify.status, 2)
        XCTAssertEqual(
            verify.stderr,
            Self.russianErrors
                + "error: ru.yaml: not verified: theme classic's LaTeX fonts lack 34 characters of the résumé, so TeX was not run\n")

        let json = try resume.run(["lint", "ru.yaml", "--format", "json"], in: folder.url, environment: environment)
        XCTAssertTrue(json.stdout.contains(#""path" : "basics.name","#), json.stdout)
        XCTAssertTrue(json.stdout.contains(#""rule" : "unsupported-character","#), json.stdout)
    }

    /// The fonts have every character of the examples: pdftotext finds each one of the names and
    /// highlights in the PDF, in every built-in theme.
    func testTheExamplesReachThePDFWhole() throws {
        let pdftotext = try RequiredTool.path(of: "pdftotext")
        try RequiredTool.path(of: "pdflatex")
        try RequiredTool.path(of: "xelatex")
        let folder = try temporaryDirectory(self)
        for example in ["cv.yaml", "ko.yaml"] {
            let loaded = try XCTUnwrap(ResumeLoader.load(contentsOf: URL(fileURLWithPath: CommandRunner.example(example))).resume)
            let names = [loaded.basics.name] + loaded.work.compactMap(\.name) + loaded.projects.compactMap(\.name)
                + loaded.education.compactMap(\.institution)
            let highlights = loaded.work.flatMap(\.highlights) + loaded.projects.flatMap(\.highlights)
            let expected = Set((names + highlights).flatMap(\.unicodeScalars)).subtracting([" "])
            for theme in ["classic", "compact", "modern"] {
                let output = folder.appendingPathComponent("\(theme)-\(example).pdf")
                let result = try resume.run(["render", CommandRunner.example(example), "--theme", theme, "-o", output.path])
                XCTAssertEqual(result.status, 0, result.stderr)
                // T1 fonts set a typed ' as a typographic ’.
                let text = Set(try Poppler.output(of: pdftotext, ["-enc", "UTF-8", output.path, "-"]).unicodeScalars)
                    .union(["'"])
                let missing = expected.filter { !text.contains($0) }
                XCTAssertEqual(missing.map(String.init).sorted(), [], "\(theme): \(example)")
            }
        }
    }
}
