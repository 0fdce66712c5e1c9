import Foundation
import XCTest

@testable import ResumeKit
import TestSupport

/// Compares the paragraph setter with pdfLaTeX itself, paragraph by paragraph, under the real
/// preamble of a built-in theme (classic, unless a test says otherwise): line counts, first-line
/// heights, last-line depths and overfull lines.
final class TypesettingAgainstPdfLaTeXTests: XCTestCase {
    private let setter = ParagraphSetter()

    private func classicBlocks() throws -> BlockParagraphs {
        BlockParagraphs(manifest: try XCTUnwrap(Theme.builtin(named: "classic")).manifest)
    }

    func testGeneratedCorpusMatchesPdfLaTeX() throws {
        var corpus = ParagraphCorpus(seed: 2024, blocks: try classicBlocks())
        let samples = corpus.sampleBlocks(count: 960, prefix: "g")
        try assertAgreement(samples, label: "generated corpus")
    }

    /// The same kind of corpus in each other built-in theme, under its own preamble, fonts and
    /// measure, with the font commands its templates put in the name, label and heading arguments.
    func testGeneratedCorpusInTheOtherBuiltinThemesMatchesPdfLaTeX() throws {
        for name in Theme.builtinNames where name != "classic" {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            var corpus = ParagraphCorpus(
                seed: 2025, blocks: BlockParagraphs(manifest: theme.manifest), fonts: try ArgumentFonts(theme: theme))
            let samples = corpus.sampleBlocks(count: 480, prefix: "g")
            try assertAgreement(samples, label: "generated corpus, \(name)", theme: name)
        }
    }

    /// A narrow measure under `\nonfrenchspacing`: many more words that do not fit, hyphenations,
    /// overfull lines and entry titles that cannot fill their lines.
    func testNarrowNonFrenchSpacedCorpusMatchesPdfLaTeX() throws {
        var layout = try XCTUnwrap(Theme.builtin(named: "classic")).manifest.layout
        layout.margins.left = Length(62, .mm)
        layout.margins.right = Length(71.5, .mm)
        var corpus = ParagraphCorpus(seed: 77, blocks: BlockParagraphs(layout: layout, frenchSpacing: false))
        let samples = corpus.sampleBlocks(count: 720, prefix: "n")
        try assertAgreement(samples, label: "narrow, nonfrenchspacing") { preamble in
            preamble.replacingOccurrences(of: "left=18mm,right=18mm", with: "left=62mm,right=71.5mm")
                .replacingOccurrences(of: "\\frenchspacing", with: "\\nonfrenchspacing")
        }
    }

