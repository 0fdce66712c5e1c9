import Foundation
import XCTest
import TestSupport

/// The same résumé and options give the same bytes, through the real command: in every format,
/// every built-in theme and every example, run twice from different folders with different
/// input and output paths. Only the PDF's identifier depends on something outside the résumé:
/// the file's name, as documented.
final class DeterminismTests: XCTestCase {
    let resume = CommandRunner()
    static let themes = ["classic", "compact", "modern"]
    static let formats = ["html", "tex", "text", "pdf", "json-resume"]

    func testEveryFormatThemeAndExampleGivesTheSameBytesFromAnyFolder() throws {
        try RequiredTool.path(of: "pdflatex")
        try RequiredTool.path(of: "xelatex")
        let runs = try TwoFolders(self)
        for example in Self.examples {
            try runs.place(example)
            for theme in Self.themes {
                for format in Self.formats where theme == "classic" || format != "json-resume" {
                    let arguments = ["--theme", theme, "--format", format]
                    let (first, second) = try runs.render(example, arguments, resume)
                    let name = "\(example) \(theme) \(format)"
                    XCTAssertFalse(first.isEmpty, name)
                    XCTAssertTrue(first == second, "\(name): the two runs differ")
                    try assertNoPathOrClock(in: first, runs: runs, name: name)
                    guard format != "pdf" else { continue }
                    let printed = try resume.run(["render", example] + arguments, in: runs.first)
                    XCTAssertEqual(printed.status, 0, printed.stderr)
                    XCTAssertTrue(Data(printed.stdout.utf8) == first, "\(name): standard output differs from the file")
                }
            }
        }
    }

