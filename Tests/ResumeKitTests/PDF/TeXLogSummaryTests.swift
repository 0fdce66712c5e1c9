import Foundation
import ResumeKit
import XCTest
import TestSupport

/// The first error of real TeX logs, made by compiling broken LaTeX.
final class TeXLogSummaryTests: XCTestCase {
    func testUndefinedControlSequenceIsNamedWithItsLine() throws {
        let failure = try compileFailure("""
            \\documentclass{article}
            \\begin{document}
            Hello world.

            Some text \\foo{bar} and more.
            \\end{document}
            """)
        guard case .latexError(.pdflatex, let summary, let sourceLine) = failure else {
            return XCTFail("expected a LaTeX error, got \(failure)")
        }
        XCTAssertEqual(summary.message, "Undefined control sequence \\foo")
        XCTAssertEqual(summary.line, 5)
        XCTAssertEqual(summary.readUpTo, "Some text \\foo")
        XCTAssertNil(summary.missing)
        XCTAssertEqual(sourceLine, "Some text \\foo{bar} and more.")
        XCTAssertFalse(failure.isInstallationProblem)
        XCTAssertEqual("\(failure)", """
            pdflatex stopped at an error in the theme's LaTeX, line 5: Undefined control sequence \\foo
              Some text \\foo{bar} and more.
            """)
    }

    func testLaTeXErrorKeepsItsMessageAndLine() throws {
        let failure = try compileFailure("""
            \\documentclass{article}
            \\begin{document}
            \\begin{itemize}
            \\item one
            \\end{enumerate}
            \\end{document}
            """)
        guard case .latexError(_, let summary, let sourceLine) = failure else { return XCTFail("\(failure)") }
        XCTAssertEqual(summary.message, "LaTeX Error: \\begin{itemize} on input line 3 ended by \\end{enumerate}.")
        XCTAssertEqual(summary.line, 5)
        XCTAssertEqual(sourceLine, "\\end{enumerate}")
    }

    func testMissingPackageIsAnInstallationProblem() throws {
        let failure = try compileFailure("""
            \\documentclass{article}
            \\usepackage{doesnotexist}
            \\begin{document}
            Hello
            \\end{document}
            """)
        guard case .latexError(_, let summary, _) = failure else { return XCTFail("\(failure)") }
        XCTAssertEqual(summary.missing, .file("doesnotexist.sty"))
        XCTAssertTrue(failure.isInstallationProblem)
        XCTAssertTrue("\(failure)".hasPrefix("pdflatex needs 'doesnotexist.sty', which is not installed; on Debian"), "\(failure)")
        XCTAssertTrue("\(failure)".contains("apt-get install texlive-latex-recommended lmodern"), "\(failure)")
    }

    func testAnErrorInALoadedFileDoesNotPointIntoTheDocument() throws {
        // filecontents writes a package with an error on its second line, which the document loads.
        let failure = try compileFailure("""
            \\begin{filecontents*}[overwrite]{broken.sty}
            \\ProvidesPackage{broken}
            \\undefinedinpackage
            \\end{filecontents*}
            \\documentclass{article}
            \\usepackage{broken}
            \\begin{document}
            Hello
            \\end{document}
            """)
        guard case .latexError(_, let summary, let sourceLine) = failure else { return XCTFail("\(failure)") }
        XCTAssertEqual(summary.message, "Undefined control sequence \\undefinedinpackage")
        XCTAssertEqual(summary.line, 2)
        XCTAssertNil(sourceLine, "line 2 of the document is not where the error is")
        XCTAssertTrue("\(failure)".contains("at line 2 of a file it loads"), "\(failure)")
    }

    func testMissingFontIsAnInstallationProblem() throws {
        try RequiredTool.path(of: "xelatex")
        let latex = """
            \\documentclass{article}
            \\usepackage{fontspec}
            \\setmainfont{No Such Font Family}
            \\begin{document}
            Hello
            \\end{document}
            """
        do {
            _ = try PDFCompiler(usesLatexmk: false).compile(latex, engine: .xelatex)
            XCTFail("compiled with a missing font")
        } catch let failure as PDFCompileFailure {
            guard case .latexError(.xelatex, let summary, _) = failure else { return XCTFail("\(failure)") }
            XCTAssertEqual(summary.missing, .font("No Such Font Family"))
            XCTAssertTrue("\(failure)".contains("fonts-noto-cjk"), "\(failure)")
        }
    }

    /// A log written with TeX's default line width of 79 wraps a long message; the summary joins it.
    func testWrappedMessageIsJoined() throws {
        let reason = "this message is long enough to be wrapped by TeX at seventy-nine characters, twice over in fact"
        let output = try TeXRunner(engine: .pdflatex).compile("""
            \\documentclass{article}
            \\begin{document}
            \\PackageError{demo}{\(reason)}{}
            \\end{document}
            """)
        XCTAssertNotEqual(output.status, 0)
        let summary = try XCTUnwrap(TeXLogSummary(log: output.log))
        XCTAssertEqual(summary.message, "Package demo Error: \(reason).")
        XCTAssertEqual(summary.line, 3)
    }

    func testLogWithoutErrorHasNoSummary() {
        XCTAssertNil(TeXLogSummary(log: "This is pdfTeX\nOutput written on document.pdf (1 page, 1234 bytes).\n"))
    }

    /// Compiles `latex` with pdflatex, expecting a failure.
    private func compileFailure(_ latex: String, file: StaticString = #filePath, line: UInt = #line) throws -> PDFCompileFailure {
        try RequiredTool.path(of: "pdflatex", file: file, line: line)
        do {
            _ = try PDFCompiler(usesLatexmk: false).compile(latex, engine: .pdflatex)
        } catch let failure as PDFCompileFailure {
            return failure
        }
        return try XCTUnwrap(nil, "the document compiled", file: file, line: line)
    }
}
