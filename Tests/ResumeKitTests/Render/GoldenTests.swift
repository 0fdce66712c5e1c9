import Foundation
import XCTest

@testable import ResumeKit

/// Renders every input (the examples and the résumés built in code) in every format with every
/// built-in theme and compares with `Golden/<theme>/<input>.<ext>`.
///
/// Set `RECORD_GOLDEN=1` to rewrite the golden files, then review the diff before committing.
final class GoldenTests: XCTestCase {
    private var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    func testEveryThemeInputAndFormatMatchesItsGoldenFile() throws {
        let inputs = try Self.inputs()
        XCTAssertGreaterThanOrEqual(inputs.count, 2)
        for themeName in Theme.builtinNames {
            let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: themeName)))
            for (inputName, resume) in inputs {
                for format in renderer.theme.formats {
                    let output = try renderer.render(resume, as: format)
                    let relative = "\(themeName)/\(inputName).\(format.fileExtension)"
                    try check(output, against: relative)
                }
            }
        }
    }

    func testRenderingIsDeterministic() throws {
        let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "classic")))
        for format in OutputFormat.allCases {
            let first = try renderer.render(SampleResumes.realistic, as: format)
            let second = try renderer.render(SampleResumes.realistic, as: format)
            XCTAssertEqual(first, second, "\(format) output differs between two runs")
        }
    }

    /// The inputs by name: `example-<file>` for each `examples/*.yaml`, and the samples built in code.
    static func inputs() throws -> [(String, Resume)] {
        var inputs: [(String, Resume)] = [
            ("sample-realistic", SampleResumes.realistic),
            ("sample-korean", SampleResumes.korean),
        ]
        for file in TestPaths.exampleFiles {
            let result = ResumeLoader.load(contentsOf: file)
            guard let resume = result.resume else {
                XCTFail("\(file.lastPathComponent) does not load: \(result.diagnostics.map(\.message))")
                continue
            }
            inputs.append(("example-" + file.deletingPathExtension().lastPathComponent, resume))
        }
        return inputs
    }
}

private extension GoldenTests {
    func check(_ output: String, against relative: String) throws {
        let file = TestPaths.golden.appendingPathComponent(relative)
        if recording {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let hint = "run RECORD_GOLDEN=1 swift test --filter GoldenTests, then review the diff of Tests/ResumeKitTests/Golden"
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            XCTFail("missing golden file Golden/\(relative); \(hint)")
            return
        }
        guard expected != output else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let outputLines = output.components(separatedBy: "\n")
        let line = zip(expectedLines, outputLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, outputLines.count)
        let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
        let got = line < outputLines.count ? outputLines[line] : "<end of file>"
        XCTFail("output differs from Golden/\(relative) at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\nIf the change is intended, \(hint)")
    }
}
