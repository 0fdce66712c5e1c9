import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import ResumeLint
import ResumeSupport

/// `resume fit`'s answers hold: over a corpus of résumés that run past one page by 1 to 40 lines,
/// and of résumés that end short, in every built-in theme, each setting found is inside the
/// theme's ranges and pdflatex sets the résumé with it in exactly the pages asked for, every item
/// on the page predicted and no heading or entry title left at the foot of a page; where only
/// cuts help, pdflatex sets the résumé with the cuts made in the pages and free lines promised.
/// The TeX runs of a theme are made together, on every core.
final class FitSearchTests: XCTestCase {
    /// A résumé of `count` highlights spread over entries of four, their lengths varied
    /// deterministically (one to three lines), with a summary, education and skills.
    static func corpusResume(highlights count: Int) -> String {
        let words = [
            "Built", "a", "feature", "store", "that", "cut", "training", "time", "by", "40%", "for", "the", "ranking",
            "team", "and", "shipped", "models", "to", "production", "across", "three", "regions", "with", "latency",
            "under", "20", "ms", "while", "mentoring", "two", "engineers",
        ]
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        var yaml = """
            basics:
              name: Ada Park
              label: Machine Learning Engineer
              email: ada@example.com
              summary: Engineer who ships ranking and retrieval models, from the first notebook to the service that answers millions of queries a day.
            work:

            """
        let entries = (count + 3) / 4
        for entry in 0..<entries {
            yaml += "  - name: Company \(entry + 1)\n    position: Engineer\n    startDate: 20\(10 + entry % 10)-01\n    highlights:\n"
            for _ in 0..<min(4, count - entry * 4) {
                let length = 8 + next(34)
                yaml += "      - " + (0..<length).map { _ in words[next(words.count)] }.joined(separator: " ") + "\n"
            }
        }
        yaml += """
            education:
              - {institution: University of Somewhere, area: Computer Science, studyType: BSc, startDate: 2006-09, endDate: 2010-06}
            skills:
              - {name: Languages, keywords: [Python, Swift, SQL]}

            """
        return yaml
    }

    private func load(_ yaml: String) throws -> Resume {
        let result = ResumeLoader.load(yaml: yaml, file: "corpus.yaml")
        return try XCTUnwrap(result.resume, "\(result.diagnostics)")
    }

    /// Lines past the last of `target` pages as the fit report counts them (negative: free lines).
    private func linesOver(_ report: FitReport, target: Int) -> Int {
        report.linesPerPage * (report.pages - target) - report.lastPageFreeLines
    }

    /// Résumés of one theme whose overflow past one page at the theme's own layout first reaches
    /// each of `overflows` lines, and one that fills about half a page.
    private func corpus(theme: Theme, overflows: [Int]) throws -> [(name: String, resume: Resume)] {
        let engine = FitEngine(theme: theme)
        var found: [(String, Resume)] = []
        var remaining = overflows.sorted()
        var count = 4
        var halfPage: Resume?
        while let wanted = remaining.first, count < 200 {
            let resume = try load(Self.corpusResume(highlights: count))
            let report = try engine.fit(resume)
            let over = linesOver(report, target: 1)
            if halfPage == nil, -over < report.linesPerPage / 2 { halfPage = resume }
            if over >= wanted {
                found.append(("\(count) highlights, \(over) lines over", resume))
                remaining.removeAll { $0 <= over }
            }
            count += 1
        }
        if let halfPage { found.append(("half a page", halfPage)) }
        return found
    }

