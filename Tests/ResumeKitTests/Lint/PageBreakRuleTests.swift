import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeLint
@testable import ResumeFit

/// The `page-break` rule and `PageBreakDefects`: what each defect is, where it is reported, and
/// that the page-break keys are read, checked and described.
final class PageBreakRuleTests: XCTestCase {
    private func theme() throws -> Theme { try XCTUnwrap(Theme.builtin(named: "classic")) }

    private func lint(_ yaml: String) throws -> (resume: Resume, fit: FitReport, findings: [Diagnostic]) {
        let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        let resume = try XCTUnwrap(result.resume, "\(result.diagnostics)")
        let fit = try FitEngine(theme: theme()).fit(resume)
        let findings = PageBreakRule().check(LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: try theme()))
        return (resume, fit, findings)
    }

    /// Three lines on page 2: the finding is at the first of them, and cutting three lines (three
    /// one-line highlights) does end the résumé on page 1, cutting two does not.
    func testAShortLastPageSaysHowManyLinesMustGo() throws {
        let (resume, fit, findings) = try lint(PageBreakRule.spillsThreeLines)
        XCTAssertEqual(fit.pages, 2)
        XCTAssertEqual(findings.map(\.message), ["page 2 holds only 3 lines: 3 lines must go to end on page 1"])
        XCTAssertEqual(findings.first?.path?.description, "work[0].highlights[51]")
        XCTAssertEqual(findings.first.map { [$0.location.line, $0.location.column] }, [56, 9])
        XCTAssertEqual(findings.first?.severity, .warning)
        for (cut, pages) in [(3, 1), (2, 2)] {
            var shorter = resume
            shorter.work[0].highlights.removeLast(cut)
            XCTAssertEqual(try FitEngine(theme: theme()).fit(shorter).pages, pages, "cut \(cut)")
        }
        // A configured limit below three lines leaves it alone.
        let subject = LintSubject(
            resume: resume, file: "cv.yaml", fit: fit, theme: try theme(), options: ["page-break": ["last-page-lines": 2]])
        XCTAssertEqual(PageBreakRule().check(subject), [])
    }

    /// The same résumé with `new-page` on its one entry and on an education entry shown after it:
    /// a last page started on request is not reported, however short, and a section's first entry
    /// takes its heading along to the new page.
    func testALastPageANewPageKeyStartsIsNotReported() throws {
        var yaml = PageBreakRule.spillsThreeLines
        yaml = yaml.replacingOccurrences(of: "  - name: Acme\n", with: "  - name: Acme\n    new-page: true\n")
        yaml += "education:\n  - institution: Uni\n    new-page: true\nmeta: {sections: [work, education]}\n"
        let (_, fit, findings) = try lint(yaml)
        XCTAssertEqual(fit.pages, 3, "the header; the work entry, heading and all; the education entry")
        XCTAssertEqual(fit.items.first?.page, 2)
        XCTAssertEqual(fit.blocks.first { $0.kind == .heading }?.linePages, [2])
        XCTAssertEqual(fit.blocks.first { $0.path == "education[0]" }?.linePages.first, 3)
        XCTAssertEqual(findings.map(\.message), [])
    }

    func testEachDefectOfAPageModel() {
        func report(_ blocks: [PagedBlock]) -> FitReport {
            let pages = blocks.flatMap(\.linePages).max() ?? 1
            return FitReport(
                theme: "classic", pages: pages, nearPageBoundary: false, lastPageFreeLines: 0, linesPerPage: 60,
                approximate: false,
                items: [], blocks: blocks)
        }
        func block(_ kind: PagedBlock.Kind, _ path: String, _ pages: Int...) -> PagedBlock {
            PagedBlock(kind: kind, path: path, linePages: pages)
        }
        // A heading ends page 1.
        XCTAssertEqual(
            PageBreakDefects.find(
                in: report([block(.heading, "work", 1), block(.entry, "work[0]", 2, 2), block(.bullet, "b", 2)]), shortLastPage: 0
            ),
            [PageBreakDefect(kind: .strandedHeading, path: "work", page: 1)])
        // An entry's title with one line of its summary ends page 1.
        let split = [
            block(.entry, "work[0]", 1, 1), block(.text, "work[0].summary", 1), block(.bullet, "work[0].highlights[0]", 2),
            block(.bullet, "work[0].highlights[1]", 2),
        ]
        XCTAssertEqual(
            PageBreakDefects.find(in: report(split), shortLastPage: 0),
            [PageBreakDefect(kind: .entryStartAtFoot(lines: 1, titled: true), path: "work[0]", page: 1)])
        // A first bullet alone at the foot of page 1, after the entry's summary.
        let first = [
            block(.entry, "work[0]", 1, 1), block(.text, "work[0].summary", 1, 1), block(.bullet, "work[0].highlights[0]", 1),
            block(.bullet, "work[0].highlights[1]", 2), block(.bullet, "work[0].highlights[2]", 2),
        ]
        XCTAssertEqual(
            PageBreakDefects.find(in: report(first), shortLastPage: 0),
            [PageBreakDefect(kind: .lonelyBullet(atTop: false), path: "work[0].highlights[0]", page: 1)])
        // A last bullet alone at the top of page 2, before the project's keywords.
        let last = [
            block(.entry, "projects[0]", 1, 1), block(.bullet, "projects[0].highlights[0]", 1, 1),
            block(.bullet, "projects[0].highlights[1]", 2), block(.text, "keywords", 2), block(.entry, "projects[1]", 2, 2),
            block(.text, "projects[1].description", 2),
        ]
        XCTAssertEqual(
            PageBreakDefects.find(in: report(last), shortLastPage: 0),
            [PageBreakDefect(kind: .lonelyBullet(atTop: true), path: "projects[0].highlights[1]", page: 1)])
        // An entry's last line alone at the top of page 2, and that page short.
        let alone = [
            block(.entry, "work[0]", 1, 1), block(.bullet, "work[0].highlights[0]", 1, 1),
            block(.bullet, "work[0].highlights[1]", 1, 1),
            block(.text, "work[0].keywords", 2),
        ]
        XCTAssertEqual(
            PageBreakDefects.find(in: report(alone)),
            [
                PageBreakDefect(kind: .entryLastLineAtTop, path: "work[0].keywords", page: 1),
                PageBreakDefect(kind: .shortLastPage(lines: 1), path: "work[0].keywords", page: 2),
            ])
        // One page, or a page of one entry in full: nothing.
        XCTAssertEqual(PageBreakDefects.find(in: report([block(.entry, "work[0]", 1, 1), block(.bullet, "b", 1)])), [])
    }

    func testTheMessagesSayWhereTheBreakIs() {
        let messages = [
            PageBreakDefect.Kind.strandedHeading, .entryStartAtFoot(lines: 0, titled: true),
            .entryStartAtFoot(lines: 1, titled: true),
            .entryStartAtFoot(lines: 1, titled: false), .entryLastLineAtTop,
            .lonelyBullet(atTop: false), .lonelyBullet(atTop: true), .shortLastPage(lines: 1),
        ].map { PageBreakDefect(kind: $0, path: nil, page: 1).message }
        XCTAssertEqual(
            messages,
            [
                "the heading ends page 1, its first entry starts page 2",
                "its title ends page 1 with none of its text, the rest goes to page 2; keep-together: true moves it whole",
                "its title ends page 1 with only 1 line of its text, the rest goes to page 2; keep-together: true moves it whole",
                "only its first line ends page 1, the rest goes to page 2; keep-together: true moves it whole",
                "its last line stands alone at the top of page 2, apart from the rest on page 1",
                "the first bullet of its list stands alone at the foot of page 1, the rest on page 2",
                "the last bullet of its list stands alone at the top of page 2",
                "page 1 holds only 1 line: 1 line must go to end on page 0",
            ])
    }

    /// The keys are read from entries and `meta.sections`, and a wrong one is an error at its
    /// place, with a suggestion.
    func testTheKeysAreReadAndChecked() throws {
        let yaml = """
            basics: {name: Ada Park}
            meta:
              sections:
                - {section: work, keep-together: true}
                - {section: skills, new-page: true}
            work:
              - name: Acme
                new-page: true
              - name: Beta
                keep-together: true
            skills:
              - name: Languages
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        XCTAssertEqual(resume.work.map(\.pageBreak), [PageBreak(newPage: true), PageBreak(keepTogether: true)])
        XCTAssertEqual(resume.skills.map(\.pageBreak), [PageBreak()])
        XCTAssertEqual(
            resume.placedSections.prefix(2).map(\.pageBreak), [PageBreak(keepTogether: true), PageBreak(newPage: true)])

        let wrong = """
            basics: {name: Ada Park}
            meta:
              sections:
                - {section: work, new-pag: true}
            work:
              - name: Acme
                keep-together: yes please
            """
        let messages = ResumeLoader.load(yaml: wrong, file: "cv.yaml").diagnostics.map {
            "\($0.location.line):\($0.location.column) \($0.message)"
        }
        XCTAssertEqual(
            messages,
            [
                "4:23 unknown key 'new-pag' in meta.sections[0]; did you mean 'new-page'?",
                "7:20 expected true or false for work[0].keep-together, found a scalar",
            ])
    }

    /// HTML and LaTeX say the keys their own way: CSS break properties on the section and the
    /// article, penalties around the blocks; a first entry's new page takes its heading along.
    func testTheOutputsCarryTheKeys() throws {
        let yaml = """
            basics: {name: Ada Park}
            meta:
              sections:
                - {section: work, keep-together: true}
                - {section: projects, new-page: true}
            work:
              - name: Acme
                new-page: true
              - name: Beta
                keep-together: true
                highlights: [Built the pipeline]
            projects:
              - name: Tool
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        for name in Theme.builtinNames {
            let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: name)))
            let html = try renderer.render(resume, as: .html)
            XCTAssertTrue(html.contains(#"<section class="work" style="break-before: page; break-inside: avoid-page">"#), name)
            XCTAssertTrue(html.contains(#"<section class="projects" style="break-before: page">"#), name)
            XCTAssertEqual(
                html.components(separatedBy: #"<article class="entry" style="break-inside: avoid-page">"#).count, 2, name)
            let tex = try renderer.render(resume, as: .tex)
            let body = try XCTUnwrap(tex.range(of: "\\begin{document}")).upperBound
            let calls = tex[body...].split(separator: "\n").filter { $0.hasPrefix("\\cv") }.map {
                String($0.prefix { $0 != "{" })
            }
            XCTAssertEqual(
                Array(calls.drop { $0 != "\\cvnewpage" }),
                [
                    "\\cvnewpage", "\\cvtogether", "\\cvsection", "\\cventry", "\\cvtogether", "\\cventry", "\\cvlist",
                    "\\cvitem",
                    "\\cvapart", "\\cvapart", "\\cvnewpage", "\\cvsection", "\\cventry",
                ], name)
        }
    }

    /// A JSON Resume export writes the keys that are set, and its import reads them back.
    func testTheKeysSurviveAJSONResumeRoundTrip() throws {
        let yaml = """
            basics: {name: Ada Park}
            meta:
              sections:
                - {section: work, keep-together: true}
            work:
              - name: Acme
                new-page: true
              - name: Beta
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        let json = JSONResumeExporter.export(resume)
        XCTAssertTrue(json.contains("\"new-page\""), json)
        XCTAssertFalse(json.contains("false"), "unset keys are left out: \(json)")
        let imported = JSONResumeImporter.importDocument(data: Data(json.utf8), file: "cv.json")
        XCTAssertEqual(imported.diagnostics.map(\.message), [])
        let back = try XCTUnwrap(imported.resume)
        XCTAssertEqual(back.work.map(\.pageBreak), [PageBreak(newPage: true), PageBreak()])
        XCTAssertEqual(back.meta.sections.first?.pageBreak, PageBreak(keepTogether: true))
    }

    /// The schema describes the keys on every section's entries and on `meta.sections` items.
    func testTheSchemaDescribesTheKeys() throws {
        let schema = ResumeSchema.json
        for definition in SectionKind.allCases.map({ "\"\($0.rawValue)Entry\"" }) + ["\"sectionPlacement\""] {
            let start = try XCTUnwrap(schema.range(of: definition + ": {"), definition)
            let rest = schema[start.upperBound...]
            let end = rest.range(of: "\n    },")?.lowerBound ?? rest.endIndex
            let body = rest[..<end]
            XCTAssertTrue(body.contains("\"new-page\"") && body.contains("\"keep-together\""), "\(definition) has the keys")
        }
    }
}
