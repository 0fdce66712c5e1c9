import Foundation
@testable import ResumeKit
import XCTest
import TestSupport
@testable import ResumeRender

final class PDFCompilerTests: XCTestCase {
    private let crossReference = """
        \\documentclass{article}
        \\begin{document}
        See section~\\ref{later}.
        \\section{Later}\\label{later}
        \\end{document}
        """

    /// pdfTeX with `SOURCE_DATE_EPOCH` and `FORCE_SOURCE_DATE` writes the same bytes every time:
    /// dates and the trailer identifier come from the epoch and the job name, not the clock.
    func testPDFLaTeXOutputIsByteIdentical() throws {
        try RequiredTool.path(of: "pdflatex")
        let compiler = PDFCompiler(usesLatexmk: false)
        let first = try compiler.compile(crossReference, engine: .pdflatex, jobName: "cv")
        sleep(1)  // a clock-based date or identifier would now differ
        let second = try compiler.compile(crossReference, engine: .pdflatex, jobName: "cv")
        XCTAssertTrue(first.pdf.starts(with: Data("%PDF-".utf8)))
        XCTAssertEqual(first.pdf, second.pdf)
    }

    /// XeTeX's PDF writer, xdvipdfmx, honours `SOURCE_DATE_EPOCH` as well, so its output is
    /// byte-identical too (TeX Live 2022).
    func testXeLaTeXOutputIsByteIdentical() throws {
        try RequiredTool.path(of: "xelatex")
        let compiler = PDFCompiler(usesLatexmk: false)
        let first = try compiler.compile(crossReference, engine: .xelatex, jobName: "cv")
        sleep(1)
        let second = try compiler.compile(crossReference, engine: .xelatex, jobName: "cv")
        XCTAssertEqual(first.pdf, second.pdf)
    }

    func testRerunsUntilCrossReferencesAreResolved() throws {
        try RequiredTool.path(of: "pdflatex")
        var passes: [PDFCompiler.Pass] = []
        let output = try PDFCompiler(usesLatexmk: false).compile(crossReference, engine: .pdflatex, jobName: "cv") {
            passes.append($0)
        }
        XCTAssertEqual(output.passes, 2)
        XCTAssertEqual(output.pages, 1)
        XCTAssertEqual(passes.map(\.number), [1, 2])
        XCTAssertEqual(passes.map(\.program), ["pdflatex", "pdflatex"])
        XCTAssertEqual(passes.map(\.file), ["cv.tex", "cv.tex"])
        let text = try pdfText(output.pdf)
        XCTAssertTrue(text.contains("See section 1."), text)
    }

    func testRerunsStopAtTheLimit() throws {
        try RequiredTool.path(of: "pdflatex")
        let restless = """
            \\documentclass{article}
            \\begin{document}
            \\typeout{Rerun to get this right}Hello
            \\end{document}
            """
        let output = try PDFCompiler(usesLatexmk: false, maximumPasses: 3).compile(restless, engine: .pdflatex)
        XCTAssertEqual(output.passes, 3)
    }

