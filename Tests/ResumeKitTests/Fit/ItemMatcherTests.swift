import XCTest

@testable import ResumeKit

/// Which block of the LaTeX each prose value is measured on: its own, never a list (courses,
/// keywords, skills) that happens to contain its text, and no value is lost to such a list.
final class ItemMatcherTests: XCTestCase {
    private func blocks(_ resume: Resume, theme: Theme) throws -> [(path: String, source: String)] {
        let analysis = try FitEngine(theme: theme).analyze(resume, measuringLineSavers: false)
        return zip(analysis.report.items, analysis.itemBlocks).map { ($0.path, analysis.blocks[$1].source) }
    }

    private var classic: Theme { Theme.builtin(named: "classic")! }

    /// An award summary that is also a course: the course list shown first takes neither the award
    /// nor the work highlights between them.
    func testAListContainingALaterValueTakesNothing() throws {
        var education = Education()
        education.institution = "Lakemere"
        education.courses = ["Distributed Systems", "Compilers"]
        var work = Work()
        work.name = "Acme"
        work.highlights = ["Built a training pipeline", "Led the team"]
        var award = Award()
        award.title = "Prize"
        award.summary = "Compilers"
        let resume = Resume(basics: Basics(name: "Ada"), education: [education], work: [work], awards: [award])
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
        var project = Project()
        project.name = "Tool"
        project.keywords = ["Swift", "CUDA"]
        var second = Project()
        second.name = "Other"
        second.description = "CUDA"
        var interest = Interest()
        interest.name = "Hobbies"
        interest.keywords = ["climbing", "Great to work with"]
        var reference = Reference()
        reference.name = "Bea"
        reference.reference = "Great to work with"
        let resume = Resume(basics: Basics(name: "Ada"), projects: [project, second], interests: [interest], references: [reference])
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
        var job = Work()
        job.name = "Acme"
        job.summary = "Python"
        job.highlights = ["Shipped the search service"]
        var project = Project()
        project.name = "Tool"
        project.description = "A command-line tool"
        var skill = Skill()
        skill.name = "Languages"
        skill.keywords = ["Python", "Swift"]
        let resume = Resume(basics: Basics(name: "Ada"), work: [job], projects: [project], skills: [skill])
        XCTAssertEqual(
            try blocks(resume, theme: theme).map(\.path), ["work[0].highlights[0]", "projects[0].description"])
    }
}
