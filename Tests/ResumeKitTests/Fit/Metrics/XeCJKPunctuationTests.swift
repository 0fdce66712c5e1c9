import Foundation
import TestSupport
import XCTest

@testable import ResumeFit
@testable import TeXTypesetting
@testable import ResumeKit
@testable import ResumeRender

/// CJK punctuation measured as the paragraph builder sets it (``CJKSpacing``,
/// ``XeCJKPunctuation``) and as XeLaTeX with xeCJK sets it with the themes' preamble: each hbox's
/// natural width and the stretch and shrink of its glue agree, for single marks, two marks in a
/// row (closing and opening, with and without a space between), an opening mark that starts the
/// box or follows a `\llap`, half-width, vertical and small forms and the full-width currency
/// signs, in every regional face, serif and sans, regular and bold.
final class XeCJKPunctuationTests: XCTestCase {
    static let texts = [
        "中、（中", "中，」中", "中。」中", "中（「中", "中」（中", "中」」中", "中）、中", "（中）", "中、 （中", "中：「中」。",
        "\\llap{x}（中", "中＄１０中）", "中｡中｢中", "中﹐中︐中", "「《中》」，", "中（中）中", "中。中", "中￥中",
    ]

    static let faces: [(latex: String, family: LatinModern.Family, series: LatinModern.Series)] = [
        ("\\rmfamily\\mdseries", .roman, .regular), ("\\rmfamily\\bfseries", .roman, .bold),
        ("\\sffamily\\mdseries", .sans, .regular), ("\\sffamily\\bfseries", .sans, .bold),
    ]

    /// The sizes: the measured one, where every glue agrees to the scaled point, and two others,
    /// where the side bearings are scaled from it.
    static let sizes = [("10pt", 10 * 65536), ("9pt", 9 * 65536), ("10.95pt", 717_619)]

    func testXeLaTeXSetsPunctuationAsTheEngineMeasuresIt() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let manifest = try XCTUnwrap(Theme.builtin(named: "classic")).manifest
        var (boxes, exact) = (0, 0)
        for region in CJKRegion.allCases {
            var body = ""
            for (faceIndex, face) in Self.faces.enumerated() {
                for (sizeIndex, size) in Self.sizes.enumerated() {
                    for (textIndex, text) in Self.texts.enumerated() {
                        body +=
                            "\\setbox0\\hbox{\\fontsize{\(size.0)}{12pt}\(face.latex)\\selectfont \(text)}"
                            + "\\typeout{BOX:\(faceIndex):\(sizeIndex):\(textIndex):\\number\\wd0}\\rawshipout\\copy0\n"
                    }
                }
            }
            let output = try TeXRunner(engine: .xelatex).compile(
                """
                \\documentclass{article}
                \\usepackage{fontspec}
                \\usepackage{xeCJK}
                \\setCJKmainfont{\(region.serifFont)}
                \\setCJKsansfont{\(region.sansFont)}
                \\xeCJKDeclareCharClass{Default}{"00B7,"2013,"2014,"2018,"2019,"201C,"201D,"2022,"2026}
                \\ExplSyntaxOn
                \\cs_set_eq:NN \\rawshipout \\tex_shipout:D
                \\ExplSyntaxOff
                \\begin{document}
                \\showboxdepth=1 \\showboxbreadth=10000 \\tracingoutput=1 \\tracingonline=0
                \(body)
                \\end{document}
                """)
            output.assertSucceeded()
            let measured = Self.boxes(in: output.log)
            XCTAssertEqual(measured.count, Self.faces.count * Self.sizes.count * Self.texts.count, "\(region)")
            let paragraphs = BlockParagraphs(manifest: manifest, cjkRegion: region)
            for box in measured {
                let face = Self.faces[box.face]
                let size = Self.sizes[box.size]
                let text = Self.texts[box.text]
                var style = paragraphs.summary(text).style
                style.baselineSkips = [size.1: 12 * 65536]
                style.cjkRegion = region
                let font = FontSelection(family: face.family, series: face.series, size: size.1)
                var builder = HorizontalListBuilder(
                    style: style, tokens: LaTeXTokenizer.tokens(text), font: font, isRestricted: true)
                builder.interpretAll()
                let engine = Self.sums(of: builder.nodes)
                let label = "\(region) \(text) \(face.latex) \(size.0)"
                // Side bearings measured at 10pt and scaled: a scaled point a mark away elsewhere.
                let marks = text.unicodeScalars.filter {
                    NotoCJK.openingPunctuation.contains($0) || NotoCJK.closingPunctuation.contains($0)
                }.count
                let tolerance = box.size == 0 ? 0 : 2 * marks
                XCTAssertLessThanOrEqual(abs(engine.width - box.width), tolerance, "width of \(label)")
                XCTAssertLessThanOrEqual(abs(engine.stretch - box.stretch), tolerance, "stretch of \(label)")
                XCTAssertLessThanOrEqual(abs(engine.shrink - box.shrink), tolerance, "shrink of \(label)")
                boxes += 1
                if engine.width == box.width && engine.stretch == box.stretch && engine.shrink == box.shrink { exact += 1 }
            }
        }
        // Every box at the measured size, and most at the others, to the scaled point.
        XCTAssertGreaterThan(exact, boxes / 2, "boxes that agree to the scaled point")
    }

    /// A box's natural width and its glue's finite stretch and shrink, in sp.
    struct Sums: Equatable {
        var width = 0
        var stretch = 0
        var shrink = 0
    }

    static func sums(of nodes: [ListNode]) -> Sums {
        var sums = Sums(width: nodes.extent.width)
        for case .glue(let glue) in nodes where glue.stretchOrder == 0 {
            sums.stretch += glue.stretch
            sums.shrink += glue.shrink
        }
        return sums
    }

    /// Each `BOX:face:size:text:width` line of the log with the glue of the box `\showbox` printed
    /// after it.
    static func boxes(in log: String) -> [(face: Int, size: Int, text: Int, width: Int, stretch: Int, shrink: Int)] {
        var found: [(face: Int, size: Int, text: Int, width: Int, stretch: Int, shrink: Int)] = []
        var current: (face: Int, size: Int, text: Int, width: Int, stretch: Int, shrink: Int)?
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("BOX:") {
                if let current { found.append(current) }
                let parts = line.split(separator: ":").dropFirst().compactMap { Int($0) }
                current = (parts[0], parts[1], parts[2], parts[3], 0, 0)
            } else if line.hasPrefix(".\\glue "), current != nil {
                let words = line.dropFirst(".\\glue ".count).split(separator: " ")
                if let plus = words.firstIndex(of: "plus"), !words[plus + 1].hasSuffix("fil") {
                    current?.stretch += points(words[plus + 1])
                }
                if let minus = words.firstIndex(of: "minus") { current?.shrink += points(words[minus + 1]) }
            }
        }
        if let current { found.append(current) }
        return found
    }

    /// A dimension TeX printed in points, in sp (TeX prints the shortest decimal that reads back).
    static func points(_ text: Substring) -> Int {
        let negative = text.hasPrefix("-")
        let parts = text.drop(while: { $0 == "-" }).split(separator: ".", omittingEmptySubsequences: false)
        let digits = parts.count > 1 ? parts[1].prefix(17).compactMap { $0.wholeNumberValue } : []
        var fraction = 0
        for digit in digits.reversed() { fraction = (fraction + digit * 0o400000) / 10 }
        let value = (Int(parts[0]) ?? 0) * 65536 + (fraction + 1) / 2
        return negative ? -value : value
    }
}
