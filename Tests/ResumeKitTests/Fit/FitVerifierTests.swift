import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import ResumeThemes

/// `lint --verify` proves what it says: every item is measured by TeX (its lines and the page it
/// starts on), the page count and the free lines on the last page are TeX's, a missing measurement
/// is an error, and a theme the engine measures wrongly is caught.
final class FitVerifierTests: XCTestCase {
    private func example(_ name: String) throws -> Resume {
        try XCTUnwrap(ResumeLoader.load(contentsOf: TestPaths.examples.appendingPathComponent(name)).resume)
    }

    private func verifier(_ theme: String = "classic") throws -> FitVerifier {
        FitVerifier(engine: FitEngine(theme: try XCTUnwrap(Theme.builtin(named: theme))))
    }

    func testATwoPageDocumentReportsEachItemsPageAndTheFreeLines() throws {
        try RequiredTool.path(of: "pdflatex")
        let resume = try example("cv.yaml")
        let result = try verifier().verify(resume)
        XCTAssertEqual(result.program, "pdflatex")
        XCTAssertEqual(result.pages, 2)
        XCTAssertEqual(result.predictedPages, 2)
        XCTAssertEqual(result.items.count, 24)
        XCTAssertEqual(result.itemsMeasured, 24)
        XCTAssertEqual(result.items.map(\.page), result.items.map(\.predictedPage))
        XCTAssertEqual(result.items.map(\.lines), result.items.map(\.predictedLines))
        XCTAssertEqual(Set(result.items.compactMap(\.page)), [1, 2], "items on both pages")
        XCTAssertEqual(result.items.first { $0.path == "awards[0].summary" }?.page, 2)
        XCTAssertEqual(result.freeLines, result.predictedFreeLines)
        XCTAssertGreaterThan(result.freeLines ?? 0, 0)
        XCTAssertEqual(result.diagnostics(file: "cv.yaml"), [])
    }

