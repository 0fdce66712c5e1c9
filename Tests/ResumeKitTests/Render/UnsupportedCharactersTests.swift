import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeThemes
@testable import ResumeRender

/// Finding the characters a theme's LaTeX fonts lack, where they are in the file, and how the
/// finding reads.
final class UnsupportedCharactersTests: XCTestCase {
    /// The résumé of issue 15: Cyrillic, Greek and symbols Latin Modern lacks, and a line of Korean,
    /// so that the document keeps Latin Modern beside xeCJK, and Cyrillic and Greek cannot be set.
    static func russian() throws -> String {
        try String(contentsOf: TestPaths.testsFolder.appendingPathComponent("Fixtures/russian.yaml"), encoding: .utf8)
    }

    func testARussianResumeGetsOneErrorPerScriptAtItsFirstCharacter() throws {
        let (unsupported, _) = try check(Self.russian())
        XCTAssertEqual(unsupported.fonts.engine, .xelatex)
        XCTAssertEqual(unsupported.characters.first?.description, "'Д' U+0414 CYRILLIC CAPITAL LETTER DE")
        XCTAssertEqual(unsupported.characters.count, 34)
        let diagnostics = unsupported.diagnostics()
        XCTAssertEqual(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.path?.description ?? "-")" }, [
            "2:9 basics.name", "5:23 basics.summary",
        ])
        XCTAssertEqual(diagnostics.map(\.message), [
            "'Д' U+0414 CYRILLIC CAPITAL LETTER DE in basics.name, and 26 more Cyrillic characters in 5 fields"
                + " (м и т р й И в а н о ж е …), are not in Latin Modern Roman, the font theme classic sets them in:"
                + " LaTeX and PDF cannot show them, HTML and plain text can; for LaTeX, a theme of your own can load"
                + " Cyrillic fonts (Debian: texlive-lang-cyrillic)",
            "'μ' U+03BC GREEK SMALL LETTER MU in basics.summary, and 6 more Greek characters (λ η ν ι κ ά), are not"
                + " in Latin Modern Roman, the font theme classic sets them in: LaTeX and PDF cannot show them, HTML and"
                + " plain text can; for LaTeX, a theme of your own can load Greek fonts (Debian: texlive-lang-greek)",
        ])
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .error && $0.rule == nil })
        XCTAssertFalse(diagnostics.contains { $0.message.hasSuffix(".") })
        // The characters the fonts have are not reported: Ε is in Latin Modern, the quotes and dash
        // too, and ≥ and ✓ in Latin Modern Math.
        XCTAssertFalse(unsupported.characters.contains { "Ε“”—%≥✓".unicodeScalars.contains($0.scalar) })
    }

    func testOneCharacterNamesHowManyMorePlacesHaveIt() throws {
        let (unsupported, _) = try check("""
            basics:
              name: Ada Park
              summary: Checked ★
            work:
              - name: Acme ★
                highlights: [Shipped ★]
            """)
        XCTAssertEqual(unsupported.diagnostics().map(\.message), [
            "'★' U+2605 BLACK STAR in basics.summary (and 2 more places) is not in Latin Modern Roman, the font theme"
                + " classic sets it in: LaTeX and PDF cannot show it, HTML and plain text can",
        ])
        XCTAssertEqual(unsupported.characters.first?.location.column, 20)
    }

    func testACharacterIsFoundInsideItsValue() throws {
        let yaml = """
            basics:
              name: Ada Park
              summary: |
                First line.
                Second line with ★ in it.
            work:
              - name: "Acme \\u2605 Ltd"
                highlights:
                  - >-
                    Folded text
                    with ب
            """
        let (unsupported, _) = try check(yaml)
        let places = unsupported.characters.map { "\($0.scalar) \($0.location.line):\($0.location.column) \($0.path?.description ?? "-")" }
        XCTAssertEqual(places, ["★ 5:22 basics.summary", "ب 11:14 work[0].highlights[0]"])
    }

    func testAnEscapedCharacterPointsAtItsValue() throws {
        let (unsupported, _) = try check("""
            basics:
              name: "Ada \\u0628"
            """)
        XCTAssertEqual(unsupported.characters.map { "\($0.location.line):\($0.location.column) \($0.path?.description ?? "-")" }, ["2:9 basics.name"])
    }

    func testLabelsAreFoundInMetaLabels() throws {
        let (unsupported, _) = try check("""
            basics:
              name: Ada Park
            work:
              - {name: Acme, startDate: 2020-01}
            meta:
              labels:
                work: خبرة
                present: حالي
            """)
        let first = unsupported.characters.map { "\($0.scalar) \($0.location.line):\($0.location.column) \($0.path?.description ?? "-")" }
        XCTAssertEqual(first.prefix(2), ["خ 7:11 meta.labels.work", "ب 7:12 meta.labels.work"])
        XCTAssertTrue(first.contains("ح 8:14 meta.labels.present"), "\(first)")
        XCTAssertEqual(unsupported.diagnostics().count, 1)
    }

    func testHangulAndCJKAreInNotoCJKAndPunctuationFollowsTheTheme() throws {
        let classic = TeXFonts(theme: try XCTUnwrap(Theme.builtin(named: "classic")), engine: .xelatex)
        XCTAssertEqual(classic.font(for: "가"), .notoCJK(.latinModern, .korean))
        XCTAssertEqual(classic.font(for: "、"), .notoCJK(.latinModern, .korean))
        XCTAssertEqual(classic.font(for: "—"), .latinModern(.latinModern), "the preamble declares dashes Default")
        XCTAssertEqual(classic.font(for: "“"), .latinModern(.latinModern))
        XCTAssertEqual(classic.font(for: "Д"), .latinModern(.latinModern))
        XCTAssertEqual(classic.font(for: "가").name, "Noto Serif CJK KR")
        let modern = TeXFonts(theme: try XCTUnwrap(Theme.builtin(named: "modern")), engine: .xelatex)
        XCTAssertEqual(modern.font(for: "가").name, "Noto Sans CJK KR")
        XCTAssertEqual(modern.font(for: "a").name, "TeX Gyre Heros")
        XCTAssertEqual(TeXFonts(theme: try XCTUnwrap(Theme.builtin(named: "compact")), engine: .pdflatex).font(for: "é").name,
            "Latin Modern Roman (T1 and TS1 encodings)")
    }

    func testAThemesOwnClassDeclarationsAreRead() throws {
        var files = try XCTUnwrap(BuiltinThemeFiles.themes["classic"])
        let preamble = try XCTUnwrap(files["tex/preamble.mustache"])
        files["tex/preamble.mustache"] = preamble.replacingOccurrences(
            of: #"\xeCJKDeclareCharClass{Default}{"00B7,"2013,"2014,"2018,"2019,"201C,"201D,"2022,"2026}"#,
            with: #"\xeCJKDeclareCharClass{CJK}{"0410 -> "044F, `ж}\xeCJKDeclareCharClass*{Default}{ "3001 }"#)
        XCTAssertNotEqual(files["tex/preamble.mustache"], preamble)
        let theme = try ThemeLoader(origin: "custom").load(files: files, checkingTemplates: false)
        let fonts = TeXFonts(theme: theme, engine: .xelatex)
        XCTAssertEqual(fonts.font(for: "Д"), .notoCJK(.latinModern, .korean))
        XCTAssertEqual(fonts.font(for: "ж"), .notoCJK(.latinModern, .korean))
        XCTAssertEqual(fonts.font(for: "、"), .latinModern(.latinModern))
        XCTAssertEqual(fonts.font(for: "—"), .notoCJK(.latinModern, .korean), "xeCJK's own class for it, as no declaration moves it")
        XCTAssertTrue(fonts.covers("Д"), "Noto CJK has Cyrillic")
    }

    func testTheExamplesAndSampleResumesNeedNothingTheFontsLack() throws {
        var resumes: [(String, Resume)] = [("realistic", SampleResumes.realistic), ("korean", SampleResumes.korean)]
        for file in Repository.examples {
            resumes.append((file.lastPathComponent, try XCTUnwrap(ResumeLoader.load(contentsOf: file).resume)))
        }
        for theme in Theme.builtinNames {
            for (name, resume) in resumes {
                let unsupported = UnsupportedCharacters(resume: resume, theme: try XCTUnwrap(Theme.builtin(named: theme)), file: name, source: nil)
                XCTAssertEqual(unsupported.characters.map(\.description), [], "\(theme): \(name)")
            }
        }
    }

    func testEveryPathOfTheShownTextIsOneTheLoaderRecords() throws {
        let exported = Data(JSONResumeExporter.export(SampleResumes.hostile).utf8)
        var loaded = ResumeLoader.load(data: exported, file: "export.json")
        var resume = try XCTUnwrap(loaded.resume, "\(loaded.diagnostics)")
        var paths = resume.shownText.compactMap(\.place)
        XCTAssertGreaterThan(paths.count, 60)
        for path in paths { XCTAssertNotNil(resume.sourceMap[path], path.description) }

        loaded = ResumeLoader.load(yaml: """
            basics: {name: Ada, location: {city: Seoul}}
            education:
              - {institution: U, courses: [Algebra], startDate: 2019}
            work:
              - {name: Acme, startDate: 2020-01}
            meta:
              sections: [{section: work, title: Jobs}]
              labels: {education: Study, courses: Classes, present: now}
            """, file: "cv.yaml")
        resume = try XCTUnwrap(loaded.resume, "\(loaded.diagnostics)")
        paths = resume.shownText.compactMap(\.place)
        for path in ["meta.sections[0].title", "meta.labels.education", "meta.labels.courses", "basics.location.city"] {
            XCTAssertTrue(paths.map(\.description).contains(path), path)
            XCTAssertNotNil(resume.sourceMap[path], path)
        }
    }

    /// Until these scripts get fonts, the fit still measures them, as estimates, without failing.
    func testTheFitMeasuresTextTheFontsLackAsAnEstimate() throws {
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: Self.russian() + """
              - name: شركة
                highlights: ["مرحبا بالعالم 😀👩‍💻 x\\u0301 \\u200D"]

            """, file: "cv.yaml").resume)
        for theme in Theme.builtinNames {
            let fit = try FitEngine(theme: try XCTUnwrap(Theme.builtin(named: theme))).fit(resume)
            XCTAssertTrue(fit.approximate, theme)
            XCTAssertEqual(fit.pages, 1, theme)
            XCTAssertEqual(fit.items.map(\.path), ["basics.summary", "work[0].highlights[0]", "work[1].highlights[0]"], theme)
            XCTAssertTrue(fit.items.allSatisfy { $0.lines >= 1 }, theme)
        }
    }

    private func check(_ yaml: String, theme: String = "classic") throws -> (UnsupportedCharacters, String) {
        let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        let resume = try XCTUnwrap(result.resume, "\(result.diagnostics)")
        let unsupported = UnsupportedCharacters(
            resume: resume, theme: try XCTUnwrap(Theme.builtin(named: theme)), file: "cv.yaml", source: result.source)
        return (unsupported, result.source)
    }
}
