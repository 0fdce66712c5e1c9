import Foundation
import XCTest

@testable import ResumeKit

/// The characters the LaTeX output claims its fonts can set, checked against the TeX engines
/// themselves: every one of them compiles without an error or a "Missing character" in the log.
final class TeXCoverageTests: XCTestCase {
    func testPDFLaTeXSetsEveryCharacterItClaims() throws {
        let characters = (0x20...0x2FFF).compactMap(Unicode.Scalar.init).filter { $0.isSetByPDFLaTeX && !$0.isLineOrControl }
        XCTAssertGreaterThan(characters.count, 300)
        let text = LaTeXEscaping.text(String(String.UnicodeScalarView(characters)))
        let faces = ["", "\\bfseries", "\\itshape", "\\scshape", "\\sffamily", "\\sffamily\\bfseries", "\\sffamily\\itshape"]
        let body = faces.map { "{\($0) \(text)\\par}" }.joined(separator: "\n")
        let output = try TeXRunner(engine: .pdflatex).compile("""
            \\documentclass{article}
            \\usepackage[T1]{fontenc}
            \\usepackage[utf8]{inputenc}
            \\usepackage{lmodern}
            \\usepackage{textcomp}
            \\begin{document}
            \\sloppy
            \(body)
            \\end{document}
            """)
        output.assertSucceeded()
        XCTAssertFalse(output.log.contains("Missing character"), output.log.components(separatedBy: "\n").filter { $0.contains("Missing") }.joined(separator: "\n"))
    }

    func testPDFLaTeXStopsAtTheLatinLettersLeftOut() throws {
        for character in ["Ħ", "ſ", "−"] {
            XCTAssertFalse(character.unicodeScalars.first!.isSetByPDFLaTeX, character)
            let output = try TeXRunner(engine: .pdflatex).compile("""
                \\documentclass{article}
                \\usepackage[T1]{fontenc}
                \\usepackage[utf8]{inputenc}
                \\usepackage{lmodern}
                \\usepackage{textcomp}
                \\begin{document}
                x\(character)x
                \\end{document}
                """)
            XCTAssertNotEqual(output.status, 0, character)
            XCTAssertTrue(output.log.contains("not set up for use with LaTeX"), character)
        }
    }
}
