import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeFit

/// The page-break keys and the typographer's defaults against pdfLaTeX: generated résumés with
/// `new-page` and `keep-together` on sections and entries, long enough to break pages in the
/// places the defaults guard (a heading at a page's foot, an entry split one line from its title,
/// a bullet of one line alone), each compiled in every built-in theme. Every item's line count and
/// page, every page's height and the page count must be TeX's.
final class PageBreakAccuracyTests: XCTestCase {
    func testKeysAndDefaultsAgreeWithTeX() throws {
        try RequiredTool.path(of: "pdflatex")
        let resumes = Self.corpus()
        XCTAssertGreaterThanOrEqual(resumes.flatMap(\.work).count { $0.description != nil }, 30, "jobs show a description")
        var summary: [String] = []
        for themeName in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: themeName))
            let engine = FitEngine(theme: theme)
            let verifier = FitVerifier(engine: engine)
            var items = 0
            var pages = 0
            var prevented: [String: Int] = [:]
            var keys = (newPage: 0, keptTogether: 0)
            for (index, resume) in resumes.enumerated() {
                let label = "\(themeName) page-break \(index)"
                let result = try verifier.verify(resume)
                XCTAssertEqual(result.itemsMeasured, result.items.count, "\(label): pdfLaTeX measured every item")
                XCTAssertFalse(result.items.isEmpty, label)
                for finding in result.diagnostics(file: label) { XCTFail("\(label): \(finding.message)") }
                for (page, predicted) in result.predictedPageTotals.enumerated() {
                    XCTAssertEqual(result.pageTotals[page + 1], predicted, "\(label): the height of page \(page + 1)")
                }
                items += result.itemsMeasured
                pages += result.pages ?? 0

                // With the defaults, none of the breaks they guard against is left.
                let report = try engine.fit(resume)
                for defect in PageBreakDefects.find(in: report, shortLastPage: 0) {
                    if let scenario = Self.scenario(defect, in: report) {
                        XCTFail("\(label): \(scenario) despite the defaults: \(defect)")
                    }
                }
                // Without them, the same document would have broken badly: what the defaults prevented.
                var bare = engine
                bare.typographerDefaults = false
                let bareReport = try bare.fit(resume)
                for defect in PageBreakDefects.find(in: bareReport, shortLastPage: 0) {
                    if let scenario = Self.scenario(defect, in: bareReport) { prevented[scenario, default: 0] += 1 }
                }
                let counted = try assertKeysAreHonoured(resume, report: report, label: label)
                keys.newPage += counted.newPage
                keys.keptTogether += counted.keptTogether
            }
            summary.append(
                "\(themeName): \(items) items and \(pages) pages agree with pdfLaTeX; the defaults prevented "
                    + prevented.sorted { $0.key < $1.key }.map { "\($0.value)× \($0.key)" }.joined(separator: ", ")
                    + "; \(keys.newPage) new pages and \(keys.keptTogether) kept-together entries split otherwise")
            for scenario in ["heading at a page's foot", "entry title with under two lines", "bullet alone"] {
                XCTAssertGreaterThanOrEqual(prevented[scenario] ?? 0, 2, "\(themeName): the corpus exercises '\(scenario)'")
            }
            XCTAssertGreaterThanOrEqual(keys.newPage, 5, "\(themeName): new-page keys took effect")
            XCTAssertGreaterThanOrEqual(keys.keptTogether, 2, "\(themeName): keep-together kept entries that would split")
        }
        print("page breaks against pdfLaTeX:\n" + summary.joined(separator: "\n"))
    }

    /// Which of the breaks the defaults guard against a defect is, or nil for one they leave to the
    /// user (an untitled entry split, a paragraph's last line alone, a short last page).
    static func scenario(_ defect: PageBreakDefect, in report: FitReport) -> String? {
        switch defect.kind {
        case .strandedHeading: return "heading at a page's foot"
        case .entryStartAtFoot(_, let titled): return titled ? "entry title with under two lines" : nil
        case .lonelyBullet: return "bullet alone"
        case .entryLastLineAtTop:
            return report.blocks.first { $0.path == defect.path }?.kind == .bullet ? "bullet alone" : nil
        case .shortLastPage: return nil
        }
    }

    /// Checks in the page model that each `new-page` entry or section starts a page and each
    /// `keep-together` entry is on one page; returns how many of them changed the layout: new
    /// pages that were not already starting a page, kept entries that split without the key.
    private func assertKeysAreHonoured(_ resume: Resume, report: FitReport, label: String) throws
        -> (newPage: Int, keptTogether: Int)
    {
        var plain = resume
        PageBreakKeys.clear(&plain)
        let theme = try XCTUnwrap(Theme.builtin(named: report.theme))
        let plainReport = try FitEngine(theme: theme).fit(plain)
        var counted = (newPage: 0, keptTogether: 0)
        let blocks = report.blocks
        for (path, pageBreak) in PageBreakKeys.all(in: resume) {
            guard let index = blocks.firstIndex(where: { $0.path == path }) else {
                XCTFail("\(label): no block for \(path)")
                continue
            }
            // A section's heading, or an entry's title, and what follows up to the next one.
            let isSection = !path.contains("[")
            let end =
                blocks[(index + 1)...].firstIndex {
                    $0.kind == .heading || (!isSection && $0.kind != .text && $0.kind != .bullet)
                }
                ?? blocks.count
            let pages = blocks[index..<end].flatMap(\.linePages)
            let first = try XCTUnwrap(pages.first, "\(label) \(path)")
            if pageBreak.newPage || (isSection && firstEntryStartsPage(resume, path)) {
                // A section's first entry takes its heading to the new page.
                let start = path.hasSuffix("[0]") ? (blocks[..<index].lastIndex { $0.kind == .heading } ?? index) : index
                let before = blocks[..<start].flatMap(\.linePages).last
                XCTAssertLessThan(before ?? 0, first, "\(label): \(path) starts a new page")
                // It changed the layout if it was not starting a page anyway.
                let plainFirst = plainReport.blocks.first { $0.path == path }?.linePages.first
                if before != nil, plainFirst != first { counted.newPage += 1 }
            }
            if pageBreak.keepTogether {
                // Unless something inside it asks for a new page.
                let forced = PageBreakKeys.all(in: resume).contains {
                    $0.path.hasPrefix(path + "[") && !$0.path.hasSuffix("[0]") && $0.pageBreak.newPage
                }
                if !forced { XCTAssertEqual(Set(pages).count, 1, "\(label): \(path) is kept on one page") }
                if let plainIndex = plainReport.blocks.firstIndex(where: { $0.path == path }) {
                    let plainEnd =
                        plainReport.blocks[(plainIndex + 1)...].firstIndex {
                            $0.kind == .heading || (!isSection && $0.kind != .text && $0.kind != .bullet)
                        } ?? plainReport.blocks.count
                    if Set(plainReport.blocks[plainIndex..<plainEnd].flatMap(\.linePages)).count > 1 { counted.keptTogether += 1 }
                }
            }
        }
        return counted
    }

    /// Whether the first entry of the section `path` has `new-page`, which moves the heading along.
    private func firstEntryStartsPage(_ resume: Resume, _ path: String) -> Bool {
        PageBreakKeys.all(in: resume).contains { $0.path == "\(path)[0]" && $0.pageBreak.newPage }
    }

    /// Résumés of one to three pages with page-break keys on some sections and entries (and half
    /// their jobs with a `description`, which the themes show under the title), then one
    /// résumé of short entries and one-line bullets with a summary longer by about a line each
    /// time, which moves the first page break through every kind of place (in one of three with
    /// every entry kept together).
    static func corpus() -> [Resume] {
        var generator = SeededGenerator(seed: 812)
        let keyed = (0..<24).map { index in
            var resume = GeneratedResume.make(index, using: &generator)
            PageBreakKeys.scatter(&resume, using: &generator)
            // What the company does, shown under the title, one to three lines.
            for job in resume.work.indices where Bool.random(using: &generator) {
                resume.work[job].description = "Company for " + GeneratedResume.phrase(2...40, using: &generator)
            }
            return resume
        }
        let swept = (0..<36).map { step in
            var resume = sweepBase
            resume.basics.summary = (0..<(step * 11)).map { GeneratedResume.words[($0 * 7) % GeneratedResume.words.count] }
                .joined(separator: " ")
            // One in three keeps every entry together, which the break then meets.
            if step % 3 == 2 {
                var keys = PageBreakKeys.Setter(resume: resume, keepTogether: true)
                SectionKind.visit(SectionKind.allCases, &keys)
                resume = keys.resume
            }
            return resume
        }
        return keyed + swept
    }

    /// Sections of short entries: titles, one-line summaries and lists of one-line bullets.
    static let sweepBase: Resume = {
        var resume = Resume(basics: Basics(name: "Ada Park", label: "Engineer", email: "ada@example.com"))
        for job in 0..<4 {
            var work = Work()
            work.name = "Company \(job)"
            work.position = "Engineer"
            work.startDate = PartialDate(year: 2015 + job)
            work.summary = job % 2 == 0 ? "Search and ranking for a marketplace of \(job + 2) million users" : nil
            work.description = job % 3 == 0 ? "Online marketplace" : nil
            work.highlights = (0..<(3 + job)).map { "Shipped release \($0) of the ranking service" }
            if job == 1 { work.highlights.append(String(repeating: "Cut the cost of serving the model by half ", count: 3)) }
            resume.work.append(work)
        }
        for number in 0..<3 {
            var project = Project()
            project.name = "Project \(number)"
            project.description = "A library for tokenizing text"
            project.highlights = (0..<(2 + number)).map { "Wrote part \($0) of the parser" }
            resume.projects.append(project)
        }
        for number in 0..<3 {
            var award = Award()
            award.title = "Best Paper \(number)"
            award.summary = "For work on retrieval"
            resume.awards.append(award)
        }
        for number in 0..<2 {
            var teaching = Teaching()
            teaching.organization = "School \(number)"
            teaching.summary = "Taught machine learning"
            teaching.highlights = ["Wrote the exercises", "Graded the projects"]
            resume.teaching.append(teaching)
        }
        for number in 0..<3 {
            var volunteer = Volunteer()
            volunteer.organization = "Association \(number)"
            volunteer.highlights = ["Ran the meetups", "Mentored newcomers", "Kept the books"]
            resume.volunteer.append(volunteer)
        }
        return resume
    }()
}

