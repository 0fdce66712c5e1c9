import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import TeXTypesetting

/// One-line entries (`entryStyle: inline`, the compact theme) against pdfLaTeX: entries that fit
/// on their line, and long ones that wrap, whose dates end the last line or take a line of their
/// own. Each entry's line count, first-line height, last-line depth, last-line natural width and
/// overfull lines must be TeX's, and so must the pages of whole résumés made of long entries.
final class InlineEntryAccuracyTests: XCTestCase {
    private let setter = ParagraphSetter()

    private func compact() throws -> Theme {
        try XCTUnwrap(Theme.builtin(named: "compact"))
    }

    func testCompactSetsEntriesInline() throws {
        let blocks = BlockParagraphs(manifest: try compact().manifest)
        let entry = blocks.entry(title: "Quillon AI", dates: "Sep 2022 – Present", subtitle: "Engineer", place: "Zürich")
        XCTAssertEqual(entry.count, 1, "one paragraph")
        XCTAssertTrue(
            entry[0].latex.hasPrefix(
                #"\textbf{Quillon AI}, \textit{Engineer}~\textperiodcentered\ {\cvsmall\color{muted}Zürich}"#))
        XCTAssertEqual(setter.set(entry[0].latex, style: entry[0].style).lineCount, 1)
    }

    func testHandPickedEntriesMatchPdfLaTeX() throws {
        let blocks = BlockParagraphs(manifest: try compact().manifest)
        let long =
            "Senior Staff Machine Learning Engineer for Conversational Language Understanding and Retrieval-Augmented Generation"
        let cases: [(title: String, dates: String, subtitle: String, place: String)] = [
            ("Quillon AI", "Sep 2022 – Present", "Senior Machine Learning Engineer", "Zürich, Switzerland"),
            ("Quillon AI", "", "Senior Machine Learning Engineer", "Zürich, Switzerland"),
            ("Quillon AI", "Sep 2022 – Present", "", "Zürich, Switzerland"),
            ("Quillon AI", "Sep 2022 – Present", "", ""),
            ("Quillon AI", "", "", ""),
            ("Chief of Staff", "2021", "Staff", "Remote"),
            ("Proof", "2020", "Chief", ""),
            ("Self", "", "Half", ""),
            ("Best Paper Runner-up, Workshop on Document Intelligence", "Dec 2021", "Workshop on Document Intelligence", ""),
            ("MSc, Computer Science (Machine Learning track)", "Sep 2017 – Feb 2019", "University of Lakemere", "GPA 3.9/4.0"),
            ("Hangul Tokenizer Benchmark", "Jun 2020 – Dec 2020", "Author", "github.com/theovl/hangul-tok-bench"),
            ("Brightwave Labs", "Mar 2019 – Aug 2022", long, "Munich, Germany"),
            ("Brightwave Labs", "Mar 2019 – Aug 2022", long + " and Document Understanding", "Munich, Bavaria, Germany"),
            (long, "Summer 2019 – Winter 2020 (part-time)", long, "Besançon, France"),
            ("Internationalization", "2019", "incomprehensibilities " + long, "Ålesund, Norway"),
            ("A", "Jan 1998 – Dec 2024", String(repeating: "retrieval-augmented ", count: 9), "São Paulo"),
            (String(repeating: "Supercalifragilisticexpialidocious", count: 3), "2020", "", ""),
        ]
        var samples: [SampleBlock] = []
        for (index, entry) in cases.enumerated() {
            let (title, dates, subtitle, place) = (
                LaTeXEscaping.text(entry.title), LaTeXEscaping.text(entry.dates),
                LaTeXEscaping.text(entry.subtitle), LaTeXEscaping.text(entry.place)
            )
            samples.append(
                SampleBlock(
                    id: "p\(index)", call: "\\cventry{\(title)}{\(dates)}{\(subtitle)}{\(place)}",
                    paragraphs: blocks.entry(title: title, dates: dates, subtitle: subtitle, place: place)))
        }
        let lines = try assertAgreement(samples, label: "hand-picked inline entries")
        XCTAssertTrue(lines.contains(2) && lines.contains(3), "the cases wrap to two and three lines: \(lines)")
    }

    func testGeneratedEntriesMatchPdfLaTeX() throws {
        let blocks = BlockParagraphs(manifest: try compact().manifest)
        var corpus = ParagraphCorpus(seed: 909, blocks: blocks)
        let samples = (0..<600).map { index in corpus.block(id: "g\(index)", kind: 8 + index % 3) }
        let lines = try assertAgreement(samples, label: "generated inline entries")
        XCTAssertGreaterThan(lines.filter { $0 > 1 }.count, 60, "enough entries wrap")
        XCTAssertGreaterThan(datesOnALineOfTheirOwn(samples, blocks: blocks), 5, "enough entries push their dates down")
    }

    /// Entries in a narrow measure: most of them wrap, with hyphenation and overfull lines.
    func testGeneratedEntriesInANarrowMeasureMatchPdfLaTeX() throws {
        var manifest = try compact().manifest
        manifest.layout.margins.left = Length(60, .mm)
        manifest.layout.margins.right = Length(70, .mm)
        var corpus = ParagraphCorpus(seed: 31, blocks: BlockParagraphs(manifest: manifest))
        let samples = (0..<400).map { index in corpus.block(id: "n\(index)", kind: 8 + index % 3) }
        let lines = try assertAgreement(samples, label: "narrow inline entries") { preamble in
            preamble.replacingOccurrences(of: "left=13mm,right=13mm", with: "left=60mm,right=70mm")
        }
        XCTAssertGreaterThan(lines.filter { $0 > 2 }.count, 20, "enough entries wrap to three lines or more")
        let datesDown = datesOnALineOfTheirOwn(samples, blocks: BlockParagraphs(manifest: manifest))
        XCTAssertGreaterThan(datesDown, 5, "enough entries push their dates down")
    }

    /// Whole résumés whose entries wrap: each entry's lines, each item's lines and page, the page
    /// count and the free lines on the last page are TeX's, and TeX measured every one of them.
    func testResumesWithLongEntriesAgreeWithTeX() throws {
        try RequiredTool.path(of: "pdflatex")
        let theme = try compact()
        var generator = SeededGenerator(seed: 4242)
        var entries = 0
        var wrapped = 0
        var items = 0
        var pages: [Int] = []
        for index in 0..<8 {
            let resume = Self.resumeWithLongEntries(index, using: &generator)
            let analysis = try FitEngine(theme: theme).analyze(resume)
            let layout = DocumentLayout(manifest: theme.manifest)
            let predicted = try layout.verticalList(analysis.blocks).paragraphs
            let entryBlocks = analysis.blocks.indices.filter { analysis.blocks[$0].name == "cventry" }
            let output = try TeXRunner(engine: .pdflatex).compile(Self.marking(entryBlocks, in: analysis))
            guard output.assertSucceeded() else { return }
            XCTAssertEqual(output.problems, [], "résumé \(index)")
            let truth = TeXRunner.typeoutValues(in: output.log, key: "ENTRY-LINES")
            XCTAssertEqual(truth.count, entryBlocks.count, "résumé \(index): pdfLaTeX measured every entry")
            for block in entryBlocks {
                let lines = predicted[block].last?.lineCount ?? 0
                XCTAssertEqual(truth[String(block)], String(lines), "résumé \(index): \(analysis.blocks[block].source)")
                entries += 1
                if lines > 1 { wrapped += 1 }
            }
            XCTAssertEqual(Self.pageCount(in: output.log), analysis.report.pages, "résumé \(index): pages")
            pages.append(analysis.report.pages)
            let verified = try FitVerifier(engine: FitEngine(theme: theme)).verify(resume)
            XCTAssertEqual(verified.itemsMeasured, verified.items.count, "résumé \(index): pdfLaTeX measured every item")
            XCTAssertEqual(verified.diagnostics(file: "résumé \(index)").map(\.message), [], "résumé \(index)")
            items += verified.itemsMeasured
        }
        print(
            "inline entries agree with pdfLaTeX in whole résumés: \(entries) entries, \(wrapped) of them wrapped, "
                + "\(items) items (lines and page); pages \(pages)")
        XCTAssertGreaterThan(wrapped, 20)
        XCTAssertTrue(pages.contains { $0 > 1 }, "some résumés break pages")
    }
}

private extension InlineEntryAccuracyTests {
    /// How many of the entries take a line more than they would without dates: those whose dates
    /// do not fit after the rest and take a line of their own.
    func datesOnALineOfTheirOwn(_ samples: [SampleBlock], blocks: BlockParagraphs) -> Int {
        samples.filter { sample in
            guard let call = BlockCalls.calls(inBody: "\\begin{document}" + sample.call).first, call.name == "cventry"
            else { return false }
            let arguments = call.arguments
            let withDates = blocks.entry(title: arguments[0], dates: arguments[1], subtitle: arguments[2], place: arguments[3])
            let without = blocks.entry(title: arguments[0], dates: "", subtitle: arguments[2], place: arguments[3])
            return setter.set(withDates[0].latex, style: withDates[0].style).lineCount
                > setter.set(without[0].latex, style: without[0].style).lineCount
        }.count
    }

    /// Sets every sample, measures it with pdfLaTeX under the compact preamble, requires exact
    /// agreement, and returns the line counts.
    func assertAgreement(
        _ samples: [SampleBlock], label: String, file: StaticString = #filePath, line: UInt = #line,
        editingPreamble edit: (String) -> String = { $0 }
    ) throws -> [Int] {
        try RequiredTool.path(of: "pdflatex", file: file, line: line)
        let (measured, widths) = try measure(samples, editingPreamble: edit)
        var mismatches: [String] = []
        var lines: [Int] = []
        for sample in samples {
            let set = sample.paragraphs.map { setter.set($0.latex, style: $0.style) }
            XCTAssertFalse(set.contains(where: \.isApproximate), "\(sample.id) is approximate", file: file, line: line)
            guard let truth = measured[sample.id] else {
                XCTFail("\(label): pdfLaTeX wrote nothing for \(sample.id)", file: file, line: line)
                continue
            }
            let predicted = SetParagraph.measurement(of: set)
            lines.append(predicted.lines)
            if predicted != truth {
                mismatches.append("\(sample.id): predicted \(predicted), pdfLaTeX \(truth): \(sample.call)")
            }
            let width = set.last?.lines.last?.naturalWidth ?? 0
            if let measuredWidth = widths[sample.id], measuredWidth != width {
                mismatches.append("\(sample.id): last line \(width)sp wide, in pdfLaTeX \(measuredWidth)sp: \(sample.call)")
            } else if widths[sample.id] == nil {
                XCTFail("\(label): pdfLaTeX wrote no width for \(sample.id)", file: file, line: line)
            }
        }
        print("inline entries agree with pdfLaTeX on \(samples.count - mismatches.count)/\(samples.count) (\(label))")
        XCTAssertEqual(mismatches, [], "\(label): \(mismatches.count) of \(samples.count) disagree", file: file, line: line)
        return lines
    }

    /// After a paragraph, writes `WIDTH:id:width` with the natural width of its last line.
    static let widthMacro = #"""
        \newcommand\cvlastwidth[1]{\par\setbox\cvlinebox\lastbox\setbox\cvlinebox\hbox{\unhcopy\cvlinebox}%
          \typeout{WIDTH:#1:\the\wd\cvlinebox}}
        """#

    /// Measures the blocks in one pdfLaTeX run under the compact theme's own preamble: what
    /// `ParagraphOracle` reads, and the natural width of the last line in sp, by id.
    func measure(_ blocks: [SampleBlock], editingPreamble edit: (String) -> String) throws
        -> (measurements: [String: ParagraphOracle.Measurement], widths: [String: Int])
    {
        var resume = Resume(basics: Basics(name: "Ada"))
        resume.basics.summary = "Probe."
        let document = try Renderer(theme: try compact()).render(resume, as: .tex)
        let begin = try XCTUnwrap(document.range(of: "\\begin{document}"))
        var source = edit(String(document[..<begin.lowerBound])) + ParagraphOracle.measuringMacros + "\n" + Self.widthMacro
        source += "\n\\begin{document}\n\\normalsize\\color{body}\n"
        for block in blocks {
            source += "\\setbox0\\vbox{\(block.call)\\cvmeasure{\(block.id)}}\n"
        }
        // After every measurement, so that their overfull warnings are read with none of these.
        for block in blocks {
            source += "\\setbox0\\vbox{\(block.call)\\cvlastwidth{\(block.id)}}\n"
        }
        source += "\\end{document}\n"
        let runner = TeXRunner(
            engine: .pdflatex, haltOnError: false, options: ["-draftmode"], environment: ["max_print_line": "10000"])
        let output = try runner.compile(source)
        XCTAssertEqual(output.log.components(separatedBy: "\n").filter { $0.hasPrefix("!") }, [], "pdfLaTeX reported errors")
        let widths = TeXRunner.typeoutValues(in: output.log, key: "WIDTH").mapValues {
            ParagraphOracle.scaledPoints(Substring($0))
        }
        return (ParagraphOracle.parse(output.log), widths)
    }

    /// The document with the line count of each entry's paragraph written to the log.
    static func marking(_ entryBlocks: [Int], in analysis: FitAnalysis) throws -> String {
        var document = analysis.latex
        let definition = "\\newcommand\\entrymark[1]{\\par\\edef\\entrypg{\\the\\prevgraf}\\typeout{ENTRY-LINES:#1:\\entrypg}}\n"
        let begin = try XCTUnwrap(document.range(of: "\\begin{document}"))
        document.insert(contentsOf: definition, at: begin.lowerBound)
        var cursor = try XCTUnwrap(document.range(of: "\\begin{document}")).upperBound
        for (index, block) in analysis.blocks.enumerated() {
            let range = try XCTUnwrap(document.range(of: block.source, range: cursor..<document.endIndex))
            cursor = range.upperBound
            if entryBlocks.contains(index) {
                let mark = "\\entrymark{\(index)}"
                document.insert(contentsOf: mark, at: cursor)
                cursor = document.index(cursor, offsetBy: mark.count)
            }
        }
        return document
    }

    static func pageCount(in log: String) -> Int? {
        guard let range = log.range(of: #"\((\d+) pages?"#, options: .regularExpression) else { return nil }
        return Int(log[range].dropFirst().prefix { $0.isNumber })
    }

    /// A résumé of many entries whose titles, positions and places are often too long for one line.
    static func resumeWithLongEntries(_ index: Int, using generator: inout SeededGenerator) -> Resume {
        func phrase(_ range: ClosedRange<Int>) -> String {
            (0..<Int.random(in: range, using: &generator)).map { _ in
                GeneratedResume.words.randomElement(using: &generator)!
            }.joined(separator: " ")
        }
        var resume = Resume(basics: Basics(name: "Person \(index)", label: "Engineer", email: "p\(index)@example.com"))
        for job in 0..<Int.random(in: 6...16, using: &generator) {
            var work = Work()
            work.name = "Company \(job) " + phrase(0...10)
            work.position = Bool.random(using: &generator) ? phrase(1...18) : nil
            work.location = Bool.random(using: &generator) ? "Zürich, Switzerland" : nil
            work.startDate = PartialDate(year: 2000 + job)
            work.endDate = Bool.random(using: &generator) ? .date(PartialDate(year: 2001 + job)) : nil
            work.highlights = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                GeneratedResume.sentence(6, 40, using: &generator)
            }
            resume.work.append(work)
        }
        for number in 0..<Int.random(in: 0...4, using: &generator) {
            var project = Project()
            project.name = "Project \(number) " + phrase(0...8)
            project.roles = [phrase(1...10)]
            project.url = "https://github.com/example/" + String(repeating: "project-", count: number + 1)
            resume.projects.append(project)
        }
        return resume
    }
}
