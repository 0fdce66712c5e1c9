import Foundation
@testable import ResumeKit
import TestSupport
import XCTest
@testable import ResumeFit
@testable import TeXTypesetting

/// The OpenType advances, bounding boxes and kerning the fit engine reads for Cyrillic, Greek,
/// Vietnamese and symbols in XeLaTeX documents: generated from the installed fonts, and the width,
/// height and depth XeTeX gives a word.
final class OpenTypeWidthsTests: XCTestCase {
    func testGeneratedFileIsUpToDate() throws {
        try assertGeneratedFileIsUpToDate(
            script: "scripts/generate-opentype-widths", file: "Sources/TeXTypesetting/Metrics/OpenTypeWidths.generated.swift")
    }

    func testTheFaceFollowsTheFontSelection() {
        let size = 10 * 65536
        let roman = FontSelection(size: size)
        XCTAssertTrue(OpenTypeWidths.font(for: "Д", in: roman) === OpenTypeWidths.cmuSerifRoman)
        XCTAssertTrue(OpenTypeWidths.font(for: "λ", in: FontSelection(family: .sans, series: .bold, shape: .italic, size: size))
            === OpenTypeWidths.cmuSansBoldOblique)
        XCTAssertTrue(OpenTypeWidths.font(for: "≥", in: roman) === OpenTypeWidths.latinModernMath)
        // Beside Latin Modern, the OpenType face of the optical size XeLaTeX loads: the one of the
        // TFM pdflatex loads at that size.
        XCTAssertTrue(OpenTypeWidths.font(for: "ễ", in: FontSelection(shape: .italic, size: size)) === OpenTypeWidths.lmroman10Italic)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: roman) === OpenTypeWidths.lmroman10Regular)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: FontSelection(size: 24 * 65536)) === OpenTypeWidths.lmroman17Regular)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: FontSelection(series: .bold, size: 25 * 32768)) === OpenTypeWidths.lmroman12Bold)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: FontSelection(shape: .smallCaps, size: 25 * 32768)) === OpenTypeWidths.lmromancaps10Regular)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: FontSelection(family: .sans, shape: .italic, size: 9 * 65536)) === OpenTypeWidths.lmsans9Oblique)
        XCTAssertTrue(
            OpenTypeWidths.font(for: "ơ", in: FontSelection(family: .heros, series: .bold, shape: .smallCaps, size: 26 * 65536))
                === OpenTypeWidths.texGyreHerosBoldSmallCaps)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: FontSelection(family: .heros, shape: .slanted, size: size)) === OpenTypeWidths.texGyreHerosItalic)
        // Kerning kept as classes: A and V kern in Latin Modern, as do Ấ and V.
        XCTAssertEqual(OpenTypeWidths.lmroman10Regular.kern(between: "A", and: "V", size: 1000), -111)
        XCTAssertEqual(OpenTypeWidths.lmroman10Regular.kern(between: "Ấ", and: "V", size: 1000), -111)
        XCTAssertEqual(OpenTypeWidths.lmroman10Regular.advance(of: 0x20, size: 1000), 333)
        // In a document set in CMU every character is CMU's, small capitals through CMU Serif's smcp.
        let cmu = FontSelection(typeface: .computerModernUnicode, size: size)
        XCTAssertTrue(OpenTypeWidths.font(for: "a", in: cmu) === OpenTypeWidths.cmuSerifRoman)
        XCTAssertTrue(OpenTypeWidths.font(for: "«", in: FontSelection(typeface: .computerModernUnicode, shape: .smallCaps, size: size))
            === OpenTypeWidths.cmuSerifRomanSmallCaps)
        XCTAssertTrue(OpenTypeWidths.font(for: "≥", in: cmu) === OpenTypeWidths.latinModernMath)
        // f and i make CMU's fi ligature; its space is 333 units of 1000.
        XCTAssertEqual(OpenTypeWidths.cmuSerifRoman.ligatures[0x66 << 32 | 0x69], 0xFB01)
        XCTAssertEqual(OpenTypeWidths.cmuSerifRoman.advance(of: 0x20, size: 1000), 333)
        XCTAssertNil(OpenTypeWidths.font(for: "한", in: roman), "xeCJK's characters are one em")
        // CMU Serif's А is 750 units of 1000 wide; at 10pt that is 7.5pt.
        XCTAssertEqual(OpenTypeWidths.cmuSerifRoman.extent(of: "А", size: size)?.width, 7 * 65536 + 32768)
        XCTAssertNotNil(OpenTypeWidths.cmuSerifRoman.kern(between: "Г", and: "а", size: size))
        XCTAssertNil(OpenTypeWidths.cmuSerifRoman.kern(between: "а", and: "а", size: size))
    }

    /// A TFM's row of kerns (``OpenTypeWidths/kernUnits(after:before:)``) holds what the kern
    /// between each pair is, in a face kerning by class and in one kerning by pair; and a character
    /// is in one class of each kind at most, as a class lookup assumes.
    func testARowOfKernsHoldsEachPairsKern() {
        let size = 10 * 65536
        for font in [OpenTypeWidths.lmroman10Regular, .texGyreHerosBold, .cmuSerifRoman, .cmuSansOblique] {
            let seconds: [UInt32?] = (0..<256).map { $0 % 7 == 0 ? nil : UInt32($0) } + [0x0410, 0x0430, 0x0393, 0x1EA4, 0x0041]
            let rows = font.kerningSeconds(seconds)
            var kerned = 0
            for first in [0x41, 0x56, 0x54, 0x4C, 0x66, 0x0410, 0x0413, 0x0393, 0x1EA4, 0x2019, 0x20, 0x7A] as [UInt32] {
                let row = font.kernUnits(after: first, before: rows)
                for (index, second) in seconds.enumerated() {
                    let expected = second.flatMap { font.kern(between: first, and: $0, size: size) }
                    XCTAssertEqual(row?[index].map { font.scaled($0, size: size) }, row == nil ? nil : expected, "\(first) \(String(describing: second))")
                    if row == nil { XCTAssertNil(expected) }
                    if expected != nil { kerned += 1 }
                }
            }
            XCTAssertGreaterThan(kerned, 20, "the characters tried kern in \(font)")
        }
        let classes = [OpenTypeWidths.latinModernKerning, OpenTypeWidths.texGyreHerosKerning]
        for kerning in classes {
            for kind in [kerning.firsts, kerning.seconds] {
                let members = kind.joined()
                XCTAssertEqual(Set(members).count, members.count, "a character in two classes")
            }
        }
    }

    /// Words of Cyrillic, Greek and Vietnamese letters in every face the themes use, at 10pt and
    /// 10.95pt: XeTeX's width, height and depth of each word's box are the tables' (advances with
    /// the kerning between them), to a scaled point per character for rounding.
    func testXeTeXSetsWordsAsWide() throws {
        let words = ["Съешь", "ЁЛКА", "Тайга", "Γράμμα", "ΑΥΤΟ", "Ελληνικά", "ễượ", "ƠỨỄ", "≥≈✓"]
        let faces: [(String, FontSelection)] = [
            ("\\rmfamily\\mdseries\\upshape", FontSelection(size: 0)), ("\\rmfamily\\bfseries\\upshape", FontSelection(series: .bold, size: 0)),
            ("\\rmfamily\\mdseries\\itshape", FontSelection(shape: .italic, size: 0)),
            ("\\sffamily\\mdseries\\upshape", FontSelection(family: .sans, size: 0)),
            ("\\sffamily\\bfseries\\upshape", FontSelection(family: .sans, series: .bold, size: 0)),
        ]
        let sizes = [("10pt", 10 * 65536), ("10.95pt", 717_619)]
        var body = ""
        for (faceIndex, face) in faces.enumerated() {
            for (sizeIndex, size) in sizes.enumerated() {
                for (wordIndex, word) in words.enumerated() {
                    let text = word.unicodeScalars.map { SymbolFont.sets($0) ? LaTeXEscaping.text(String($0)) : String($0) }.joined()
                    body += "\\setbox0\\hbox{\\fontsize{\(size.0)}{12pt}\(face.0)\\selectfont \(text)}"
                        + "\\typeout{BOX:\(faceIndex):\(sizeIndex):\(wordIndex):\\number\\wd0:\\number\\ht0:\\number\\dp0}\n"
                }
            }
        }
        // CMU for Cyrillic and Greek, as the themes' preambles set it; Latin Modern for the rest.
        for (fonts, scripts) in [("\\setmainfont{CMU Serif}\\setsansfont{CMU Sans Serif}", 0..<6), ("", 6..<words.count)] {
            let output = try TeXRunner(engine: .xelatex).compile("""
                \\documentclass{article}
                \\usepackage{fontspec}
                \(fonts)
                \\begin{document}
                \(body)
                \\end{document}
                """)
            output.assertSucceeded()
            let boxes = output.log.split(separator: "\n").filter { $0.hasPrefix("BOX:") }.map { $0.split(separator: ":").dropFirst().compactMap { Int($0) } }
            XCTAssertEqual(boxes.count, faces.count * sizes.count * words.count)
            for box in boxes where scripts.contains(box[2]) {
                let (face, size, word) = (faces[box[0]].1, sizes[box[1]].1, words[box[2]])
                var selection = face
                selection.size = size
                let predicted = Self.extent(of: word, in: selection)
                let label = "\(word) \(faces[box[0]].0) \(sizes[box[1]].0)"
                XCTAssertLessThanOrEqual(abs(predicted.width - box[3]), word.unicodeScalars.count, "width of \(label)")
                XCTAssertLessThanOrEqual(abs(predicted.height - box[4]), 1, "height of \(label)")
                XCTAssertLessThanOrEqual(abs(predicted.depth - box[5]), 1, "depth of \(label)")
            }
        }
    }

    /// A word's extent as the engine builds it: each character's box, kerned against the one before.
    private static func extent(of word: String, in selection: FontSelection) -> Extent {
        var extent = Extent()
        var previous: Unicode.Scalar?
        for scalar in word.unicodeScalars {
            guard let font = OpenTypeWidths.font(for: scalar, in: selection), let glyph = font.extent(of: scalar, size: selection.size)
            else { continue }
            if let previous, let kern = font.kern(between: previous, and: scalar, size: selection.size) { extent.width += kern }
            extent.append(glyph)
            previous = scalar
        }
        return extent
    }
}