    /// `SOURCE_DATE_EPOCH` (default 0) pins the PDF's dates; set, it moves them.
    func testThePDFDatesArePinned() throws {
        try RequiredTool.path(of: "pdflatex")
        let runs = try TwoFolders(self)
        try runs.place("minimal.yaml")
        let pinned = try runs.render("minimal.yaml", ["--format", "pdf"], resume).first
        XCTAssertEqual(Self.dates(in: pinned), ["/CreationDate (D:19700101000000Z)", "/ModDate (D:19700101000000Z)"])
        let output = runs.first.appendingPathComponent("dated.pdf")
        let dated = try resume.run(
            ["render", "minimal.yaml", "-o", output.path], in: runs.first, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        XCTAssertEqual(dated.status, 0, dated.stderr)
        XCTAssertEqual(
            Self.dates(in: try Data(contentsOf: output)), ["/CreationDate (D:20231114221320Z)", "/ModDate (D:20231114221320Z)"])
    }

    /// The documented exception: the PDF's identifier is made from the résumé's file name, so the
    /// same résumé under another name differs in that entry alone.
    func testOnlyThePDFIdentifierFollowsTheFileName() throws {
        try RequiredTool.path(of: "pdflatex")
        let directory = try temporaryDirectory(self)
        for name in ["cv", "other"] {
            try FileManager.default.copyItem(
                atPath: CommandRunner.example("minimal.yaml"), toPath: directory.appendingPathComponent("\(name).yaml").path)
            let result = try resume.run(["render", "\(name).yaml", "-o", "\(name).pdf"], in: directory)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let cv = try Data(contentsOf: directory.appendingPathComponent("cv.pdf"))
        let other = try Data(contentsOf: directory.appendingPathComponent("other.pdf"))
        XCTAssertNotEqual(cv, other)
        XCTAssertEqual(Self.withoutIdentifier(cv), Self.withoutIdentifier(other))
    }

    func testLintReportsAreTheSameFromAnyFolder() throws {
        let runs = try TwoFolders(self)
        for example in Self.examples {
            try runs.place(example)
            for format in ["json", "sarif", "github", "human"] {
                var outputs: [String] = []
                for (folder, argument) in [(runs.first, example), (runs.second, "./\(example)"), (runs.first, example)] {
                    let result = try resume.run(
                        ["lint", argument, "--format", format], in: folder, environment: ["NO_COLOR": "1"])
                    XCTAssertEqual(result.status, 0, "\(example) \(format): \(result.stderr)")
                    outputs.append(result.stdout + result.stderr)
                }
                let name = "\(example) \(format)"
                XCTAssertEqual(outputs[0], outputs[2], "\(name): two runs in one folder")
                XCTAssertEqual(
                    outputs[0], outputs[1].replacingOccurrences(of: "./\(example)", with: example), "\(name): another folder")
                try assertNoPathOrClock(in: Data(outputs[0].utf8), runs: runs, name: name)
            }
        }
    }

    func testStatsAndThemesListAreTheSameTwice() throws {
        for arguments in [["stats", CommandRunner.example("cv.yaml")], ["themes"], ["schema"]] {
            let first = try resume.run(arguments)
            XCTAssertEqual(first.status, 0, first.stderr)
            XCTAssertEqual(first.stdout, try resume.run(arguments).stdout, "\(arguments)")
        }
    }
}

private extension DeterminismTests {
    /// `cv.yaml`, `ko.yaml`, `minimal.yaml`: every example the repository ships.
    static var examples: [String] { Repository.exampleNames }

    /// Fails when the output names the temporary folders, today's date or a time of day.
    func assertNoPathOrClock(in output: Data, runs: TwoFolders, name: String, line: UInt = #line) throws {
        let text = String(decoding: output, as: UTF8.self)
        for path in [runs.root.lastPathComponent, Self.today] {
            XCTAssertFalse(text.contains(path), "\(name) has \(path)", line: line)
        }
        let clock = try NSRegularExpression(pattern: #"\b[0-2][0-9]:[0-5][0-9]:[0-5][0-9]\b"#)
        XCTAssertNil(
            clock.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), "\(name) has a time of day", line: line)
    }

    /// Today as `YYYY-MM-DD`.
    static var today: String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The PDF's `/CreationDate` and `/ModDate` entries.
    static func dates(in pdf: Data) -> [String] {
        let text = String(decoding: pdf, as: UTF8.self)
        return ["/CreationDate", "/ModDate"].compactMap { key in
            text.range(of: #"\#(key) \(D:[0-9Z]+\)"#, options: .regularExpression).map { String(text[$0]) }
        }
    }

    /// The PDF with its `/ID [<…> <…>]` entry blanked.
    static func withoutIdentifier(_ pdf: Data) -> String {
        String(decoding: pdf, as: UTF8.self)
            .replacingOccurrences(of: #"/ID \[<[0-9A-F]+> <[0-9A-F]+>\]"#, with: "/ID", options: .regularExpression)
    }
}

/// Two temporary folders that hold the same résumés: renders run in the first with a relative
/// input and output, and in the second with absolute ones in other subfolders, under another
/// output name.
private struct TwoFolders {
    /// The temporary folder that holds both.
    let root: URL
    let first: URL
    let second: URL

    init(_ testCase: XCTestCase) throws {
        root = try temporaryDirectory(testCase)
        first = root.appendingPathComponent("one")
        second = root.appendingPathComponent("two/deeper")
        for folder in [first, second.appendingPathComponent("input"), second.appendingPathComponent("output")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }

    /// Copies an example into both folders, under its own name (the PDF's identifier follows it).
    func place(_ example: String) throws {
        for folder in [first, second, second.appendingPathComponent("input")] {
            let copy = folder.appendingPathComponent(example)
            if !FileManager.default.fileExists(atPath: copy.path) {
                try FileManager.default.copyItem(atPath: CommandRunner.example(example), toPath: copy.path)
            }
        }
    }

    /// The output of the same render in each folder.
    func render(_ example: String, _ arguments: [String], _ resume: CommandRunner) throws -> (first: Data, second: Data) {
        let firstOutput = first.appendingPathComponent("out")
        let secondOutput = second.appendingPathComponent("output/another name")
        let one = try resume.run(["render", example] + arguments + ["-o", "out"], in: first)
        XCTAssertEqual(one.status, 0, "\(example) \(arguments): \(one.stderr)")
        let input = second.appendingPathComponent("input/\(example)").path
        let two = try resume.run(
            ["render", input] + arguments + ["-o", secondOutput.path], in: second.deletingLastPathComponent())
        XCTAssertEqual(two.status, 0, "\(example) \(arguments): \(two.stderr)")
        let outputs = (try Data(contentsOf: firstOutput), try Data(contentsOf: secondOutput))
        for output in [firstOutput, secondOutput] { try FileManager.default.removeItem(at: output) }
        return outputs
    }
}
