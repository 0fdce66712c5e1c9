@testable import ResumeKit
import TestSupport
import XCTest

/// The symbols the text fonts lack are set in Latin Modern Math: the font check counts them as
/// shown, and XeLaTeX sets every one of them, as escaping writes them, in a document in Latin
/// Modern or in CMU, in every face the themes use.
final class SymbolFontTests: XCTestCase {
    /// Every character `SymbolFont` sends to Latin Modern Math.
    private let symbols = (0x2000...0x10FFFF).compactMap(Unicode.Scalar.init).filter(SymbolFont.sets)

    func testTheSymbolsAreTheOnesTheTextFontsLack() throws {
        for scalar in "≥≤≈✓⇒".unicodeScalars {
            XCTAssertTrue(SymbolFont.sets(scalar), "\(scalar)")
        }
        // Letters, symbols every text font has, wide characters and symbols Latin Modern Math lacks.
        for scalar in "aДμ€→−©★가".unicodeScalars {
            XCTAssertFalse(SymbolFont.sets(scalar), "\(scalar)")
        }
        XCTAssertGreaterThan(symbols.count, 400)
        XCTAssertEqual(LaTeXEscaping.text("≥ 99%"), "{\\fontspec{latinmodern-math.otf}≥} 99\\%")

        let resume = try XCTUnwrap(ResumeLoader.load(yaml: "basics: {name: Ada, summary: Uptime ≥ 99% ✓}\n", file: "cv.yaml").resume)
        XCTAssertEqual(resume.requiredTeXEngine, .xelatex)
        for name in Theme.builtinNames {
            let unsupported = UnsupportedCharacters(resume: resume, theme: try XCTUnwrap(Theme.builtin(named: name)), file: "cv.yaml", source: nil)
            XCTAssertEqual(unsupported.characters.map(\.description), [], name)
            XCTAssertEqual(unsupported.fonts.font(for: "≥").name, "Latin Modern Math", name)
        }
    }

    func testXeLaTeXSetsEverySymbolInEveryFace() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let text = LaTeXEscaping.text(String(String.UnicodeScalarView(symbols)))
        let faces = ["", "\\bfseries", "\\itshape", "\\scshape", "\\sffamily", "\\sffamily\\bfseries", "\\small", "\\Huge"]
        let body = faces.map { "{\($0) \(text)\\par}" }.joined(separator: "\n")
        for fonts in ["", "\\setmainfont{CMU Serif}\\setsansfont{CMU Sans Serif}"] {
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
            XCTAssertEqual(TeXLostCharacters.read(output.logData), [], fonts)
        }
    }
}
