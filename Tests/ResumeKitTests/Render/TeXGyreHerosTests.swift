import Foundation
@testable import ResumeKit
import TestSupport
import XCTest

/// `modern` is set in TeX Gyre Heros: its LaTeX selects the family for either engine, and a
/// machine without Debian's `tex-gyre` gets an error naming the package, never a PDF quietly set
/// in another font than the one the fit measured.
final class TeXGyreHerosTests: XCTestCase {
    private func modernLaTeX(_ yaml: String) throws -> String {
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        return try Renderer(theme: XCTUnwrap(Theme.builtin(named: "modern"))).render(resume, as: .tex)
    }

    func testModernSelectsHerosForEitherEngine() throws {
        let pdflatex = try modernLaTeX("basics: {name: Ada Lovelace}\n")
        XCTAssertTrue(pdflatex.contains("\\renewcommand\\sfdefault{qhv}\n\\renewcommand\\familydefault{\\sfdefault}"))
        XCTAssertFalse(pdflatex.contains("setsansfont"))
        let xelatex = try modernLaTeX("basics: {name: 윤서하}\n")
        XCTAssertTrue(xelatex.contains("\\setsansfont{texgyreheros}[Extension=.otf,"))
        XCTAssertFalse(xelatex.contains("{qhv}"))
        // A document set in CMU for its Cyrillic keeps CMU Sans Serif.
        let russian = try modernLaTeX("basics: {name: Анна Петрова}\n")
        XCTAssertTrue(russian.contains("\\setsansfont{CMU Sans Serif}"))
        XCTAssertFalse(russian.contains("texgyreheros"))
        let classic = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(
            XCTUnwrap(ResumeLoader.load(yaml: "basics: {name: Ada}\n", file: "cv.yaml").resume), as: .tex)
        XCTAssertFalse(classic.contains("qhv") || classic.contains("familydefault"), "classic stays in Latin Modern Roman")
    }

    func testWithoutTeXGyreThePDFIsAnErrorNamingThePackage() throws {
        try RequiredTool.path(of: "pdflatex")
        // The check the document makes, pointed at a file no installation has: as on a machine without tex-gyre.
        let latex = try modernLaTeX("basics: {name: Ada Lovelace}\n")
        XCTAssertTrue(latex.contains("\\IfFileExists{t1qhv.fd}"))
        let withoutHeros = latex.replacingOccurrences(of: "\\IfFileExists{t1qhv.fd}", with: "\\IfFileExists{t1qhv-absent.fd}")
        XCTAssertThrowsError(try PDFCompiler(usesLatexmk: false).compile(withoutHeros, engine: .pdflatex)) { error in
            guard let failure = error as? PDFCompileFailure else { return XCTFail("\(error)") }
            XCTAssertTrue(failure.isInstallationProblem, "\(failure)")
            XCTAssertTrue("\(failure)".hasPrefix("pdflatex needs 't1qhv.fd', which is not installed"), "\(failure)")
            XCTAssertTrue("\(failure)".contains(" tex-gyre"), "\(failure)")
        }
        // With it, the same document compiles.
        XCTAssertNoThrow(try PDFCompiler(usesLatexmk: false).compile(latex, engine: .pdflatex))
    }
}
