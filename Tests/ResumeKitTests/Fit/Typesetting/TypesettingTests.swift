import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeFit
@testable import TeXTypesetting

/// The paragraph setter's rules that need no TeX run: reading lengths and tokens, empty and
/// approximate paragraphs, and how fast a whole résumé is set.
final class TypesettingTests: XCTestCase {
    private let setter = ParagraphSetter()

    private let blocks = BlockParagraphs(manifest: Theme.builtin(named: "classic")!.manifest)

    func testLengthsAreReadAsTeXReadsThem() {
        let scanner = TeXDimensionScanner(quad: 655_361, xHeight: 282_168)
        XCTAssertEqual(scanner.dimension("12.5pt"), 819_200)
        XCTAssertEqual(scanner.dimension("18mm"), 3_356_423)
        XCTAssertEqual(scanner.dimension("210mm"), 39_158_276)
        XCTAssertEqual(scanner.dimension("8.5in"), 40_258_437)
        // 0.6em is 39322/65536 of a quad, truncated.
        XCTAssertEqual(scanner.dimension("0.6em"), 655_361 * 39_322 / 65_536)
        XCTAssertEqual(scanner.dimension("1.5em"), 655_361 + 655_361 * 32_768 / 65_536)
        XCTAssertEqual(scanner.glue("0pt plus 4em"), Glue(width: 0, stretch: 4 * 655_361))
        XCTAssertEqual(scanner.glue("0pt plus 1fil"), Glue(width: 0, stretch: 65_536, stretchOrder: 1))
        XCTAssertEqual(scanner.glue("1pt minus 2pt"), Glue(width: 65_536, shrink: 131_072))
        XCTAssertNil(scanner.dimension("12"))
        XCTAssertNil(scanner.glue("0pt minus 1fil"))
    }

    func testTokensFollowTeXsInputRules() {
        let text = LaTeXTokenizer.tokens("\\textbf  {a}  b\\% \\- x~y% note\n  z")
        XCTAssertEqual(
            text.tokens,
            [
                .command(0), .beginGroup, .character("a"), .endGroup, .space, .character("b"), .command(1),
                .space, .command(2), .space, .character("x"), .tie, .character("y"), .character("z"),
            ])
        XCTAssertEqual(text.commandNames, ["textbf", "%", "-"])
        XCTAssertEqual(LaTeXTokenizer.tokens("$^").tokens, [.unsupported("$"), .unsupported("^")])
        let symbols = LaTeXTokenizer.tokens("Zü\\ł ×한")
        XCTAssertEqual(symbols.tokens, [.character("Z"), .character("ü"), .command(0), .space, .character("×"), .character("한")])
        XCTAssertEqual(symbols.commandNames, ["ł"])
    }

    /// The setter takes printable ASCII as its own T1 slot without asking the encoding table.
    func testPrintableASCIIIsItsOwnT1Slot() {
        for value in UInt8(0x21)...UInt8(0x7E) {
            XCTAssertEqual(T1Encoding.encode(Character(Unicode.Scalar(value))), .t1(value), "\(Unicode.Scalar(value))")
        }
    }

    func testAParagraphWithNothingInItHasNoLines() {
        let text = blocks.text("")
        XCTAssertEqual(setter.set(text.latex, style: text.style).lineCount, 0)
        XCTAssertEqual(setter.set("{}{}", style: text.style).lineCount, 0)
        let heading = blocks.section("")
        XCTAssertEqual(setter.set(heading.latex, style: heading.style).lineCount, 1, "the indentation box makes a line")
    }

    /// Hangul is measured as xeCJK sets it, so the paragraph is not approximate for it (a XeLaTeX
    /// document beside Latin Modern is, as a whole: see `FitEngine`); a centred mark xeCJK's
    /// punctuation rules are not reproduced for is.
    func testHangulIsMeasuredButItsGlyphBoxesAreNot() {
        let item = blocks.item("대규모 언어 모델의 사전 학습을 이끌며 의도 분류 정확도를 6.2\\% 향상")
        let set = setter.set(item.latex, style: item.style)
        // Its widths are xeCJK's; its glyphs' heights and depths are 가's and 中's, not their own.
        XCTAssertTrue(set.isApproximate)
        XCTAssertEqual(set.lineCount, 1)
        let long = blocks.item(String(repeating: "한국어 문장을 길게 씁니다 ", count: 12))
        // XeLaTeX sets it in 3 lines: Hangul is 0.966em wide in Noto Serif CJK, not 1em.
        XCTAssertEqual(setter.set(long.latex, style: long.style).lineCount, 3)
        let latin = blocks.item("Plain Latin text")
        XCTAssertFalse(setter.set(latin.latex, style: latin.style).isApproximate)
    }

    func testUnknownCommandsAndMathAreApproximate() {
        let text = blocks.text("\\emph{x} and \\unknown{y}")
        XCTAssertTrue(setter.set(text.latex, style: text.style).isApproximate)
        XCTAssertTrue(setter.set("$x^2$", style: text.style).isApproximate)
    }

    func testOneLineHasNoCharactersToSave() {
        let item = blocks.item("Short")
        XCTAssertNil(setter.set(item.latex, style: item.style).charactersToSaveLine)
    }

    func testEntryLinesTakeTheDatesOnTheLastLine() {
        let entry = blocks.entry(title: "Quillon AI", dates: "Sep 2022 – Present", subtitle: "Engineer", place: "Zürich")
        XCTAssertEqual(entry.count, 2)
        XCTAssertTrue(entry[0].latex.hasSuffix("\\parfillskip=0pt"))
        XCTAssertEqual(blocks.entry(title: "Prize", dates: "2020", subtitle: "", place: "").count, 1)
        XCTAssertEqual(blocks.textWidth, 32_445_430)
    }
}

/// The one-line shortcut gives exactly what the line breaker gives wherever it applies.
final class TypesettingOneLineShortcutTests: XCTestCase {
    func testTheShortcutAgreesWithTheLineBreaker() {
        var layout = Theme.builtin(named: "classic")!.manifest.layout
        var applied = 0
        for margin in [18.0, 60.0] {
            layout.margins.left = Length(margin, .mm)
            var corpus = ParagraphCorpus(seed: 11, blocks: BlockParagraphs(layout: layout))
            for sample in corpus.sampleBlocks(count: 400, prefix: "o") {
                for paragraph in sample.paragraphs {
                    var builder = HorizontalListBuilder(
                        style: paragraph.style, tokens: LaTeXTokenizer.tokens(paragraph.latex), font: paragraph.style.font,
                        isRestricted: false)
                    if paragraph.style.startsWithIndentBox { builder.appendBox(Extent()) }
                    builder.interpretAll()
                    var parameters = paragraph.style.parameters
                    if let glue = builder.rightSkip { parameters.rightSkip = glue }
                    if let glue = builder.parFillSkip { parameters.parFillSkip = glue }
                    guard !builder.nodes.isEmpty, let single = OneLineParagraph(builder.nodes, parameters: parameters) else { continue }
                    applied += 1
                    let list = BreakableList(builder.nodes, style: paragraph.style)
                    let breaks = LineBreaker(parameters: parameters).breakLines(list.nodes)
                    XCTAssertEqual(breaks.lineCount, 1, sample.call)
                    XCTAssertEqual(list.lines(breaks, parameters: parameters).lines, [single.line], sample.call)
                }
            }
        }
        XCTAssertGreaterThan(applied, 300)
    }
}