/// Sets, lists and clears the page-break keys of a résumé's sections and entries.
enum PageBreakKeys {
    /// Gives about one entry in four `keep-together`, one in thirty `new-page`, and one section in
    /// ten one of the two.
    static func scatter(_ resume: inout Resume, using generator: inout SeededGenerator) {
        var setter = Setter(resume: resume, generator: generator)
        SectionKind.visit(SectionKind.allCases, &setter)
        resume = setter.resume
        generator = setter.generator
        let placed = resume.placedSections.map(\.kind)
        resume.meta.sections = placed.map { kind in
            var placement = SectionPlacement(section: kind)
            switch Int.random(in: 0..<20, using: &generator) {
            case 0: placement.pageBreak.newPage = true
            case 1: placement.pageBreak.keepTogether = true
            default: break
            }
            return placement
        }
    }

    static func clear(_ resume: inout Resume) {
        var clearer = Clearer(resume: resume)
        SectionKind.visit(SectionKind.allCases, &clearer)
        resume = clearer.resume
        for index in resume.meta.sections.indices { resume.meta.sections[index].pageBreak = PageBreak() }
    }

    /// Every section and entry with a key set, by path.
    static func all(in resume: Resume) -> [(path: String, pageBreak: PageBreak)] {
        var lister = Lister(resume: resume)
        SectionKind.visit(resume.placedSections.map(\.kind), &lister)
        let sections = resume.placedSections.filter { $0.pageBreak != PageBreak() }.map { ($0.kind.rawValue, $0.pageBreak) }
        return sections + lister.found
    }

