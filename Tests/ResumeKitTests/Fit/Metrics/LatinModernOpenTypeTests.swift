import Foundation
@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import TeXTypesetting
import XCTest

/// A XeLaTeX document not set in CMU is set in Latin Modern's OpenType faces (TeX Gyre Heros's in
/// `modern`), which the engine measures with their OpenType tables laid out as TFM fonts: for every
/// family, series, shape and size, the face XeLaTeX loads has the interword glue, x-height, quad and
/// slant of the engine's font, and text set in it (Vietnamese, symbols, ligatures, kerned pairs)
/// has the width, height and depth the paragraph builder measures.
final class LatinModernOpenTypeTests: XCTestCase {
    /// The families as the themes' XeLaTeX preambles set them: Latin Modern by LaTeX's TU font
    /// definitions, TeX Gyre Heros by the setup's `\setsansfont`.
    static let families: [(latex: String, family: LatinModern.Family)] = [
        ("\\rmfamily", .roman), ("\\sffamily", .sans), ("\\herosfamily", .heros),
    ]

    static let shapes: [(latex: String, series: LatinModern.Series, shape: LatinModern.Shape)] = [
        ("\\mdseries\\upshape", .regular, .upright), ("\\bfseries\\upshape", .bold, .upright),
        ("\\mdseries\\itshape", .regular, .italic), ("\\bfseries\\itshape", .bold, .italic),
        ("\\mdseries\\scshape", .regular, .smallCaps), ("\\bfseries\\scshape", .bold, .smallCaps),
        ("\\mdseries\\slshape", .regular, .slanted),
    ]

    /// Every optical size's range, the sizes the built-in themes use, and sizes on the ranges' bounds.
    static let sizes = ["5pt", "6pt", "7pt", "8pt", "8.5pt", "9pt", "9.5pt", "10pt", "10.5pt", "10.95pt", "11pt", "12pt", "12.5pt", "15pt", "17pt", "24pt", "26pt"]

    static let texts = [
        "office affluent fjord", "Nguyễn Trường — Hà Nội", "ĐẶNG VỸ ỨNG dụng", "AVATAR Wolf Tây", "“trích dẫn”",
        "‘single’ – ≥99.9% ≈2× → ✓", "40 µs 20 °C €1.2M £300k ™ ©", "Timișoara Œuvre Łódź", "p95 (NLU): e.g. A/B",
    ]

    /// `\herosfamily`: TeX Gyre Heros as `modern`'s setup loads it, beside Latin Modern's roman and sans.
    static let preamble = """
        \\documentclass{article}
        \\usepackage{fontspec}
        \\newfontfamily\\herosfamily{texgyreheros}[NFSSFamily=qhv,Extension=.otf,UprightFont=*-regular,BoldFont=*-bold,\
        ItalicFont=*-italic,BoldItalicFont=*-bolditalic,WordSpace={1,1,\(LatinModern.Family.herosInterwordShrinkFactor)}]
        """

