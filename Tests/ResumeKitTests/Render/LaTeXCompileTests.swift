import Foundation
import XCTest

@testable import ResumeKit
import TestSupport

/// Compiles every built-in theme's LaTeX output and checks the PDF exists and the log is clean.
final class LaTeXCompileTests: XCTestCase {
    /// Compiles the résumé in one theme: a PDF, and no errors or overfull boxes in the log; with
    /// pdfLaTeX, no font substitutions either, so every font is the one the fit engine measures.
    private func assertCompiles(_ resume: Resume, engine: TeXEngine, theme: String, name: String) throws -> TeXRunner.Output {
        let name = "\(theme): \(name)"
        XCTAssertEqual(resume.requiredTeXEngine, engine, name)
        let source = try Renderer(theme: try XCTUnwrap(Theme.builtin(named: theme))).render(resume, as: .tex)
        XCTAssertTrue(source.hasPrefix("% !TEX program = \(engine.rawValue)\n"), name)
        let output = try TeXRunner(engine: engine).compile(source)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.pdf.path), "\(name): no PDF; log problems: \(output.problems)")
        XCTAssertEqual(output.problems, [], "\(name): errors or overfull boxes in the \(engine) log")
        if engine == .pdflatex {
            XCTAssertFalse(output.log.contains("LaTeX Font Warning"), "\(name): a font shape was substituted")
        }
        return output
    }

    func testRealisticResumeCompilesWithPDFLaTeXWithoutOverfullBoxes() throws {
        for theme in Theme.builtinNames {
            let output = try assertCompiles(SampleResumes.realistic, engine: .pdflatex, theme: theme, name: "realistic")
            let text = try output.text().normalizedSpaces
            for expected in ["Émilie Dubois", "Łódź Analytics", "Université de Montréal", "May 2019 – Present", "Dr. Anna Schäfer"] {
                XCTAssertTrue(text.contains(expected), "\(theme): PDF text lacks \(expected)")
            }
        }
    }

    func testEveryExampleCompilesWithItsEngine() throws {
        for file in Repository.examples {
            let result = ResumeLoader.load(contentsOf: file)
            let resume = try XCTUnwrap(result.resume, "\(file.lastPathComponent): \(result.diagnostics.map(\.message))")
            for theme in Theme.builtinNames {
                _ = try assertCompiles(resume, engine: resume.requiredTeXEngine, theme: theme, name: file.lastPathComponent)
            }
        }
    }

    func testKoreanResumeCompilesWithXeLaTeX() throws {
        for theme in Theme.builtinNames {
            let output = try assertCompiles(SampleResumes.korean, engine: .xelatex, theme: theme, name: "korean")
            let text = try output.text().normalizedSpaces
            for expected in ["김민준", "시니어 소프트웨어 엔지니어", "서울대학교", "경력", "2012.03 – 2016.02"] {
                XCTAssertTrue(text.contains(expected), "\(theme): PDF text lacks \(expected)")
            }
        }
    }

    func testHostileValuesAppearLiterallyInThePDF() throws {
        for theme in Theme.builtinNames {
            try assertHostileValuesAppearLiterally(theme: theme)
        }
    }
}

private extension LaTeXCompileTests {
    func assertHostileValuesAppearLiterally(theme: String) throws {
        let output = try assertCompiles(SampleResumes.hostile, engine: .pdflatex, theme: theme, name: "hostile")
        let text = try output.text().normalizedSpaces
        let expected = [
            #"\input{/etc/passwd} #0"#, #"\write18{rm -rf /} #1"#, "^^5c #2", "$&#_^~%{} #3",
            "<script>alert(1)</script> #4", #"" onmouseover="x #5"#, #"\catcode`\@=11 -- '' ,, [x] |a| <b> #6"#,
            "tab here new line #7", #"\include{secret} \immediate\write18{id} \csname relax\endcsname #8"#,
            #"}}} unbalanced {{{ \ \par #9"#, "javascript:alert(1)",
        ]
        for literal in expected {
            XCTAssertTrue(text.contains(literal), "\(theme): PDF text lacks the literal \(literal)")
        }
        XCTAssertFalse(text.contains("root:x:0:0"), "\(theme): \\input ran")
    }
}

private extension String {
    /// pdftotext breaks lines where TeX did, and T1 fonts set a typed ' as a typographic ’;
    /// compare on single spaces and straight quotes.
    var normalizedSpaces: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
