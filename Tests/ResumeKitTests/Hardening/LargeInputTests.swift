import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeLoading
@testable import ResumeLint

/// Inputs far larger or stranger than any résumé: each is loaded, measured, linted and rendered,
/// or refused at once with a located error. The deadlines catch a hang in debug builds on a slow
/// shared machine; they are not speed measurements.
final class LargeInputTests: XCTestCase {
    // MARK: The size limit

    func testATenMegabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try temporaryFolder()
        let oneSummary = LargeResume.oneSummary(bytes: 10 << 20)
        let manyEntries = LargeResume.manyEntries(bytes: 10 << 20)
        for (name, data) in [("summary.yaml", oneSummary), ("entries.yaml", manyEntries)] {
            XCTAssertEqual(data.count, 10 << 20)
            let file = folder.appendingPathComponent(name)
            try data.write(to: file)
            let result = try withDeadline(20, "loading \(name)") { ResumeLoader.load(contentsOf: file, displayName: name) }
            XCTAssertNil(result.resume)
            XCTAssertEqual(result.rendered, ["1:1: error: file is larger than a résumé can be (10.0 MB; at most 4 MB)"])
            XCTAssertEqual(result.source, "")
            XCTAssertEqual(ResumeLoader.load(data: data, file: name).rendered, result.rendered, "bytes given directly")
        }
    }

    func testAFileOfExactlyTheLimitLoadsAndOneByteMoreIsRefused() throws {
        let atLimit = LargeResume.oneSummary(bytes: InputFile.sizeLimit)
        let loaded = try withDeadline(120, "loading a 4 MB résumé") { ResumeLoader.load(data: atLimit, file: "cv.yaml") }
        XCTAssertEqual(loaded.rendered, [])
        let summary = try XCTUnwrap(loaded.resume?.basics.summary)
        XCTAssertEqual(summary.utf8.count, InputFile.sizeLimit - LargeResume.summaryOverhead)
        let over = ResumeLoader.load(data: LargeResume.oneSummary(bytes: InputFile.sizeLimit + 1), file: "cv.yaml")
        XCTAssertEqual(over.rendered, ["1:1: error: file is larger than a résumé can be (4.0 MB; at most 4 MB)"])
    }

    func testADeviceOrAPipeIsRefusedWithoutReadingIt() throws {
        let fifo = try temporaryFolder().appendingPathComponent("cv.yaml")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        for (file, name) in [(URL(fileURLWithPath: "/dev/zero"), "/dev/zero"), (fifo, "cv.yaml")] {
            // Reading a pipe with no writer would never end.
            let result = try withDeadline(20, "loading \(name)") { ResumeLoader.load(contentsOf: file, displayName: name) }
            XCTAssertEqual(result.rendered, ["1:1: error: cannot read file: it is not a regular file (a device, pipe or socket)"])
        }
        let imported = JSONResumeImporter.importDocument(contentsOf: URL(fileURLWithPath: "/dev/zero"))
        XCTAssertEqual(
            imported.diagnostics.map(\.message), ["cannot read file: it is not a regular file (a device, pipe or socket)"])
    }

    func testASymbolicLinkToAResumeIsFollowed() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("real.yaml")
        try Data("basics: {name: Ada}\n".utf8).write(to: target)
        let link = folder.appendingPathComponent("cv.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        XCTAssertEqual(ResumeLoader.load(contentsOf: link).resume?.basics.name, "Ada")
    }

    // MARK: Ten thousand entries

    /// Ten thousand jobs, one highlight each: the loader, the fit engine, the page builder, the
    /// rules and every renderer must stay linear.
    func testTenThousandEntriesLoadFitLintAndRender() throws {
        try withDeadline(300, "ten thousand entries") { try self.tenThousandEntriesLoadFitLintAndRender() }
    }

    private func tenThousandEntriesLoadFitLintAndRender() throws {
        let loaded = ResumeLoader.load(data: LargeResume.entries(10_000), file: "cv.yaml")
        XCTAssertEqual(loaded.rendered, [])
        let resume = try XCTUnwrap(loaded.resume)
        XCTAssertEqual(resume.work.count, 10_000)

        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let fit = try FitEngine(theme: theme).fit(resume)
        XCTAssertEqual(fit.pages, 589)
        XCTAssertEqual(fit.items.count, 10_000)
        XCTAssertEqual(fit.items.last?.path, "work[9999].highlights[0]")
        XCTAssertEqual(fit.items.last?.page, 589)
        XCTAssertEqual(Set(fit.items.map(\.lines)), [1])
        let subject = LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme, today: SampleResumes.date("2026-01-01"))
        XCTAssertEqual(
            Linter().lint(subject).filter { $0.rule != "required-sections" }.map(\.message),
            [
                "renders to 589 pages (limit 2); about 35177 lines too many"
            ])

        let renderer = Renderer(theme: theme)
        for format in OutputFormat.allCases {
            let output = try renderer.render(resume, as: format)
            XCTAssertTrue(output.contains("Company 9999"), "\(format)")
        }
        XCTAssertTrue(JSONResumeExporter.export(resume).contains("Company 9999"))
    }

    // MARK: Bytes that are not text

    func testABinaryFileListsTwentyProblemsAndCountsTheRest() throws {
        let invalid = try withDeadline(60, "loading a megabyte of 0xFF") { loadBytes(Array(repeating: 0xFF, count: 1_000_000)) }
        XCTAssertEqual(invalid.diagnostics.count, 21)
        XCTAssertEqual(invalid.rendered.first, "1:1: error: invalid UTF-8 (bytes 0xFF); save the file as UTF-8")
        XCTAssertEqual(invalid.rendered[19], "1:20: error: invalid UTF-8 (bytes 0xFF); save the file as UTF-8")
        XCTAssertEqual(
            invalid.rendered.last,
            "1:21: error: 999980 more invalid bytes and control characters from here on; is this a text file?")

        let zeros = try withDeadline(60, "loading a megabyte of NUL") { loadBytes(Array(repeating: 0, count: 1_000_000)) }
        XCTAssertEqual(zeros.diagnostics.count, 21)
        XCTAssertEqual(zeros.rendered.first, "1:1: error: control character U+0000 is not allowed in a YAML file")
        XCTAssertEqual(
            zeros.rendered.last,
            "1:21: error: 999980 more invalid bytes and control characters from here on; is this a text file?")
    }

    func testTwentyProblemsAreAllListed() {
        let bytes = Array("basics:\n  name: Ada\n".utf8) + Array(repeating: Array("# \u{1}\n".utf8), count: 20).joined()
        let result = loadBytes(bytes)
        XCTAssertEqual(result.diagnostics.count, 20)
        XCTAssertEqual(result.rendered.last, "22:3: error: control character U+0001 is not allowed in a YAML file")
    }

    func testANULByteInAKeyOrAValueIsALocatedError() {
        let inKey = loadBytes(Array("basics:\n  na".utf8) + [0] + Array("me: Ada\n".utf8))
        XCTAssertEqual(inKey.rendered, ["2:5: error: control character U+0000 is not allowed in a YAML file"])
        let inValue = loadBytes(Array("basics:\n  name: Ada\n  summary: \"a".utf8) + [0] + Array("b\"\n".utf8))
        XCTAssertEqual(inValue.rendered, ["3:14: error: control character U+0000 is not allowed in a YAML file"])
        XCTAssertNil(inValue.resume)
    }

    /// YAML's `\0` escape puts a NUL into a value without a NUL byte in the file: it loads, and
    /// no output carries it, except JSON Resume, which escapes it.
    func testANULWrittenAsAnEscapeNeverReachesTheOutput() throws {
        let result = load(#"basics: {name: "Ada\0Park", summary: "one\0two"}"#)
        XCTAssertEqual(result.rendered, [])
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(resume.basics.name, "Ada\u{0}Park")
        for theme in Theme.builtinNames {
            let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: theme)))
            for format in OutputFormat.allCases {
                XCTAssertFalse(try renderer.render(resume, as: format).unicodeScalars.contains("\u{0}"), "\(theme) \(format)")
            }
        }
        XCTAssertTrue(JSONResumeExporter.export(resume).contains(#""name": "Ada\u0000Park""#))
    }

    func testInvalidUTF8InAKeyAndInAValue() {
        let result = loadBytes(
            Array("basics:\n  na".utf8) + [0xC3] + Array("me: Ada\n  summary: caf".utf8) + [0xE9] + Array("\n".utf8))
        XCTAssertEqual(
            result.rendered,
            [
                "2:5: error: invalid UTF-8 (bytes 0xC3); save the file as UTF-8",
                "3:15: error: invalid UTF-8 (bytes 0xE9); save the file as UTF-8",
            ])
    }

    // MARK: A word too long to break

    /// A 2,000-character word cannot be broken: each theme sets it on one overfull line, TeX's
    /// way, and lint says so; the line breaker ends as TeX's does.
    func testAWordTooLongToBreakGivesAnOverfullLineAndAFinding() throws {
        let resume = try XCTUnwrap(load(LargeResume.longWord).resume)
        try withDeadline(60, "fitting a 2,000-character word") { try self.assertOverfullLine(resume) }
    }

    private func assertOverfullLine(_ resume: Resume) throws {
        for (name, lines) in [("classic", 3), ("compact", 3), ("modern", 3)] {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let fit = try FitEngine(theme: theme).fit(resume)
            let item = try XCTUnwrap(fit.items.first { $0.path == "work[0].highlights[0]" })
            XCTAssertEqual(item.lines, lines, name)
            XCTAssertTrue(item.overfull, name)
            XCTAssertFalse(try XCTUnwrap(fit.items.first { $0.path == "work[0].highlights[1]" }).overfull, name)
            let findings = ItemLinesRule().check(LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme))
            XCTAssertEqual(
                findings.map(\.message),
                [
                    "renders to 3 lines (limit 2); cut 21 characters to save a line; cannot be set without sticking out past the right margin: a word is too long to break"
                ], name)
            XCTAssertEqual(findings.first?.location.line, 7)
        }
    }

    /// pdfLaTeX compiles it with an overfull box and no error, on as many lines as predicted.
    func testAWordTooLongToBreakCompilesWithAnOverfullBox() throws {
        let resume = try XCTUnwrap(load(LargeResume.longWord).resume)
        for theme in Theme.builtinNames {
            let engine = FitEngine(theme: try XCTUnwrap(Theme.builtin(named: theme)))
            let source = try Renderer(theme: engine.theme).render(resume, as: .tex)
            let output = try TeXRunner(engine: .pdflatex).compile(source)
            output.assertSucceeded()
            XCTAssertTrue(FileManager.default.fileExists(atPath: output.pdf.path), theme)
            let problems = output.problems
            XCTAssertEqual(problems.count, 1, "\(theme): \(problems)")
            XCTAssertTrue(problems.first?.hasPrefix("Overfull \\hbox (") ?? false, "\(theme): \(problems)")
            XCTAssertEqual(try FitVerifier(engine: engine).verify(resume).diagnostics(file: theme).map(\.message), [], theme)
        }
    }
}

