import XCTest

@testable import ResumeKit
@testable import ResumeFit
@testable import ResumeThemes

/// Which block of the LaTeX each prose value is measured on: the one the rendering put it in (its
/// mark), never a list (courses, keywords, skills) that happens to contain its text, and no value
/// is lost to such a list.
final class MarkedItemsTests: XCTestCase {
    private func blocks(_ resume: Resume, theme: Theme) throws -> [(path: String, source: String)] {
        let analysis = try FitEngine(theme: theme).analyze(resume)
        return zip(analysis.report.items, analysis.itemBlocks).map { ($0.path, analysis.blocks[$1].source) }
    }

    private var classic: Theme { Theme.builtin(named: "classic")! }

    private func load(_ yaml: String) throws -> Resume {
        let loaded = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        return try XCTUnwrap(loaded.resume, "\(loaded.diagnostics)")
    }

    /// An award summary that is also a course: the course list shown first takes neither the award
    /// nor the work highlights between them.
    func testAListContainingALaterValueTakesNothing() throws {
        let resume = try load(
            """
            basics: {name: Ada}
            education:
              - {institution: Lakemere, courses: [Distributed Systems, Compilers]}
            work:
              - {name: Acme, highlights: [Built a training pipeline, Led the team]}
            awards:
              - {title: Prize, summary: Compilers}
            """)
        XCTAssertEqual(
            try blocks(resume, theme: classic).map { "\($0.path) \($0.source)" },
            [
                #"work[0].highlights[0] \cvitem{Built a training pipeline}"#,
                #"work[0].highlights[1] \cvitem{Led the team}"#,
                #"awards[0].summary \cvtext{Compilers}"#,
            ])
    }

    /// A value that is a keyword shown before it, and a reference (set in italics) after a list
    /// holding its text: each on its own block.
    func testAValueIsMeasuredOnTheBlockThatIsExactlyIt() throws {
        let resume = try load(
            """
            basics: {name: Ada}
            projects:
              - {name: Tool, keywords: [Swift, CUDA]}
              - {name: Other, description: CUDA}
            interests:
              - {name: Hobbies, keywords: [climbing, Great to work with]}
            references:
              - {name: Bea, reference: Great to work with}
            """)
        XCTAssertEqual(
            try blocks(resume, theme: classic).map { "\($0.path) \($0.source)" },
            [
                #"projects[1].description \cvtext{CUDA}"#,
                #"references[0].reference \cvtext{\textit{Great to work with}}"#,
            ])
    }

    /// A theme that leaves work summaries out: the summary, whose text a later skill list holds, is
    /// not measured, and the values after it still are.
    func testAValueTheThemeLeavesOutTakesNoLaterBlock() throws {
        var files = try XCTUnwrap(BuiltinThemeFiles.themes["classic"])
        let work = try XCTUnwrap(files["tex/work.mustache"])
        files["tex/work.mustache"] = work.replacingOccurrences(of: "<<#summary>>\n\\cvtext{<<summary>>}\n<</summary>>\n", with: "")
        XCTAssertNotEqual(files["tex/work.mustache"], work)
        let theme = try ThemeLoader(origin: "./nosummary").load(files: files, checkingTemplates: true)
        let resume = try load(
            """
            basics: {name: Ada}
            work:
              - {name: Acme, summary: Python, highlights: [Shipped the search service]}
            projects:
              - {name: Tool, description: A command-line tool}
            skills:
              - {name: Languages, keywords: [Python, Swift]}
            """)
        XCTAssertEqual(
            try blocks(resume, theme: theme).map(\.path), ["work[0].highlights[0]", "projects[0].description"])
    }

    /// The same text in two values: each is measured on its own block, by where it was rendered.
    func testValuesWithTheSameTextAreEachMeasuredWhereTheyAreShown() throws {
        let resume = try load(
            """
            basics: {name: Ada}
            work:
              - {name: Acme, highlights: [Led the team, Led the team]}
              - {name: Beta, summary: Led the team, highlights: [Led the team]}
            """)
        let analysis = try FitEngine(theme: classic).analyze(resume)
        XCTAssertEqual(
            analysis.report.items.map(\.path),
            ["work[0].highlights[0]", "work[0].highlights[1]", "work[1].summary", "work[1].highlights[0]"])
        XCTAssertEqual(Set(analysis.itemBlocks).count, 4, "four blocks, one per value")
        XCTAssertEqual(analysis.report.items.map(\.line), [3, 3, 4, 4])
    }
}
