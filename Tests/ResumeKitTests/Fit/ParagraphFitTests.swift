import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import ResumeRender

/// A blank line in a prose value starts a new paragraph in every format, and the fit engine
/// measures each paragraph as TeX sets it: pdfLaTeX agrees on every item's lines (all its
/// paragraphs) and page, every page count, page height and the free lines.
final class ParagraphFitTests: XCTestCase {
    /// Generated résumés whose summaries, highlights and descriptions are, about half of them, cut
    /// into two or three paragraphs at random spaces.
    private func corpus() -> (resumes: [(String, Resume)], split: Int) {
        var generator = SeededGenerator(seed: 2026)
        var split = 0
        func paragraphs(_ text: String?) -> String? {
            guard var text, Bool.random(using: &generator) else { return text }
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                let spaces = text.indices.filter { text[$0] == " " }
                guard let space = spaces.randomElement(using: &generator) else { break }
                text.replaceSubrange(space...space, with: "\n\n")
            }
            split += 1
            return text
        }
        let resumes = (1...12).map { index -> (String, Resume) in
            var resume = GeneratedResume.make(index, using: &generator)
            resume.basics.summary = paragraphs(resume.basics.summary)
            for job in resume.work.indices {
                resume.work[job].summary = paragraphs(resume.work[job].summary)
                resume.work[job].highlights = resume.work[job].highlights.map { paragraphs($0)! }
            }
            for project in resume.projects.indices {
                resume.projects[project].description = paragraphs(resume.projects[project].description)
                resume.projects[project].highlights = resume.projects[project].highlights.map { paragraphs($0)! }
            }
            for award in resume.awards.indices { resume.awards[award].summary = paragraphs(resume.awards[award].summary) }
            return ("paragraphs-\(index)", resume)
        }
        return (resumes, split)
    }

    func testEveryParagraphIsMeasuredAsPdfLaTeXSetsIt() throws {
        try RequiredTool.path(of: "pdflatex")
        let (resumes, split) = corpus()
        XCTAssertGreaterThan(split, 60, "enough values of several paragraphs")
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let verifier = FitVerifier(engine: FitEngine(theme: theme))
            var several = 0
            var broken = 0
            for (file, resume) in resumes {
                let latex = try Renderer(theme: theme).render(resume, as: .tex)
                several += latex.components(separatedBy: #"\par "#).count - 1
                let result = try verifier.verify(resume)
                let label = "\(name) \(file)"
                XCTAssertEqual(result.items.map(\.path).sorted(), resume.proseValues.map(\.path).sorted(), label)
                XCTAssertEqual(result.itemsMeasured, result.items.count, "\(label): pdfLaTeX measured every item")
                XCTAssertEqual(result.diagnostics(file: file).map(\.message), [], label)
                XCTAssertFalse(result.isApproximate, label)
                for (page, predicted) in result.predictedPageTotals.enumerated() {
                    XCTAssertEqual(result.pageTotals[page + 1], predicted, "\(label): the height of page \(page + 1)")
                }
                if (result.pages ?? 0) > 1 { broken += 1 }
            }
            XCTAssertGreaterThan(several, 80, "\(name): paragraph breaks in the LaTeX")
            XCTAssertGreaterThan(broken, 3, "\(name): documents broken across pages")
        }
    }

    /// The same value in each format: a new paragraph in LaTeX, a line break in HTML and in
    /// plain text (under the bullet's text), and the item takes the lines of both paragraphs.
    func testABlankLineIsANewParagraphInEveryFormat() throws {
        let loaded = ResumeLoader.load(
            yaml: """
                basics:
                  name: Ada Park
                  summary: |
                    Builds search systems.
                    Leads a small team.

                    Speaks at conferences.
                work:
                  - name: Acme
                    highlights:
                      - "Rebuilt the ranking pipeline end to end, from the features to the serving layer, so that it scales.\\n\\n  \\n\\nCut latency by half."
                """, file: "cv.yaml")
        let resume = try XCTUnwrap(loaded.resume, "\(loaded.diagnostics)")
        let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "classic")))
        let latex = try renderer.render(resume, as: .tex)
        XCTAssertTrue(latex.contains(#"\cvsummary{Builds search systems. Leads a small team.\par Speaks at conferences.}"#), latex)
        XCTAssertTrue(latex.contains(#"so that it scales.\par Cut latency by half.}"#), latex)
        let html = try renderer.render(resume, as: .html)
        XCTAssertTrue(html.contains("Builds search systems. Leads a small team.<br>Speaks at conferences."), html)
        let text = try renderer.render(resume, as: .text, options: RenderOptions(width: 60))
        XCTAssertTrue(
            text.contains(
                """
                  • Rebuilt the ranking pipeline end to end, from the
                    features to the serving layer, so that it scales.
                    Cut latency by half.
                """), text)
        let fit = try FitEngine(theme: renderer.theme).fit(resume)
        // Each paragraph takes a line of its own: two lines each.
        XCTAssertEqual(fit.items.map(\.lines), [2, 2])
        XCTAssertEqual(fit.items.map(\.charsToSaveLine), [nil, nil], "said of a value of one paragraph")
        XCTAssertFalse(fit.approximate)
        XCTAssertEqual(Paragraphs.split("a\n \nb\n\n\nc d\ne"), ["a", "b", "c d\ne"])
        XCTAssertEqual(Paragraphs.split("one"), ["one"])
    }
}