    func testXeLaTeXLoadsTheFacesTheEngineMeasures() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        var body = ""
        for (familyIndex, family) in Self.families.enumerated() {
            for (shapeIndex, shape) in Self.shapes.enumerated() {
                for (sizeIndex, size) in Self.sizes.enumerated() {
                    let dimensions = (1...7).map { "\\number\\fontdimen\($0)\\font" }.joined(separator: ":")
                    body += "{\\fontsize{\(size)}{12pt}\(family.latex)\(shape.latex)\\selectfont"
                        + "\\typeout{FONT:\(familyIndex):\(shapeIndex):\(sizeIndex):\(dimensions)}}\n"
                }
            }
        }
        let output = try TeXRunner(engine: .xelatex).compile(Self.preamble + "\n\\begin{document}\n\(body)\\end{document}\n")
        output.assertSucceeded()
        let fonts = output.log.split(separator: "\n").filter { $0.hasPrefix("FONT:") }
            .map { $0.split(separator: ":").dropFirst().compactMap { Int($0) } }
        XCTAssertEqual(fonts.count, Self.families.count * Self.shapes.count * Self.sizes.count)
        for values in fonts {
            let (family, shape, size) = (Self.families[values[0]], Self.shapes[values[1]], Self.sizes[values[2]])
            // TeX Gyre Heros's slanted shape is its italic, loaded again: fontspec's WordSpace scales
            // the shrink of that one font a second time (an oddity no theme meets).
            if family.family == .heros, shape.shape == .slanted { continue }
            let selection = FontSelection(
                typeface: .latinModernOpenType, family: family.family, series: shape.series, shape: shape.shape,
                size: try XCTUnwrap(TeXDimensionScanner(quad: 0, xHeight: 0).dimension(size)))
            let font = try XCTUnwrap(FontCache.shared.font(FontKey(selection: selection, encoding: .t1)), "\(family.latex)\(shape.latex) \(size)")
            XCTAssertEqual(
                Array(values[3...]), (1...7).map(font.scaled.parameter), "\\fontdimen1–7 of \(family.latex)\(shape.latex) at \(size)")
        }
    }

    func testXeLaTeXSetsTextAsTheEngineMeasuresIt() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let sizes = ["10pt", "9pt", "12.5pt", "8.5pt"]
        var body = ""
        for (familyIndex, family) in Self.families.enumerated() {
            for (shapeIndex, shape) in Self.shapes.enumerated() where shape.shape != .slanted {
                for (sizeIndex, size) in sizes.enumerated() {
                    for (textIndex, text) in Self.texts.enumerated() {
                        body += "\\setbox0\\hbox{\\fontsize{\(size)}{12pt}\(family.latex)\(shape.latex)\\selectfont \(LaTeXEscaping.text(text))}"
                            + "\\typeout{BOX:\(familyIndex):\(shapeIndex):\(sizeIndex):\(textIndex):\\number\\wd0:\\number\\ht0:\\number\\dp0}\n"
                    }
                }
            }
        }
        let output = try TeXRunner(engine: .xelatex).compile(Self.preamble + "\n\\begin{document}\n\(body)\\end{document}\n")
        output.assertSucceeded()
        let boxes = output.log.split(separator: "\n").filter { $0.hasPrefix("BOX:") }
            .map { $0.split(separator: ":").dropFirst().compactMap { Int($0) } }
        XCTAssertEqual(boxes.count, Self.families.count * (Self.shapes.count - 1) * sizes.count * Self.texts.count)
        let manifest = try XCTUnwrap(Theme.builtin(named: "classic")).manifest
        let paragraphs = BlockParagraphs(manifest: manifest, typeface: .latinModernOpenType)
        var exact = 0
        for box in boxes {
            let (family, shape, size, text) = (Self.families[box[0]], Self.shapes[box[1]], sizes[box[2]], Self.texts[box[3]])
            let font = FontSelection(
                typeface: .latinModernOpenType, family: family.family, series: shape.series, shape: shape.shape,
                size: try XCTUnwrap(TeXDimensionScanner(quad: 0, xHeight: 0).dimension(size)))
            // LaTeX's default spacing, as the document above has it: more space after a sentence.
            var style = paragraphs.summary(text).style
            style.frenchSpacing = false
            let latex = LaTeXEscaping.text(text)
            var builder = HorizontalListBuilder(style: style, tokens: LaTeXTokenizer.tokens(latex), font: font, isRestricted: true)
            builder.interpretAll()
            let label = "\(text) \(family.latex)\(shape.latex) \(size)"
            XCTAssertFalse(builder.isApproximate, label)
            let extent = builder.nodes.extent
            // XeTeX adds a word's advances and kerns before rounding; the engine rounds each.
            XCTAssertLessThanOrEqual(abs(extent.width - box[4]), text.unicodeScalars.count, "width of \(label)")
            XCTAssertLessThanOrEqual(abs(extent.height - box[5]), 1, "height of \(label)")
            XCTAssertLessThanOrEqual(abs(extent.depth - box[6]), 1, "depth of \(label)")
            if extent.width == box[4] { exact += 1 }
        }
        // Where no rounding differs, to the scaled point (about one box in five).
        XCTAssertGreaterThan(exact, boxes.count / 6, "boxes as wide to the scaled point")
    }

    /// XeTeX hyphenates a word with a letter T1 lacks, which the engine holds as a box and does
    /// not break: a paragraph with such a word that the patterns break is approximate, one whose
    /// words they do not break (every Vietnamese syllable) is not.
    func testAWordXeTeXWouldHyphenateAcrossALetterT1LacksIsApproximate() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let output = try TeXRunner(engine: .xelatex).compile("""
            \\documentclass{article}
            \\usepackage{fontspec}
            \\begin{document}
            \\showhyphens{Timișoara Nguyễn trường người}
            \\end{document}
            """)
        output.assertSucceeded()
        XCTAssertTrue(output.log.contains("Tim-ișoara"), "XeTeX breaks Timișoara after Tim")
        XCTAssertTrue(output.log.contains("Nguyễn trường người"), "and no Vietnamese syllable")
        let manifest = try XCTUnwrap(Theme.builtin(named: "classic")).manifest
        let paragraphs = BlockParagraphs(manifest: manifest, typeface: .latinModernOpenType)
        let setter = ParagraphSetter()
        let romanian = paragraphs.summary("Built the data platform of a logistics company in Timișoara and Cluj")
        XCTAssertTrue(setter.set(romanian.latex, style: romanian.style).isApproximate)
        let vietnamese = paragraphs.summary("Xây dựng nền tảng dữ liệu cho Nguyễn Trường ở Thành phố Hồ Chí Minh và Hà Nội")
        XCTAssertFalse(setter.set(vietnamese.latex, style: vietnamese.style).isApproximate)
    }
}
