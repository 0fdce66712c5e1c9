import Foundation
@testable import ResumeKit
import TestSupport
@testable import ResumeFit
@testable import TeXTypesetting
import XCTest

/// Text of a document set in CMU, measured as the paragraph builder measures it (T1 and TS1
/// layouts of CMU's OpenType tables, Cyrillic and Greek kerned against them) and as XeLaTeX sets
/// it with the themes' preamble: the width, height and depth of each hbox agree, for Latin words,
/// ligatures, digits, punctuation, `« »`, dashes, quotes, and Cyrillic and Greek beside them, in
/// every face a theme uses.
final class CMUTextTests: XCTestCase {
    static let texts = [
        "office affluent fjord", "«Яндекс»", "„Сбер“", "AVATAR Wolf", "Г. Москва, ул. Тверская", "Санкт-Петербург",
        "Γράμμα — «Αθήνα»", "TeX's 15\\% of 2,4 млн", "Ёлкин–Ёжиков", "p95 (NLU): 40~мс", "Weiß Œuvre ŁÓDŹ", "т. е.",
        "“quoted”", "\\textquotedbl{}x\\textquotedbl{}", "a\\textbullet{}b", "x\\textasciigrave{}y\\texttimes{}3\\textperiodcentered{}Ж", "Ω…Я", "Zürich\\allowbreak{}/\\allowbreak{}ЛЭТИ",
    ]

    static let faces: [(latex: String, family: LatinModern.Family, series: LatinModern.Series, shape: LatinModern.Shape)] = [
        ("\\rmfamily\\mdseries\\upshape", .roman, .regular, .upright), ("\\rmfamily\\bfseries\\upshape", .roman, .bold, .upright),
        ("\\rmfamily\\mdseries\\itshape", .roman, .regular, .italic), ("\\rmfamily\\mdseries\\scshape", .roman, .regular, .smallCaps),
        ("\\rmfamily\\bfseries\\scshape", .roman, .bold, .smallCaps), ("\\sffamily\\mdseries\\upshape", .sans, .regular, .upright),
        ("\\sffamily\\bfseries\\upshape", .sans, .bold, .upright), ("\\sffamily\\mdseries\\itshape", .sans, .regular, .italic),
    ]

    func testXeLaTeXSetsCMUTextAsTheEngineMeasuresIt() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let sizes = [("10.95pt", 717_619), ("9pt", 9 * 65536), ("17.28pt", 1_132_462)]
        var body = ""
        for (faceIndex, face) in Self.faces.enumerated() {
            for (sizeIndex, size) in sizes.enumerated() {
                for (textIndex, text) in Self.texts.enumerated() {
                    body += "\\setbox0\\hbox{\\fontsize{\(size.0)}{12pt}\(face.latex)\\selectfont \(text)}"
                        + "\\typeout{BOX:\(faceIndex):\(sizeIndex):\(textIndex):\\number\\wd0:\\number\\ht0:\\number\\dp0}\n"
                }
            }
        }
        let output = try TeXRunner(engine: .xelatex).compile("""
            \\documentclass{article}
            \\usepackage{fontspec}
            \\setmainfont{CMU Serif}
            \\setsansfont{CMU Sans Serif}
            \\begin{document}
            \(body)
            \\end{document}
            """)
        output.assertSucceeded()
        let boxes = output.log.split(separator: "\n").filter { $0.hasPrefix("BOX:") }
            .map { $0.split(separator: ":").dropFirst().compactMap { Int($0) } }
        XCTAssertEqual(boxes.count, Self.faces.count * sizes.count * Self.texts.count)
        let style = try XCTUnwrap(Theme.builtin(named: "classic")).manifest
        let paragraphs = BlockParagraphs(manifest: style, typeface: .computerModernUnicode)
        var exact = 0
        for box in boxes {
            let face = Self.faces[box[0]]
            let font = FontSelection(
                typeface: .computerModernUnicode, family: face.family, series: face.series, shape: face.shape, size: sizes[box[1]].1)
            let text = Self.texts[box[2]]
            // LaTeX's default spacing, as the document above has it: more space after a sentence.
            var style = paragraphs.summary(text).style
            style.frenchSpacing = false
            var builder = HorizontalListBuilder(style: style, tokens: LaTeXTokenizer.tokens(text), font: font, isRestricted: true)
            builder.interpretAll()
            let label = "\(text) \(face.latex) \(sizes[box[1]].0)"
            XCTAssertFalse(builder.isApproximate, label)
            let extent = builder.nodes.extent
            // XeTeX adds a word's advances and kerns before rounding; the engine rounds each.
            XCTAssertLessThanOrEqual(abs(extent.width - box[3]), text.unicodeScalars.count, "width of \(label)")
            XCTAssertLessThanOrEqual(abs(extent.height - box[4]), 1, "height of \(label)")
            XCTAssertLessThanOrEqual(abs(extent.depth - box[5]), 1, "depth of \(label)")
            if extent.width == box[3] { exact += 1 }
        }
        // Where no rounding differs, to the scaled point (about two boxes in five).
        XCTAssertGreaterThan(exact, boxes.count / 4, "boxes as wide to the scaled point")
    }
}
