import Foundation
import ResumeKit
import TestSupport
import XCTest

/// The library's render use case, as a program that links ResumeKit calls it: one call from a file
/// to a written result, or a typed failure and nothing written.
final class RenderJobTests: XCTestCase {
    private let minimal = Repository.example("minimal.yaml").path

    func testWritesEachThemedFormatAsTheRendererMakesIt() throws {
        let folder = try makeTemporaryFolder()
        let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: URL(fileURLWithPath: minimal)).resume)
        let theme = try Theme.resolve(ThemeChoice.defaultName)
        for (name, format) in [("cv.html", OutputFormat.html), ("cv.txt", .text)] {
            let output = folder.appendingPathComponent(name).path
            let result = try RenderJob(input: minimal, output: output, width: 60).run()
            XCTAssertEqual(result.format.writer, .theme(format), name)
            let written = try String(contentsOfFile: output, encoding: .utf8)
            XCTAssertEqual(written, try Renderer(theme: theme).render(resume, as: format, options: RenderOptions(width: 60)), name)
            XCTAssertTrue(written.contains("Alex Example"), name)
        }
    }

    func testExportsJSONResumeWithoutATheme() throws {
        let output = try makeTemporaryFolder().appendingPathComponent("resume.json").path
        // A theme that does not exist is never looked up for an export.
        let result = try RenderJob(input: minimal, output: output, theme: "/no/such/theme").run()
        XCTAssertEqual(result.format, .jsonResume)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
        XCTAssertEqual((json?["basics"] as? [String: Any])?["name"] as? String, "Alex Example")
    }

    func testCompilesAPDFWithPDFLaTeX() throws {
        try RequiredTool.path(of: "pdflatex", installedBy: "texlive-latex-recommended")
        let output = try makeTemporaryFolder().appendingPathComponent("cv.pdf").path
        var events: [String] = []
        let result = try RenderJob(input: minimal, output: output).run { event in
            switch event {
            case .loaded(let loaded): events.append("loaded \(loaded.resume.basics.name)")
            case .compiling(let pass): events.append("\(pass.program) \(pass.file)")
            case .compiled: events.append("compiled")
            }
        }
        XCTAssertEqual(result.format, .pdf)
        XCTAssertEqual(events.first, "loaded Alex Example")
        XCTAssertEqual(events.dropFirst().first, "pdflatex minimal.tex")
        XCTAssertEqual(events.last, "compiled")
        XCTAssertTrue(try Data(contentsOf: URL(fileURLWithPath: output)).starts(with: Data("%PDF-".utf8)))
    }

    func testABrokenResumeIsAFailureWithItsPlacesAndNothingIsWritten() throws {
        let folder = try makeTemporaryFolder()
        let input = folder.appendingPathComponent("bad.yaml").path
        try "basics:\n  name: Alex\n  emial: alex@example.com\nwork: 3\n".write(toFile: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("bad.html").path
        XCTAssertThrowsError(try RenderJob(input: input, output: output).run()) { error in
            guard let failure = error as? RenderFailure, case .invalidResume(let load) = failure else {
                return XCTFail("not an invalid résumé: \(error)")
            }
            XCTAssertTrue(failure.isInvalidInput)
            XCTAssertEqual(load.diagnostics.filter { $0.severity == .error }.map(\.location.line), [3, 4])
            XCTAssertTrue(load.diagnostics.allSatisfy { $0.location.file == input })
            XCTAssertEqual(failure.description, "\(input): 2 errors; nothing was written")
            XCTAssertEqual(failure.findings.diagnostics, load.diagnostics)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testRefusesToWriteOverTheInput() throws {
        let folder = try makeTemporaryFolder()
        let input = folder.appendingPathComponent("cv.yaml").path
        try FileManager.default.copyItem(atPath: minimal, toPath: input)
        XCTAssertThrowsError(try RenderJob(input: input, output: input, format: .text).run()) { error in
            guard case .output(let problem)? = error as? RenderFailure else { return XCTFail("\(error)") }
            XCTAssertTrue(problem.isInvalidRequest)
        }
        XCTAssertEqual(try String(contentsOfFile: input, encoding: .utf8), try String(contentsOfFile: minimal, encoding: .utf8))
    }

    func testAThemeThatDoesNotLoadIsATypedFailure() throws {
        let output = try makeTemporaryFolder().appendingPathComponent("cv.html").path
        XCTAssertThrowsError(try RenderJob(input: minimal, output: output, theme: "./no-such-theme").run()) { error in
            guard let failure = error as? RenderFailure, case .theme(let message) = failure else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("no-such-theme"), message)
            XCTAssertTrue(failure.isInvalidInput)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testTheFormatFollowsTheOutputsExtension() {
        XCTAssertEqual(RenderJob(input: "cv.yaml", output: "out/cv.PDF").resolvedFormat, .pdf)
        XCTAssertEqual(RenderJob(input: "cv.yaml", output: "cv.pdf", format: .html).resolvedFormat, .html)
        XCTAssertEqual(RenderJob(input: "cv.yaml").resolvedFormat, .text)
        XCTAssertNil(RenderJob.optionProblem(width: 80, format: nil, output: "cv.htm"))
        XCTAssertEqual(RenderJob.optionProblem(width: 19, format: nil, output: nil), "--width must be from 20 to 1000 columns")
        XCTAssertEqual(
            RenderJob.optionProblem(width: 80, format: nil, output: "cv.doc"),
            "cannot tell the format from 'cv.doc'; add --format html|tex|text|pdf|json-resume")
    }

    func testVerifiesTheFitWithTeX() throws {
        try RequiredTool.path(of: "pdflatex", installedBy: "texlive-latex-recommended")
        let loaded = try LoadedResume(file: minimal)
        let verification = TeXVerification(
            resume: loaded.resume, theme: try Theme.resolve(ThemeChoice.defaultName), file: "minimal.yaml", source: loaded.source)
        let fit = try verification.verifyFit()
        XCTAssertEqual(fit.findings, [])
        XCTAssertTrue(fit.summary.hasPrefix("minimal.yaml: verified with pdflatex: 1 page, "), fit.summary)
    }
}
