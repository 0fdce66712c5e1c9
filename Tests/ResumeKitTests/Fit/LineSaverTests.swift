import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import TeXTypesetting

/// The line-saver read off the breaks of the paragraph as set (`LineSaver`) against the answer of
/// setting the paragraph again with ever shorter values: the smallest cut from the end of the value
/// that loses a line. On every multi-line item of the fit corpus (36 generated résumés and the
/// examples) in every built-in theme, the two must agree exactly.
final class LineSaverTests: XCTestCase {
    func testTheOnePassAnswerIsTheSmallestCutThatLosesALine() throws {
        var generator = SeededGenerator(seed: 2026)
        var resumes = (0..<36).map { index in ("generated \(index)", GeneratedResume.make(index, using: &generator)) }
        for name in ["cv", "minimal"] {
            let url = TestPaths.examples.appendingPathComponent("\(name).yaml")
            resumes.append(("\(name).yaml", try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume, name)))
        }
        var compared = 0
        var disagreements: [String] = []
        for themeName in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: themeName))
            for (name, resume) in resumes {
                let analysis = try FitEngine(theme: theme).analyze(resume)
                let matches = MarkedItems.match(try Renderer(theme: theme).measuredLaTeX(resume).values, in: analysis.blocks)
                let layout = DocumentLayout(manifest: theme.manifest.adjusted(by: resume.meta.layout))
                XCTAssertEqual(matches.map(\.value.place), analysis.report.items.map(\.path))
                for (item, match) in zip(analysis.report.items, matches) where item.lines > 1 && !item.approximate {
                    let value = match.value.text
                    guard !value.contains("\n\n") else { continue }  // several paragraphs: no line-saver
                    let expected = Self.cutBySettingAgain(value, in: analysis.blocks[match.block], at: match, layout: layout)
                    compared += 1
                    if item.charsToSaveLine != expected {
                        disagreements.append(
                            "\(themeName) \(name) \(item.path): \(item.charsToSaveLine.map(String.init) ?? "nil"), "
                                + "setting again: \(expected.map(String.init) ?? "nil") (\(item.lines) lines) \(value)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 500)
        XCTAssertEqual(disagreements, [], "\(disagreements.count) of \(compared) items disagree")
    }

    func testAOneLineParagraphHasNothingToSave() {
        let blocks = BlockParagraphs(manifest: Theme.builtin(named: "classic")!.manifest)
        let item = blocks.item("Short")
        XCTAssertNil(ParagraphSetter().set(item.latex, style: item.style).charactersToSaveLine)
    }

    func testDashAndQuoteLigaturesStandForOneCharacter() {
        XCTAssertEqual(LineSaver.characters(ofLigature: Array("--".utf8)), 1)
        XCTAssertEqual(LineSaver.characters(ofLigature: Array("``".utf8)), 1)
        XCTAssertEqual(LineSaver.characters(ofLigature: Array("ffi".utf8)), 3)
    }
}

private extension LineSaverTests {
    /// The smallest number of characters to drop from the end of `value` for the paragraph of
    /// `block` to lose a line, found by setting the paragraph again (line counts only fall as the
    /// value gets shorter, so bisection finds it); nil for one line, or when even an empty value
    /// keeps the lines.
    static func cutBySettingAgain(_ value: String, in block: BlockCall, at match: MarkedItems.Match, layout: DocumentLayout) -> Int? {
        let (argument, range) = (match.argument, match.range)
        guard let style = layout.paragraph(of: block)?.style else { return nil }
        let characters = Array(value)
        func lines(dropping count: Int) -> Int {
            var changed = block
            changed.arguments[argument] = block.arguments[argument][..<range.lowerBound]
                + LaTeXEscaping.text(String(characters.dropLast(count))) + block.arguments[argument][range.upperBound...]
            return layout.setter.set(layout.paragraph(of: changed)?.latex ?? "", style: style).lineCount
        }
        let full = lines(dropping: 0)
        guard full > 1, lines(dropping: characters.count) < full else { return nil }
        var keeps = 0
        var loses = characters.count
        while loses - keeps > 1 {
            let middle = (keeps + loses) / 2
            if lines(dropping: middle) < full { loses = middle } else { keeps = middle }
        }
        return loses
    }
}
