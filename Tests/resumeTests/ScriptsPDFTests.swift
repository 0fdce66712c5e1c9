import Foundation
@testable import ResumeKit
import TestSupport
import XCTest

/// Résumés in the scripts people write them in — Russian, Greek, Vietnamese, a symbol-heavy
/// English one, Korean, Simplified Chinese and Japanese (`Tests/ResumeKitTests/Fixtures/scripts`)
/// — render to PDF in every built-in theme through `resume render`, and every character of their
/// text is in the PDF that `pdftotext` reads back.
final class ScriptsPDFTests: XCTestCase {
    let resume = CommandRunner()

    /// The fixtures, by file name.
    static let fixtures = [
        "russian.yaml", "greek.yaml", "vietnamese.yaml", "symbols.yaml", "korean.yaml", "chinese.yaml", "japanese.yaml",
    ]

    static func fixture(_ name: String) -> URL {
        CommandRunner.packageRoot.appendingPathComponent("Tests/ResumeKitTests/Fixtures/scripts/\(name)")
    }

    func testEveryCharacterOfEveryScriptReachesThePDF() throws {
        let pdftotext = try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils")
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let folder = try temporaryDirectory(self)
        for name in Self.fixtures {
            let file = Self.fixture(name)
            let loaded = try XCTUnwrap(ResumeLoader.load(contentsOf: file).resume, name)
            for theme in Theme.builtinNames {
                let pdf = folder.appendingPathComponent("\(theme)-\(name).pdf")
                let result = try resume.run(["render", file.path, "--theme", theme, "-o", pdf.path])
                XCTAssertEqual(result.status, 0, "\(theme) \(name): \(result.stderr)")
                guard result.status == 0 else { continue }
                let text = try Poppler.output(of: pdftotext, ["-enc", "UTF-8", pdf.path, "-"])
                let missing = ExtractedText(text).missing(from: loaded)
                XCTAssertEqual(missing, [], "\(theme) \(name): not in the PDF's text:\n\(text)")
            }
        }
    }

    /// `lint --verify`'s comparison with XeLaTeX on each fixture in every theme: every item's lines
    /// and page and every page count agree. The Russian and Greek ones, set in CMU, and the
    /// Vietnamese and symbol-heavy ones, set in Latin Modern's or TeX Gyre Heros's OpenType faces,
    /// are measured exactly and agree on the lines free on the last page too. The Korean, Chinese
    /// and Japanese ones stay approximate (the README's "Scripts and fonts" says what the engine
    /// does not reproduce for them), yet on these fixtures they agree on the free lines as well.
    func testTheFitAgreesWithXeLaTeXOnEveryItemAndPage() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        var freeLineMisses: [String] = []
        for name in Self.fixtures {
            let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: Self.fixture(name)).resume, name)
            for theme in Theme.builtinNames {
                let verifier = FitVerifier(engine: FitEngine(theme: try XCTUnwrap(Theme.builtin(named: theme))))
                let result = try verifier.verify(resume)
                XCTAssertEqual(result.program, "xelatex", "\(theme) \(name)")
                XCTAssertGreaterThanOrEqual(result.itemsMeasured, 4, "\(theme) \(name)")
                XCTAssertEqual(result.unmeasured.map(\.path), [], "\(theme) \(name)")
                XCTAssertEqual(
                    result.disagreements.map { "\($0.path): \($0.predictedLines) lines on page \($0.predictedPage)" }, [],
                    "\(theme) \(name)")
                XCTAssertEqual(result.pages, result.predictedPages, "\(theme) \(name)")
                let freeLines = try XCTUnwrap(result.freeLines, "\(theme) \(name)")
                if !["korean.yaml", "chinese.yaml", "japanese.yaml"].contains(name) {
                    XCTAssertFalse(result.isApproximate, "\(theme) \(name): a document without CJK text is measured exactly")
                    XCTAssertEqual(freeLines, result.predictedFreeLines, "\(theme) \(name)")
                    continue
                }
                XCTAssertTrue(result.isApproximate, "\(theme) \(name): CJK text is estimated")
                XCTAssertLessThanOrEqual(abs(freeLines - result.predictedFreeLines), 1, "\(theme) \(name)")
                if freeLines != result.predictedFreeLines { freeLineMisses.append("\(theme) \(name)") }
            }
        }
        XCTAssertEqual(freeLineMisses, [], "XeLaTeX leaves as many lines free on every last page as predicted")
    }

    /// The comparison can fail: a character or a word the page lacks is found, a hyphenated line
    /// break and a lower-case heading are not differences.
    func testTheComparisonFindsWhatThePageLacks() throws {
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: """
            basics: {name: Анна Соколова, summary: Сократила задержку ≥ 40%}
            """, file: "cv.yaml").resume)
        XCTAssertEqual(ExtractedText("Анна Соколова\nСокра-\nтила задержку ≥ 40%").missing(from: resume), [])
        XCTAssertEqual(
            ExtractedText("Анна Соколова\nСократила задержку 40%").missing(from: resume),
            ["basics.summary: Сократила задержку ≥ 40% (lacks ≥)"])
        XCTAssertEqual(
            ExtractedText("Соколова Анна\nСократила задержку ≥ 40%").missing(from: resume), ["basics.name: Анна Соколова"])
    }
}

/// The text `pdftotext` read from a PDF, compared with the résumé's own in a form that ignores
/// what typesetting changes and nothing else:
/// - white space is left out on both sides (line breaks, the spaces TeX adds or drops between
///   CJK characters, the page's columns);
/// - hyphens (`-`, U+2010, the soft hyphen) are left out of the running text on both sides,
///   since a line broken by hyphenation adds one; each hyphen of the source is then looked for
///   among the page's characters on its own;
/// - both sides are in Unicode compatibility form (NFKC, so the ligature `ﬁ` is `fi` and the micro
///   sign `µ` the Greek `μ`) and lower case (small-caps headings come back as lower-case letters);
/// - a typed `'` is TeX's typographic `’`.
struct ExtractedText {
    /// The page's text as compared: normalised, without white space and hyphens.
    let running: String
    /// Every character on the page, normalised.
    let characters: Set<Unicode.Scalar>

    init(_ text: String) {
        let normalised = Self.normalised(text)
        running = Self.withoutSpacesAndHyphens(normalised)
        characters = Set(normalised.unicodeScalars)
    }

    /// The values of the résumé (every shown field, and the section titles) whose text is not in
    /// the page, each as `path: text`; with every character of a value there but not in order, the
    /// characters that are missing follow.
    func missing(from resume: Resume) -> [String] {
        // Dates are listed in every style a theme might use; the section titles only as placed.
        let titles = Set(resume.placedSections.map(\.title))
        return resume.shownText.filter { $0.place != nil || titles.contains($0.text) }.compactMap { shown in
            let value = Self.normalised(shown.text.replacingOccurrences(of: "'", with: "’"))
            let lost = value.unicodeScalars.filter { !$0.properties.isWhitespace && !characters.contains($0) }
            guard !running.contains(Self.withoutSpacesAndHyphens(value)) || !lost.isEmpty else { return nil }
            return "\(shown.place?.description ?? "title"): \(shown.text)" + (lost.isEmpty ? "" : " (lacks \(String(String.UnicodeScalarView(lost))))")
        }
    }

    private static func normalised(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    private static func withoutSpacesAndHyphens(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            !$0.properties.isWhitespace && !["-", "\u{2010}", "\u{00AD}"].contains($0)
        }))
    }
}