    /// Long words in a very narrow measure: TeX's second pass, hyphenation and reconstitution, in
    /// the fonts and settings of every built-in theme.
    func testLongWordsInAVeryNarrowMeasureMatchPdfLaTeX() throws {
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            var manifest = theme.manifest
            let margins = "left=\(manifest.layout.margins.left),right=\(manifest.layout.margins.right)"
            manifest.layout.margins.left = Length(75, .mm)
            manifest.layout.margins.right = Length(80, .mm)
            var corpus = ParagraphCorpus(
                seed: 5, blocks: BlockParagraphs(manifest: manifest), prefersLongWords: true,
                fonts: try ArgumentFonts(theme: theme))
            let samples = corpus.sampleBlocks(count: name == "classic" ? 600 : 300, prefix: "h")
            try assertAgreement(samples, label: "long words, very narrow, \(name)", theme: name) { preamble in
                XCTAssertTrue(preamble.contains(margins), name)
                return preamble.replacingOccurrences(of: margins, with: "left=75mm,right=80mm")
            }
        }
    }

    func testExampleResumeParagraphsMatchPdfLaTeX() throws {
        for theme in Theme.builtinNames {
            let samples = try exampleBlocks(file: "cv.yaml", theme: theme)
            XCTAssertGreaterThan(samples.count, 40)
            try assertAgreement(samples, label: "examples/cv.yaml, \(theme)", theme: theme)
        }
    }

    func testOtherPDFLaTeXExamplesMatchPdfLaTeX() throws {
        var checked: [String] = []
        for file in Repository.exampleNames where file != "cv.yaml" {
            let result = ResumeLoader.load(contentsOf: Repository.example(file))
            guard let resume = result.resume, resume.requiredTeXEngine == .pdflatex else { continue }
            try assertAgreement(try exampleBlocks(file: file), label: "examples/\(file)")
            checked.append(file)
        }
        XCTAssertEqual(checked, ["minimal.yaml"], "ko.yaml needs XeLaTeX")
    }

    func testTextWidthIsGeometrysToTheScaledPoint() throws {
        try RequiredTool.path(of: "pdflatex")
        for paper in Paper.allCases {
            var layout = try XCTUnwrap(Theme.builtin(named: "classic")).manifest.layout
            layout.paper = paper
            let source = try ParagraphOracle.preamble(paper: paper)
                + "\\begin{document}\\typeout{WIDTH:\\the\\textwidth}\\end{document}\n"
            let output = try TeXRunner(engine: .pdflatex, options: ["-draftmode"]).compile(source)
            output.assertSucceeded()
            let width = try XCTUnwrap(output.log.split(separator: "\n").first { $0.hasPrefix("WIDTH:") })
            XCTAssertEqual(BlockParagraphs(layout: layout).textWidth, ParagraphOracle.scaledPoints(width.dropFirst(6)), "\(paper)")
        }
    }

    /// Removing the suggested number of characters loses a line in pdfLaTeX; one fewer does not.
    func testCharactersToSaveLineAgreeWithPdfLaTeX() throws {
        let blocks = try classicBlocks()
        let values = [
            "Drive distillation of a 1.3B-parameter model into a 90M student, serving 4× more requests per GPU at 35 ms p95 latency with < 1% accuracy loss",
            "Built a named-entity recognition service for invoices in 5 languages, lifting extraction F1 from 0.81 to 0.92 and saving 1,200 hours of manual entry a month",
            "Mentor 3 junior engineers on experiment design and code review; 2 of them now lead model launches on their own",
            "Introduced active learning into the labelling workflow, halving annotation cost for new document types with no drop in accuracy, and documented the approach for the wider organisation in Zürich and Łódź",
            "Short",
        ]
        var samples: [SampleBlock] = []
        var expectations: [(id: String, lines: Int)] = []
        for (index, value) in values.enumerated() {
            let item = blocks.item(LaTeXEscaping.text(value))
            let set = setter.set(item.latex, style: item.style)
            let lines = set.lineCount
            let saved = set.charactersToSaveLine
            guard let saved else {
                XCTAssertEqual(lines, 1, "only a one-line paragraph has nothing to save: \(value)")
                continue
            }
            for (suffix, drop) in [("a", saved), ("b", saved - 1)] {
                let shortened = LaTeXEscaping.text(String(value.dropLast(drop)))
                samples.append(SampleBlock(id: "s\(index)\(suffix)", call: "\\cvitem{\(shortened)}", paragraphs: [blocks.item(shortened)]))
            }
            expectations.append(("s\(index)", lines))
        }
        XCTAssertEqual(expectations.count, 4)
        let measured = try ParagraphOracle.measure(samples)
        for (id, lines) in expectations {
            XCTAssertEqual(measured[id + "a"]?.lines, lines - 1, "\(id): removing the suggested characters loses a line")
            XCTAssertEqual(measured[id + "b"]?.lines, lines, "\(id): removing one character fewer does not")
        }
    }
}

private extension TypesettingAgainstPdfLaTeXTests {
    /// Sets every sample, measures it with pdfLaTeX and requires exact agreement for every
    /// paragraph the setter does not call approximate.
    func assertAgreement(
        _ samples: [SampleBlock], label: String, theme: String = "classic", file: StaticString = #filePath,
        line: UInt = #line, editingPreamble edit: (String) -> String = { $0 }
    ) throws {
        try RequiredTool.path(of: "pdflatex", file: file, line: line)
        let measured = try ParagraphOracle.measure(samples, theme: theme, editingPreamble: edit)
        var exact = 0
        var lineMatches = 0
        var approximate = 0
        var mismatches: [String] = []
        for sample in samples {
            let set = sample.paragraphs.map { setter.set($0.latex, style: $0.style) }
            guard !set.contains(where: \.isApproximate) else {
                approximate += 1
                continue
            }
            guard var truth = measured[sample.id] else {
                XCTFail("\(label): pdfLaTeX wrote nothing for \(sample.id)", file: file, line: line)
                continue
            }
            var predicted = SetParagraph.measurement(of: set)
            if !sample.measuresHeights {
                (predicted.firstHeight, predicted.lastDepth) = (0, 0)
                (truth.firstHeight, truth.lastDepth) = (0, 0)
            }
            exact += 1
            if predicted.lines == truth.lines { lineMatches += 1 }
            if predicted != truth {
                mismatches.append("\(sample.id): predicted \(predicted), pdfLaTeX \(truth): \(sample.call)")
            }
        }
        print("paragraph setter agrees with pdfLaTeX on \(lineMatches)/\(exact) paragraphs (\(label); \(approximate) approximate left out)")
        XCTAssertEqual(mismatches, [], "\(label): \(mismatches.count) of \(exact) disagree", file: file, line: line)
        XCTAssertEqual(approximate, 0, "\(label): paragraphs the setter could only estimate", file: file, line: line)
    }

