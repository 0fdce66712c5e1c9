import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeRender

/// Reading TeX's "Missing character" reports, and both TeX runners failing on them: the last line
/// of defence when a character the fonts lack gets past the check made before writing.
final class TeXLostCharactersTests: XCTestCase {
    func testXeTeXReportsAreReadWrappedOrNot() {
        let log = """
            Package hyperref Warning: Rerun to get /PageLabels entry.

            Missing character: There is no Д (U+0414) in font [lmroman17-regular]:mapping=t
            ex-text;!
            Missing character: There is no 😀 (U+1F600) in font [lmroman10-regular]:mapping=tex-text;!
            Missing character: There is no Д (U+0414) in font [lmroman17-regular]:mapping=tex-text;!
            Missing character: There is no 𱍏 (U+3134F) in font Noto Sans CJK KR/OT:script=h
            ani;language=dflt;!
            [1

            """
        let lost = TeXLostCharacters.read(Data(log.utf8))
        XCTAssertEqual(lost, [
            TeXLostCharacter(character: .unicode("Д"), font: "lmroman17-regular"),
            TeXLostCharacter(character: .unicode("😀"), font: "lmroman10-regular"),
            TeXLostCharacter(character: .unicode("\u{3134F}"), font: "Noto Sans CJK KR"),
        ])
        XCTAssertEqual(lost[0].description, "'Д' U+0414 CYRILLIC CAPITAL LETTER DE")
    }

    func testPDFTeXReportsNameTheSlot() {
        var log = Data("Missing character: There is no ".utf8) + Data([0xC8]) + Data(" in font cmr10!\n".utf8)
        log += Data("Missing character: There is no ^^c9 in font cmr10!\nMissing character: There is no ^^? in font ec-lmr10!\n".utf8)
        let lost = TeXLostCharacters.read(log)
        XCTAssertEqual(lost.map(\.description), [#"slot "C8 (200)"#, #"slot "C9 (201)"#, #"slot "7F (127)"#])
        XCTAssertEqual(lost.map(\.font), ["cmr10", "cmr10", "ec-lmr10"])
        XCTAssertEqual(TeXLostCharacters.read(Data("Missing characters are fine\nThere is no Д\n".utf8)), [])
    }

    func testTheFailureNamesTheCharactersAndFonts() {
        let one = PDFCompileFailure.missingCharacters(.xelatex, [TeXLostCharacter(character: .unicode("Д"), font: "lmroman10-regular")])
        XCTAssertEqual(
            "\(one)", "xelatex has no glyph for 'Д' U+0414 CYRILLIC CAPITAL LETTER DE in font lmroman10-regular, and would leave it out of the PDF")
        let many = PDFCompileFailure.missingCharacters(.xelatex, [
            TeXLostCharacter(character: .unicode("Д"), font: "lmroman17-regular"),
            TeXLostCharacter(character: .unicode("м"), font: "lmroman17-regular"),
            TeXLostCharacter(character: .unicode("Д"), font: "lmroman10-regular"),
            TeXLostCharacter(character: .unicode("\u{200D}"), font: "lmroman10-regular"),
        ])
        XCTAssertEqual(
            "\(many)",
            "xelatex has no glyph for 'Д' U+0414 CYRILLIC CAPITAL LETTER DE in font lmroman17-regular, nor for 2 more characters"
                + " (м U+200D ZERO WIDTH JOINER) in lmroman17-regular, lmroman10-regular, and would leave them out of the PDF")
        XCTAssertFalse(many.isInstallationProblem)
    }

    /// A document whose font lacks a glyph compiles without an error, and the log check stops it.
    func testAForgedXeLaTeXDocumentIsCaught() throws {
        try RequiredTool.path(of: "xelatex")
        let forged = """
            \\documentclass{article}
            \\usepackage{fontspec}
            \\begin{document}
            Latin Modern has no Дмитрий.
            \\end{document}
            """
        XCTAssertThrowsError(try PDFCompiler(usesLatexmk: false).compile(forged, engine: .xelatex)) { error in
            guard case .missingCharacters(.xelatex, let lost) = error as? PDFCompileFailure else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(lost.first, TeXLostCharacter(character: .unicode("Д"), font: "lmroman10-regular"))
            XCTAssertEqual(lost.count, 6, "Д м и т р й")
        }
    }

    func testAForgedPDFLaTeXDocumentIsCaught() throws {
        try RequiredTool.path(of: "pdflatex")
        let forged = """
            \\documentclass{article}
            \\begin{document}
            \\font\\sevenbit=cmr10 \\sevenbit A\\char200 B
            \\end{document}
            """
        XCTAssertThrowsError(try PDFCompiler(usesLatexmk: false).compile(forged, engine: .pdflatex)) { error in
            XCTAssertEqual(error as? PDFCompileFailure, .missingCharacters(.pdflatex, [TeXLostCharacter(character: .slot(200), font: "cmr10")]))
        }
    }

    /// `lint --verify`'s compile reads the log too: a résumé checked with a theme whose fonts lack
    /// its Cyrillic fails there, whatever came before.
    func testTheFitVerifierFailsOnLostCharacters() throws {
        try RequiredTool.path(of: "xelatex")
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: UnsupportedCharactersTests.russian(), file: "cv.yaml").resume)
        let verifier = FitVerifier(engine: FitEngine(theme: try XCTUnwrap(Theme.builtin(named: "classic"))))
        XCTAssertThrowsError(try verifier.verify(resume)) { error in
            guard case .missingCharacters(.xelatex, let lost) = error as? PDFCompileFailure else {
                return XCTFail("\(error)")
            }
            XCTAssertTrue(lost.contains(TeXLostCharacter(character: .unicode("Д"), font: "lmroman17-regular")), "\(lost)")
            XCTAssertTrue(lost.contains { $0.character == .unicode("μ") }, "\(lost)")
        }
    }
}