    /// Every answer's values lie in the theme's ranges, and pdflatex agrees with its page count.
    private func checkAnswers(theme name: String, overflows: [Int], pages: Int) throws -> [FitAnswer] {
        try RequiredTool.path(of: "pdflatex", installedBy: "texlive-latex-base")
        let theme = try XCTUnwrap(Theme.builtin(named: name))
        var answers: [FitAnswer] = []
        let corpus = try corpus(theme: theme, overflows: overflows)
        XCTAssertGreaterThanOrEqual(corpus.count, min(overflows.count, 4), "\(name): résumés over by each amount")
        var typeset: [(label: String, resume: Resume, answer: FitAnswer, promise: FitAnswer.Result)] = []
        for (label, resume) in corpus {
            let answer = try FitSearch(theme: theme).fit(resume, pages: pages)
            answers.append(answer)
            for setting in answer.settings {
                let range = try XCTUnwrap(theme.manifest.fit[setting.knob])
                XCTAssertTrue(range.contains(setting.to), "\(name) \(label): \(setting.knob) \(setting.to) outside the range")
                XCTAssertTrue(range.values.contains(setting.to) || setting.to == setting.from, "\(name) \(label): off the steps")
            }
            var fitted = resume
            fitted.meta.layout = answer.layout(keeping: resume.meta.layout)
            switch answer.outcome {
            case .fits:
                typeset.append(("\(label), fitted", fitted, answer, answer.after))
                // With every item where TeX puts it, the page-break rule finds nothing but perhaps a short last page.
                let defects = PageBreakDefects.find(in: try FitEngine(theme: theme).fit(fitted), shortLastPage: 0)
                XCTAssertEqual(defects.map(\.message), [], "\(name) \(label): page-break defects")
            case .needsTrimming:
                // The cuts advised, made, at the tightest setting: pdflatex must save what was promised.
                let trims = try XCTUnwrap(answer.trims, "\(name) \(label)")
                let promise = try XCTUnwrap(trims.withCuts, "\(name) \(label): the cuts are measured")
                typeset.append(("\(label), with the cuts advised", fitted.cutting(trims.cutsByPath), answer, promise))
            default:
                continue
            }
        }
        let results = typeset.map(\.resume).concurrentMap { resume in
            Result { try (FitVerifier(engine: FitEngine(theme: theme)).verify(resume), Self.pdflatexPages(resume, theme: theme)) }
        }
        for (document, result) in zip(typeset, results) {
            let label = "\(name) \(document.label)"
            let (verified, truth) = try result.get()
            XCTAssertEqual(verified.pages, document.promise.pages, "\(label): pdflatex's pages with \(document.resume.meta.layout)")
            XCTAssertEqual(truth.pages, document.promise.pages, label)
            XCTAssertEqual(verified.freeLines, document.promise.lastPageFreeLines, "\(label): free lines")
            XCTAssertEqual(verified.disagreements, [], "\(label): items on other pages than predicted")
            XCTAssertEqual(truth.stranded, [], "\(label): left at the foot of a page by pdflatex")
            XCTAssertGreaterThan(truth.checked, 4, "\(label): the headings and titles pdflatex placed")
            if document.answer.outcome == .fits { XCTAssertEqual(verified.pages, pages, label) }
        }
        return answers
    }