    /// Every block of an example résumé's rendered body, as a built-in theme writes it.
    func exampleBlocks(file: String, theme name: String = "classic") throws -> [SampleBlock] {
        let result = ResumeLoader.load(contentsOf: TestPaths.examples.appendingPathComponent(file))
        let resume = try XCTUnwrap(result.resume, "\(file): \(result.diagnostics.map(\.message))")
        let theme = try XCTUnwrap(Theme.builtin(named: name))
        let document = try Renderer(theme: theme).render(resume, as: .tex)
        let blocks = BlockParagraphs(manifest: theme.manifest)
        return BlockCalls.calls(inBody: document).enumerated().compactMap { index, call in
            let id = "e\(index)"
            let arguments = call.arguments
            switch call.name {
            case "cvname": return SampleBlock(id: id, call: call.source, paragraphs: [blocks.name(arguments[0])])
            case "cvlabel": return SampleBlock(id: id, call: call.source, paragraphs: [blocks.label(arguments[0])])
            case "cvcontacts": return SampleBlock(id: id, call: call.source, paragraphs: [blocks.contacts(arguments[0])])
            case "cvsummary": return SampleBlock(id: id, call: call.source, paragraphs: [blocks.summary(arguments[0])])
            case "cvsection":
                return SampleBlock(id: id, call: call.source, paragraphs: [blocks.section(arguments[0])], measuresHeights: false)
            case "cventry":
                return SampleBlock(
                    id: id, call: call.source,
                    paragraphs: blocks.entry(title: arguments[0], dates: arguments[1], subtitle: arguments[2], place: arguments[3]))
            case "cvitem": return SampleBlock(id: id, call: call.source, paragraphs: [blocks.item(arguments[0])])
            case "cvtext": return SampleBlock(id: id, call: call.source, paragraphs: [blocks.text(arguments[0])])
            case "cvpair":
                return SampleBlock(id: id, call: call.source, paragraphs: [blocks.pair(name: arguments[0], value: arguments[1])])
            default: return nil
            }
        }
    }
}

/// The block macro calls in a rendered document's body, with their arguments (for the tests).
enum BlockCalls {
    struct Call {
        var name: String
        var arguments: [String]
        var source: String
    }

    static let arities = [
        "cvname": 1, "cvlabel": 1, "cvcontacts": 1, "cvsummary": 1, "cvsection": 1, "cventry": 4, "cvitem": 1,
        "cvtext": 1, "cvpair": 2,
    ]

    static func calls(inBody document: String) -> [Call] {
        guard let begin = document.range(of: "\\begin{document}") else { return [] }
        var rest = document[begin.upperBound...]
        var calls: [Call] = []
        while let slash = rest.firstIndex(of: "\\") {
            rest = rest[rest.index(after: slash)...]
            let name = String(rest.prefix { $0.isLetter })
            rest = rest.dropFirst(name.count)
            guard let arity = arities[name] else { continue }
            var arguments: [String] = []
            for _ in 0..<arity {
                guard rest.first == "{" else { break }
                var depth = 0
                var end = rest.endIndex
                var index = rest.startIndex
                scan: while index < rest.endIndex {
                    switch rest[index] {
                    case "\\":
                        index = rest.index(after: index)
                        if index == rest.endIndex { break scan }
                    case "{":
                        depth += 1
                    case "}":
                        depth -= 1
                        if depth == 0 {
                            end = index
                            break scan
                        }
                    default:
                        break
                    }
                    index = rest.index(after: index)
                }
                guard end < rest.endIndex else { break }
                arguments.append(String(rest[rest.index(after: rest.startIndex)..<end]))
                rest = rest[rest.index(after: end)...]
            }
            guard arguments.count == arity else { continue }
            let source = "\\" + name + arguments.map { "{" + $0 + "}" }.joined()
            calls.append(Call(name: name, arguments: arguments, source: source))
        }
        return calls
    }
}