    func testMissingEngineSaysWhichPackagesToInstall() {
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: []))
        XCTAssertThrowsError(try compiler.compile("", engine: .pdflatex)) { error in
            XCTAssertEqual(error as? PDFCompileFailure, .engineMissing(.pdflatex))
            XCTAssertEqual("\(error)", "making a PDF of this résumé needs pdflatex, which is not on the PATH; on Debian: apt-get install texlive-latex-recommended lmodern tex-gyre")
        }
        XCTAssertThrowsError(try compiler.compile("", engine: .xelatex)) { error in
            XCTAssertTrue("\(error)".hasSuffix("apt-get install texlive-latex-recommended lmodern tex-gyre texlive-xetex fonts-cmu fonts-lmodern fonts-texgyre texlive-lang-chinese texlive-lang-cjk fonts-noto-cjk"), "\(error)")
        }
    }

    func testAnEngineThatRunsTooLongIsStopped() throws {
        let folder = try makeTemporaryFolder()
        try makeFakeProgram("pdflatex", script: "sleep 30", in: folder)
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: [folder.path]), timeout: 0.5)
        // The program sleeps for 30 s: the compile must stop it long before.
        let outcome = try withDeadline(20, "a compile with a 0.5 s timeout") {
            Result { try compiler.compile("x", engine: .pdflatex) }
        }
        XCTAssertThrowsError(try outcome.get()) { error in
            XCTAssertEqual(error as? PDFCompileFailure, .timedOut(.pdflatex, seconds: 1))
        }
    }

    /// A program that ignores SIGTERM, and what it started, are ended with SIGKILL after a grace
    /// period: nothing of the run is left.
    func testAnEngineThatIgnoresTheStopSignalIsKilled() throws {
        let folder = try makeTemporaryFolder()
        let marker = "resume-test-\(UUID().uuidString)"
        try makeFakeProgram("pdflatex", script: "trap '' TERM; sh -c 'trap \"\" TERM; sleep 60; : \(marker)' & sleep 60", in: folder)
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: [folder.path]), timeout: 0.5)
        XCTAssertThrowsError(try compiler.compile("x", engine: .pdflatex)) { error in
            XCTAssertEqual(error as? PDFCompileFailure, .timedOut(.pdflatex, seconds: 1))
        }
        let survivors = try ProcessRunner.run(try RequiredTool.path(of: "pgrep", installedBy: "procps"), ["-f", marker])
        XCTAssertEqual(survivors.status, 1, "no process of the run is left: \(survivors.output)")
    }

    /// A run that writes a file past the limit (a log written forever) is stopped at the limit.
    func testAnEngineThatWritesTooMuchIsStopped() throws {
        let folder = try makeTemporaryFolder()
        try makeFakeProgram("pdflatex", script: "exec head -c 5000000 /dev/zero > resume.log", in: folder)
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: [folder.path]), fileSizeLimit: 1 << 20)
        XCTAssertThrowsError(try compiler.compile("x", engine: .pdflatex)) { error in
            XCTAssertEqual("\(error)", "pdflatex was stopped for writing a file of more than 1 MB")
        }
    }

    /// The engine's environment confines it to its folder (kpathsea's paranoid setting) and pins
    /// the dates; a `SOURCE_DATE_EPOCH` that is not a number is refused before TeX runs.
    func testTheEngineIsConfinedAndTheDateEpochChecked() throws {
        let folder = try makeTemporaryFolder()
        let record = folder.appendingPathComponent("environment.txt")
        try makeFakeProgram("pdflatex", script: "echo \"$openin_any $openout_any $shell_escape\" > '\(record.path)'; exit 1", in: folder)
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: [folder.path]))
        XCTAssertThrowsError(try compiler.compile("x", engine: .pdflatex))
        XCTAssertEqual(try String(contentsOf: record, encoding: .utf8), "p p f\n")
        XCTAssertThrowsError(try PDFCompiler.environment(["SOURCE_DATE_EPOCH": "abc"])) { error in
            XCTAssertEqual(error as? PDFCompileFailure, .invalidSourceDateEpoch("abc"))
        }
        XCTAssertEqual(try PDFCompiler.environment(["SOURCE_DATE_EPOCH": "1700000000"])["SOURCE_DATE_EPOCH"], "1700000000")
    }

    /// A real theme that reads or writes outside its folder stops with TeX's error, not the file.
    func testTeXCannotReadOrWriteOutsideItsFolder() throws {
        try RequiredTool.path(of: "pdflatex")
        let outside = try makeTemporaryFolder().appendingPathComponent("written.txt")
        let reading = "\\documentclass{article}\\begin{document}\\input{/etc/passwd}\\end{document}"
        XCTAssertThrowsError(try PDFCompiler(usesLatexmk: false).compile(reading, engine: .pdflatex)) { error in
            XCTAssertTrue("\(error)".hasPrefix("the theme's LaTeX asks for '/etc/passwd"), "\(error)")
        }
        let writing = """
            \\documentclass{article}\\begin{document}\\newwrite\\f\\immediate\\openout\\f=\(outside.path)
            \\immediate\\write\\f{x}\\immediate\\closeout\\f x\\end{document}
            """
        XCTAssertThrowsError(try PDFCompiler(usesLatexmk: false).compile(writing, engine: .pdflatex)) { error in
            XCTAssertTrue("\(error)".contains("I can't write on file"), "\(error)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside.path))
    }

    /// File names in any script give TeX a job name it takes as a file, never as an option.
    func testJobNamesAreSafeForEveryFileName() {
        let names = ["cv": "cv", "my cv": "my-cv", "이력서": "resume", "履歴書": "resume", "Été": "Ete",
                     "-cv": "cv", "--help": "help", ".hidden": "hidden", "": "resume", "a\nb": "a-b"]
        for (name, expected) in names {
            XCTAssertEqual(PDFCompiler.safeJobName(name), expected, name)
        }
    }

    func testAnEngineThatFailsWithoutALogSaysSo() throws {
        let folder = try makeTemporaryFolder()
        try makeFakeProgram("pdflatex", script: "exit 3", in: folder)
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: [folder.path]))
        XCTAssertThrowsError(try compiler.compile("x", engine: .pdflatex)) { error in
            XCTAssertEqual(error as? PDFCompileFailure, .noOutput(.pdflatex, status: 3))
        }
    }

    /// The engine runs in a folder of its own with the document under the job name; nothing but the
    /// PDF comes back, and shell escape stays off.
    func testRunsTheEngineWithSafeOptionsInAFolderOfItsOwn() throws {
        let folder = try makeTemporaryFolder()
        let record = folder.appendingPathComponent("arguments.txt")
        try makeFakeProgram("pdflatex", script: """
            echo "$@" > '\(record.path)'
            echo "$SOURCE_DATE_EPOCH $FORCE_SOURCE_DATE" >> '\(record.path)'
            ls >> '\(record.path)'
            printf '%%PDF-fake' > my-cv.pdf
            """, in: folder)
        let compiler = PDFCompiler(installation: TeXInstallation(searchPath: [folder.path]))
        let output = try compiler.compile("x", engine: .pdflatex, jobName: "my cv")
        XCTAssertEqual(output.pdf, Data("%PDF-fake".utf8))
        XCTAssertEqual(output.passes, 1)
        let recorded = try String(contentsOf: record, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(recorded[0], "-interaction=nonstopmode -halt-on-error -no-shell-escape my-cv.tex")
        XCTAssertEqual(recorded[1], "\(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] ?? "0") 1", "dates pinned")
        XCTAssertEqual(recorded[2], "my-cv.tex", "the folder holds the document alone")
    }

    private func pdfText(_ pdf: Data) throws -> String {
        let pdftotext = try RequiredTool.path(of: "pdftotext")
        let folder = try makeTemporaryFolder()
        let file = folder.appendingPathComponent("document.pdf")
        try pdf.write(to: file)
        return try ProcessRunner.run(pdftotext, ["-enc", "UTF-8", file.path, "-"]).stdout
    }
}

/// The built-in themes leave nothing for a second pass to settle (no bookmarks, no page labels,
/// no cross-references), so `render -o cv.pdf` runs TeX once; the page count is the fit's.
final class OnePassPDFTests: XCTestCase {
    func testEveryExampleInEveryBuiltInThemeCompilesInOnePass() throws {
        try RequiredTool.path(of: "pdflatex")
        try RequiredTool.path(of: "xelatex")
        for example in Repository.examples {
            let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: example).resume, example.lastPathComponent)
            for name in Theme.builtinNames {
                let theme = try XCTUnwrap(Theme.builtin(named: name))
                let latex = try Renderer(theme: theme).render(resume, as: .tex)
                let output = try PDFCompiler(usesLatexmk: false).compile(latex, engine: resume.requiredTeXEngine, jobName: "cv")
                let case_ = "\(example.lastPathComponent) in \(name)"
                XCTAssertEqual(output.passes, 1, case_)
                XCTAssertEqual(output.pages, try FitEngine(theme: theme).fit(resume).pages, case_)
            }
        }
    }
}