/// Résumés built far past any real size, as YAML bytes.
enum LargeResume {
    /// The bytes of `oneSummary` that are not the summary itself.
    static let summaryOverhead = header.utf8.count + "  summary: \"\"\n".utf8.count

    private static let header = "basics:\n  name: Ada Park\n  email: ada@example.com\n"

    /// A résumé of exactly `bytes` bytes, nearly all of them one summary of words.
    static func oneSummary(bytes: Int) -> Data {
        let words = String(repeating: "Shipped models that cut serving cost by 40% ", count: bytes / 44 + 1)
        let summary = words.utf8.prefix(bytes - summaryOverhead)
        return Data((header + "  summary: \"").utf8) + Data(summary) + Data("\"\n".utf8)
    }

    /// A résumé of exactly `bytes` bytes made of as many short jobs as fit, padded by a comment.
    static func manyEntries(bytes: Int) -> Data {
        var text = header + "work:\n"
        var count = text.utf8.count
        for index in 0... {
            let entry = job(index)
            guard count + entry.utf8.count + 2 <= bytes else { break }
            text += entry
            count += entry.utf8.count
        }
        text += "#" + String(repeating: "x", count: bytes - count - 2) + "\n"
        return Data(text.utf8)
    }

    /// `count` jobs, each with one highlight.
    static func entries(_ count: Int) -> Data {
        Data((header + "work:\n" + (0..<count).map(job).joined()).utf8)
    }

    private static func job(_ index: Int) -> String {
        """
          - name: Company \(index)
            position: Engineer
            startDate: "2020"
            highlights:
              - Built service \(index) that cut latency by 40% for the search team

        """
    }

    /// A work highlight with a 2,000-letter word, and a normal one after it.
    static let longWord = """
        basics:
          name: Ada Park
        work:
          - name: Acme
            startDate: "2020"
            highlights:
              - Built \(String(repeating: "x", count: 2000)) that cut costs by 40%
              - Cut costs by 40%
        """
}

private extension LargeInputTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