    /// What pdflatex makes of a résumé: its page count, and the section headings and entry titles
    /// it set at the foot of a page, apart from what follows them. Every block is marked so that
    /// the page its first line went out on is written to the log.
    static func pdflatexPages(_ resume: Resume, theme: Theme) throws -> (pages: Int?, stranded: [String], checked: Int) {
        let analysis = try FitEngine(theme: theme).analyze(resume)
        var document = analysis.latex
        let begin = try XCTUnwrap(document.range(of: "\\begin{document}"))
        let hooks = #"""
            \begin{document}\let\lintfirst\relax
            \def\lintpage#1{\gdef\lintfirst{\write-1{LINT-PAGE:#1:\the\value{page}}\global\let\lintfirst\relax}}
            \def\lintmark{\par\global\let\lintfirst\relax}
            \everypar\expandafter{\the\everypar\lintfirst}

            """#
        document.replaceSubrange(begin, with: hooks)
        var cursor = document.range(of: hooks)!.upperBound
        for (index, block) in analysis.blocks.enumerated() {
            guard let range = document.range(of: block.source, range: cursor..<document.endIndex) else { continue }
            let marked = "\\lintpage{\(index)}" + block.source + "\\lintmark{}"
            document.replaceSubrange(range, with: marked)
            cursor = document.index(range.lowerBound, offsetBy: marked.count)
        }
        let output = try TeXRunner(engine: .pdflatex).compile(document)
        var pages: [Int: Int] = [:]
        for line in output.log.split(separator: "\n") where line.hasPrefix("LINT-PAGE:") {
            let numbers = line.split(separator: ":").dropFirst().compactMap { Int($0) }
            if numbers.count == 2 { pages[numbers[0]] = numbers[1] }
        }
        let blocks = analysis.blocks
        var stranded: [String] = []
        var checked = 0
        for (index, block) in blocks.enumerated() {
            guard let page = pages[index], ["cvsection", "cventry"].contains(block.name) else { continue }
            // A heading goes with whatever follows it; an entry's title with its first bullet or text.
            guard let next = blocks.indices.dropFirst(index + 1).first(where: { pages[$0] != nil }) else { continue }
            if block.name == "cventry", !["cvitem", "cvtext"].contains(blocks[next].name) { continue }
            checked += 1
            if pages[next] != page { stranded.append("\(block.source.prefix(60)) on page \(page)") }
        }
        return (PDFCompiler.pageCount(in: output.log), stranded, checked)
    }

    private let overflows = [1, 3, 8, 15, 25, 40]

    /// The corpus covers every built-in theme: a new one needs its test below.
    func testEveryBuiltInThemeIsChecked() {
        XCTAssertEqual(Set(Theme.builtinNames), ["classic", "compact", "modern"])
    }

    func testClassicAnswersHoldInPdflatex() throws {
        let answers = try checkAnswers(theme: "classic", overflows: overflows, pages: 1)
        XCTAssertGreaterThanOrEqual(answers.filter { $0.outcome == .fits }.count, 4, "most of the corpus fits one page")
        XCTAssertTrue(answers.contains { $0.outcome == .needsTrimming }, "40 lines over is more than the ranges give")
    }

    func testCompactAnswersHoldInPdflatex() throws {
        let answers = try checkAnswers(theme: "compact", overflows: overflows, pages: 1)
        XCTAssertGreaterThanOrEqual(answers.filter { $0.outcome == .fits }.count, 2)
    }

    func testModernAnswersHoldInPdflatex() throws {
        let answers = try checkAnswers(theme: "modern", overflows: overflows, pages: 1)
        XCTAssertGreaterThanOrEqual(answers.filter { $0.outcome == .fits }.count, 3)
    }

    /// A second page holding a few lines is filled instead of pulled back when two pages are asked for.
    func testANearlyEmptySecondPageIsFilled() throws {
        let answers = try checkAnswers(theme: "classic", overflows: [3], pages: 2)
        let filled = try XCTUnwrap(answers.first)
        XCTAssertEqual(filled.outcome, .fits)
        XCTAssertLessThan(filled.after.lastPageFreeLines, filled.before.lastPageFreeLines, "the last page is fuller")
        XCTAssertEqual(filled.settings.first { $0.knob == .fontSize }?.changed, false, "type size kept")
    }

    /// Spacing goes before type size: a résumé a line over keeps its type size.
    func testALineOverKeepsTheTypeSize() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let resume = try XCTUnwrap(try corpus(theme: theme, overflows: [1]).first?.resume)
        let answer = try FitSearch(theme: theme).fit(resume, pages: 1)
        XCTAssertEqual(answer.outcome, .fits)
        XCTAssertEqual(answer.after.pages, 1)
        XCTAssertEqual(answer.settings.first { $0.knob == .fontSize }?.changed, false)
        XCTAssertTrue(answer.settings.contains { $0.changed }, "something had to give")
        XCTAssertGreaterThanOrEqual(answer.after.lastPageFreeLines, 1, "a line left free where the ranges allow it")
        XCTAssertGreaterThan(answer.before.pages, 1)
    }

    /// When nothing is enough, the cuts are the cheapest line-savers, cheapest first, at their lines.
    func testWhereToTrimListsTheCheapestCutsFirst() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let yaml = Self.corpusResume(highlights: 120)
        let resume = try load(yaml)
        let answer = try FitSearch(theme: theme).fit(resume, pages: 1)
        XCTAssertEqual(answer.outcome, .needsTrimming)
        let trims = try XCTUnwrap(answer.trims)
        XCTAssertGreaterThan(trims.linesOver, 40)
        XCTAssertFalse(trims.cuts.isEmpty)
        XCTAssertEqual(trims.cuts.map(\.characters), trims.cuts.map(\.characters).sorted())
        XCTAssertEqual(trims.charactersToCut, trims.cuts.reduce(0) { $0 + $1.characters })
        // Each cut is at the line of its value: a highlight's list item, or the summary.
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for cut in trims.cuts {
            let written = lines[cut.line - 1]
            XCTAssertTrue(
                cut.path.root == "work" ? written.hasPrefix("      - ") : written.contains("summary:"), "\(cut.path): \(written)")
        }
        XCTAssertTrue(trims.pastTheBreak.contains { $0.page == 2 }, "\(trims.pastTheBreak) \(answer.after)")
        for entry in trims.pastTheBreak {
            XCTAssertTrue(lines[entry.line - 1].hasPrefix("  - name: Company"), "\(entry.path) at its entry's line")
        }
        // Each cut, made, takes exactly one line off its item at the tightest setting.
        var tightest = resume
        tightest.meta.layout = answer.layout(keeping: resume.meta.layout)
        let engine = FitEngine(theme: theme)
        let before = Dictionary(uniqueKeysWithValues: try engine.fit(tightest).items.map { ($0.path, $0.lines) })
        let after = Dictionary(
            uniqueKeysWithValues: try engine.fit(tightest.cutting(trims.cutsByPath)).items.map { ($0.path, $0.lines) })
        XCTAssertEqual(after.count, before.count, "\(Set(before.keys).subtracting(after.keys).sorted().prefix(5))")
        for cut in trims.cuts {
            XCTAssertEqual(after[cut.path], before[cut.path].map { $0 - 1 }, cut.path.description)
        }
        let measured = try XCTUnwrap(trims.withCuts)
        XCTAssertTrue(
            measured.pages < answer.after.pages || measured.lastPageFreeLines > answer.after.lastPageFreeLines,
            "the cuts gain room: \(measured) against \(answer.after)")
        // Every setting at its tightest: nothing looser could have fitted.
        for setting in answer.settings {
            XCTAssertEqual(setting.to, theme.manifest.fit[setting.knob]!.values.first!, "\(setting.knob)")
        }
    }

    /// page-count names the command when a few lines are over, with what it would change.
    func testPageCountNamesFitWhenAFewLinesAreOver() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        var count = 40
        var found: (Resume, String)?
        while found == nil, count < 120 {
            let yaml = Self.corpusResume(highlights: count)
            let resume = try load(yaml)
            let over = linesOver(try FitEngine(theme: theme).fit(resume), target: 2)
            if (1...15).contains(over) { found = (resume, yaml) }
            count += 1
        }
        let (resume, source) = try XCTUnwrap(found, "a résumé a few lines over two pages")
        let fit = try FitEngine(theme: theme).fit(resume)
        let finding = try XCTUnwrap(
            PageCountRule().check(LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme, source: source)).first)
        XCTAssertTrue(finding.message.contains("; `resume fit --pages 2` would fit it: "), finding.message)
        let answer = try FitSearch(theme: theme).fit(resume, pages: 2)
        for setting in answer.settings where setting.changed {
            XCTAssertTrue(finding.message.contains("\(setting.knob.rawValue) \(setting.from) → \(setting.to)"), finding.message)
        }
    }
}