    /// The page counter read while an item is set names the page being filled, which is not yet
    /// the item's page when the break before it is decided later; the `\write` TeX expands when
    /// it ships the page out names the right one.
    func testThePageIsTheOneTheItemIsShippedOn() throws {
        let resume = try example("cv.yaml")
        let verifier = try verifier()
        var document = try verifier.markedDocument(resume)
        document = document.replacingOccurrences(
            of: #"\\lintpage\{(\d+)\}"#, with: #"\\typeout{EARLY:$1:\\the\\value{page}}$0"#, options: .regularExpression)
        let output = try TeXRunner(engine: .pdflatex).compile(document)
        guard output.assertSucceeded() else { return }
        let early = TeXRunner.typeoutValues(in: output.log, key: "EARLY")
        let shipped = TeXRunner.typeoutValues(in: output.log, key: "LINT-PAGE")
        XCTAssertEqual(Set(early.keys), Set(shipped.keys))
        let lagging = early.keys.filter { early[$0] != shipped[$0] }
        XCTAssertFalse(lagging.isEmpty, "some item is set before the page it ends up on is started")
        let result = try verifier.compare(resume, log: output.log)
        XCTAssertEqual(result.diagnostics(file: "cv.yaml"), [])
    }

    /// A forged run: one item without its line-count marker and one without its page marker are
    /// errors, not agreements, and the count of items TeX measured says so.
    func testAMissingMarkerIsAnError() throws {
        let resume = try example("cv.yaml")
        let verifier = try verifier()
        let marked = try verifier.markedDocument(resume)
        let markers = marked.matches(of: #/\\lintmark\{(\d+)\}/#).map { String($0.output.1) }
        XCTAssertEqual(markers.count, 24)
        let (noLines, noPage) = (markers[4], markers[16])
        let forged = marked.replacingOccurrences(of: "\\lintmark{\(noLines)}", with: "")
            .replacingOccurrences(of: "\\lintpage{\(noPage)}", with: "")
        let output = try TeXRunner(engine: .pdflatex).compile(forged)
        guard output.assertSucceeded() else { return }
        let result = try verifier.compare(resume, log: output.log)
        XCTAssertEqual(result.itemsMeasured, 22)
        XCTAssertEqual(result.unmeasured.map(\.path), ["work[0].highlights[2]", "awards[0].summary"])
        let findings = result.diagnostics(file: "cv.yaml")
        XCTAssertEqual(findings.map(\.severity), [.error, .error])
        XCTAssertEqual(findings.map(\.rule), ["fit-verify", "fit-verify"])
        XCTAssertEqual(
            findings.map(\.message),
            [
                "work[0].highlights[2] was not measured: pdflatex reported no line count for it",
                "awards[0].summary was not measured: pdflatex reported no page for it",
            ])
        XCTAssertEqual(findings.map(\.location.line), [57, 98], "at the items in the file")

        // A log with no page count and no page heights: neither is taken as agreeing.
        let bare = output.log.split(separator: "\n").filter { !$0.hasPrefix("LINT-FILL") && !$0.hasPrefix("Output written") }
        let messages = try verifier.compare(resume, log: bare.joined(separator: "\n")).diagnostics(file: "cv.yaml").map(\.message)
        XCTAssertTrue(messages.contains("pdflatex did not report the page count, so it is not verified"), "\(messages)")
        XCTAssertTrue(
            messages.contains("pdflatex did not report how full the last page is, so the free lines are not verified"),
            "\(messages)")
    }

    /// The markers change nothing TeX sets: every word of the marked document is where it is in
    /// the document `render` writes.
    func testMarkingMovesNoWord() throws {
        try RequiredTool.path(of: "pdftotext")
        var generator = SeededGenerator(seed: 7)
        let long = GeneratedResume.make(3, using: &generator)
        for theme in Theme.builtinNames {
            let verifier = try verifier(theme)
            for resume in [try example("cv.yaml"), long] {
                let rendered = try Renderer(theme: verifier.engine.theme).render(resume, as: .tex)
                let plain = try TeXRunner(engine: .pdflatex).compile(rendered)
                let marked = try TeXRunner(engine: .pdflatex).compile(try verifier.markedDocument(resume))
                guard plain.assertSucceeded(), marked.assertSucceeded() else { return }
                let words = try Self.words(plain)
                XCTAssertGreaterThan(words.count, 100, theme)
                XCTAssertEqual(try Self.words(marked), words, theme)
            }
        }
    }

    /// A theme whose LaTeX sets entries on one line while its manifest says two (which no theme
    /// folder can be: the blocks are generated from the manifest): the fit engine, reading the
    /// manifest, is wrong, and verification says where.
    func testAThemeTheEngineMisreadsIsCaught() throws {
        try RequiredTool.path(of: "pdflatex")
        let classic = try XCTUnwrap(Theme.builtin(named: "classic"))
        let spaced = try ThemeLoader(origin: "./spaced").load(
            files: ["theme.yaml": "name: spaced\nextends: classic\nentryStyle: inline\n"], checkingTemplates: true)
        let theme = Theme(manifest: classic.manifest, templates: spaced.templates)
        let result = try FitVerifier(engine: FitEngine(theme: theme)).verify(try example("cv.yaml"))
        XCTAssertEqual(result.itemsMeasured, result.items.count)
        let messages = result.diagnostics(file: "cv.yaml").map(\.message)
        XCTAssertTrue(
            messages.contains { $0.hasPrefix("predicted 24 lines free on the last page but pdflatex leaves ") }, "\(messages)")
        XCTAssertTrue(
            messages.contains { $0.contains("is predicted to start on page 2 but pdflatex starts it on page 1") }, "\(messages)")
    }
}

extension FitVerifierTests {
    /// Each word of the PDF with its page and box, as `pdftotext -bbox` gives them.
    fileprivate static func words(_ output: TeXRunner.Output) throws -> [String] {
        let html = output.folder.appendingPathComponent("words.html")
        let converted = try ProcessRunner.run(try RequiredTool.path(of: "pdftotext"), ["-bbox", output.pdf.path, html.path])
        XCTAssertEqual(converted.status, 0, converted.output)
        let text = try String(contentsOf: html, encoding: .utf8)
        return text.split(separator: "\n").filter { $0.contains("<word") || $0.contains("<page") }.map(String.init)
    }
}
