import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeRender
@testable import TeXTypesetting

/// The characters the LaTeX output claims its fonts can set, checked against the TeX engines
/// themselves: every one of them compiles without an error or a "Missing character" in the log,
/// and characters the tables leave out are reported missing.
final class TeXCoverageTests: XCTestCase {
    func testPDFLaTeXSetsEveryCharacterItClaims() throws {
        let characters = (0x20...0x2FFF).compactMap(Unicode.Scalar.init).filter { $0.isSetByPDFLaTeX && !$0.isLineOrControl }
        XCTAssertGreaterThan(characters.count, 300)
        let text = LaTeXEscaping.text(String(String.UnicodeScalarView(characters)))
        let heros = "\\fontfamily{qhv}\\selectfont"
        let faces = [
            "", "\\bfseries", "\\itshape", "\\scshape", "\\sffamily", "\\sffamily\\bfseries", "\\sffamily\\itshape", heros,
            heros + "\\bfseries", heros + "\\itshape", heros + "\\bfseries\\itshape",
        ]
        let body = faces.map { "{\($0) \(text)\\par}" }.joined(separator: "\n")
        let output = try TeXRunner(engine: .pdflatex).compile(Self.pdfLaTeXDocument("\\sloppy\n" + body))
        output.assertSucceeded()
        XCTAssertEqual(Self.missing(in: output), [])
    }

    func testPDFLaTeXStopsAtTheLatinLettersLeftOut() throws {
        for character in ["Ħ", "ſ", "−"] {
            XCTAssertFalse(character.unicodeScalars.first!.isSetByPDFLaTeX, character)
            let output = try TeXRunner(engine: .pdflatex).compile(Self.pdfLaTeXDocument("x\(character)x"))
            XCTAssertNotEqual(output.status, 0, character)
            XCTAssertTrue(output.log.contains("not set up for use with LaTeX"), character)
        }
    }

    func testXeLaTeXSetsEveryCharacterTheLatinTablesClaim() throws {
        let tables = [
            (FontCoverage.latinModernRoman, "", ""), (FontCoverage.latinModernSans, "\\sffamily", ""),
            (FontCoverage.texGyreHeros, "\\sffamily", "\\setsansfont{texgyreheros}[Extension=.otf,UprightFont=*-regular,BoldFont=*-bold,ItalicFont=*-italic]"),
        ]
        for (table, family, fonts) in tables {
            let text = LaTeXEscaping.text(String(String.UnicodeScalarView(Self.scalars(in: table).filter(\.isSetFromFont))))
            let faces = ["", "\\bfseries", "\\itshape", family.isEmpty ? "\\scshape" : "", "\\small", "\\Huge", "\\footnotesize\\itshape"]
            let body = faces.map { "{\(family)\($0) \(text)\\par}" }.joined(separator: "\n")
            let output = try TeXRunner(engine: .xelatex).compile("""
                \\documentclass{article}
                \\usepackage{fontspec}
                \(fonts)
                \\begin{document}
                \\sloppy
                \(body)
                \\end{document}
                """)
            output.assertSucceeded()
            XCTAssertEqual(Self.missing(in: output), [], family + fonts)
        }
        // Cyrillic, the long s and the ﬁ ligature are what the tables leave out of Latin Modern Roman.
        let output = try TeXRunner(engine: .xelatex).compile(
            "\\documentclass{article}\\usepackage{fontspec}\\begin{document}Д {\\scshape ſ ﬁ}\\end{document}")
        XCTAssertEqual(Self.missing(in: output).map(\.character), [.unicode("Д"), .unicode("ſ"), .unicode("ﬁ")])
    }

    /// Noto CJK has the characters its table says, in what xeCJK sets in it (every seventh one, to
    /// keep the document small), in both faces the themes use.
    func testXeLaTeXSetsTheCJKCharactersTheNotoTablesClaim() throws {
        for (table, font) in [(FontCoverage.notoSerifCJKKR, "Noto Serif CJK KR"), (FontCoverage.notoSansCJKKR, "Noto Sans CJK KR")] {
            let scalars = Self.scalars(in: table).filter { FontCoverage.xeCJKDefaultCJKClasses.contains($0) && $0.properties.generalCategory != .nonspacingMark }
            XCTAssertGreaterThan(scalars.count, 40000)
            let sample = String(String.UnicodeScalarView(scalars.enumerated().filter { $0.offset % 7 == 0 }.map(\.element)))
            let output = try TeXRunner(engine: .xelatex).compile("""
                \\documentclass{article}
                \\usepackage{fontspec}
                \\usepackage{xeCJK}
                \\setCJKmainfont{\(font)}
                \\begin{document}
                \(sample)\\par
                \\textbf{\(sample)}
                \\end{document}
                """)
            output.assertSucceeded()
            XCTAssertEqual(Self.missing(in: output), [], font)
        }
        // Yi syllables are in xeCJK's CJK class, but Noto CJK has none.
        XCTAssertTrue(FontCoverage.xeCJKDefaultCJKClasses.contains("ꀀ"))
        XCTAssertFalse(FontCoverage.notoSerifCJKKR.contains("ꀀ"))
        let output = try TeXRunner(engine: .xelatex).compile(
            "\\documentclass{article}\\usepackage{xeCJK}\\setCJKmainfont{Noto Serif CJK KR}\\begin{document}가ꀀ\\end{document}")
        XCTAssertEqual(Self.missing(in: output), [TeXLostCharacter(character: .unicode("ꀀ"), font: "Noto Serif CJK KR")])
    }

    /// A document with the fonts and input encoding of the themes' pdflatex preamble.
    private static func pdfLaTeXDocument(_ body: String) -> String {
        """
        \\documentclass{article}
        \\usepackage[T1]{fontenc}
        \\usepackage[utf8]{inputenc}
        \\usepackage{lmodern}
        \\usepackage{textcomp}
        \\begin{document}
        \(body)
        \\end{document}
        """
    }

    private static func scalars(in table: FontCoverage) -> [Unicode.Scalar] {
        (0x20...0x10FFFF).compactMap(Unicode.Scalar.init).filter { table.contains($0) }
    }

    private static func missing(in output: TeXRunner.Output) -> [TeXLostCharacter] {
        TeXLostCharacters.read(output.logData)
    }
}