    /// Sets keys on every entry: the ones asked for, or random ones.
    struct Setter: SectionVisitor {
        var resume: Resume
        var generator = SeededGenerator(seed: 0)
        var keepTogether: Bool?

        mutating func visit<Entry>(_ table: SectionFields<Entry>) {
            var entries = table.entries.get(&resume)
            for index in entries.indices {
                var pageBreak = PageBreak()
                pageBreak.keepTogether = keepTogether ?? (Int.random(in: 0..<4, using: &generator) == 0)
                pageBreak.newPage = keepTogether == nil && Int.random(in: 0..<30, using: &generator) == 0
                table.pageBreak.set(&entries[index], pageBreak)
            }
            table.entries.set(&resume, entries)
        }
    }

    private struct Clearer: SectionVisitor {
        var resume: Resume

        mutating func visit<Entry>(_ table: SectionFields<Entry>) {
            var entries = table.entries.get(&resume)
            for index in entries.indices { table.pageBreak.set(&entries[index], PageBreak()) }
            table.entries.set(&resume, entries)
        }
    }

    private struct Lister: SectionVisitor {
        var resume: Resume
        var found: [(path: String, pageBreak: PageBreak)] = []

        mutating func visit<Entry>(_ table: SectionFields<Entry>) {
            for (index, entry) in table.entries.get(&resume).enumerated() {
                let pageBreak = table.pageBreak(entry)
                if pageBreak != PageBreak() { found.append(("\(table.key)[\(index)]", pageBreak)) }
            }
        }
    }
}
