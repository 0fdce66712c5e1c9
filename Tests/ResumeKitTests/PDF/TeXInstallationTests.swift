import Foundation
import ResumeKit
import XCTest

/// Which program compiles a document, found on the search path as a shell would.
final class TeXInstallationTests: XCTestCase {
    func testTheEngineRunsDirectlyWithoutLatexmk() throws {
        let folder = try makeTemporaryFolder()
        try makeFakeProgram("pdflatex", in: folder)
        let installation = TeXInstallation(searchPath: [folder.path])
        let driver = try XCTUnwrap(installation.driver(for: .pdflatex))
        XCTAssertEqual(driver.kind, .engine)
        XCTAssertEqual(driver.executable.lastPathComponent, "pdflatex")
        XCTAssertEqual(driver.displayName, "pdflatex")
        XCTAssertEqual(driver.arguments(compiling: "cv.tex"), ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "cv.tex"])
        XCTAssertNil(installation.driver(for: .xelatex), "xelatex is not installed")
    }

    func testLatexmkDrivesTheEngineWhenBothAreInstalled() throws {
        let folder = try makeTemporaryFolder()
        for program in ["latexmk", "pdflatex", "xelatex"] { try makeFakeProgram(program, in: folder) }
        let installation = TeXInstallation(searchPath: [folder.path])
        let pdf = try XCTUnwrap(installation.driver(for: .pdflatex))
        XCTAssertEqual(pdf.kind, .latexmk)
        XCTAssertEqual(pdf.displayName, "latexmk (pdflatex)")
        XCTAssertEqual(
            pdf.arguments(compiling: "cv.tex"),
            ["-norc", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "cv.tex"])
        XCTAssertEqual(try XCTUnwrap(installation.driver(for: .xelatex)).arguments(compiling: "ko.tex")[1], "-xelatex")
        XCTAssertEqual(installation.driver(for: .pdflatex, latexmk: false)?.kind, .engine)
    }

    func testLatexmkAloneIsNotEnough() throws {
        let folder = try makeTemporaryFolder()
        try makeFakeProgram("latexmk", in: folder)
        XCTAssertNil(TeXInstallation(searchPath: [folder.path]).driver(for: .pdflatex))
    }

    func testTheFirstFolderOnThePathWins() throws {
        let first = try makeTemporaryFolder()
        let second = try makeTemporaryFolder()
        try makeFakeProgram("pdflatex", in: first)
        try makeFakeProgram("pdflatex", in: second)
        let installation = TeXInstallation(environment: ["PATH": "/nonexistent:\(first.path):\(second.path)"])
        XCTAssertEqual(installation.executable(named: "pdflatex")?.deletingLastPathComponent().path, first.path)
    }

    func testAFileThatIsNotExecutableIsNotAProgram() throws {
        let folder = try makeTemporaryFolder()
        try "".write(to: folder.appendingPathComponent("pdflatex"), atomically: true, encoding: .utf8)
        XCTAssertNil(TeXInstallation(searchPath: [folder.path]).executable(named: "pdflatex"))
    }
}
