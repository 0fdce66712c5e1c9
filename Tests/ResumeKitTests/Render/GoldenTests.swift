import Foundation
import TestSupport
import XCTest

@testable import ResumeKit

/// Renders every input (the examples and the résumés built in code) in every format with every
/// built-in theme and compares with `Golden/<theme>/<input>.<ext>`.
///
/// `RECORD_GOLDEN=1` rewrites the golden files and fails: review the diff, then run again without it.
final class GoldenTests: XCTestCase {
    func testEveryThemeInputAndFormatMatchesItsGoldenFile() throws {
        let golden = GoldenFiles(TestPaths.golden, for: self)
        let inputs = try Self.inputs()
        XCTAssertEqual(
            inputs.map(\.0), ["sample-realistic", "sample-korean", "example-cv", "example-ko", "example-minimal"])
        for themeName in Theme.builtinNames {
            let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: themeName)))
            for (inputName, resume) in inputs {
                for format in renderer.theme.formats {
                    // Without the embedded fonts, which would bury the page in base64 (HTMLFontTests checks them).
                    let output = try renderer.render(resume, as: format, options: RenderOptions(embedsFonts: false))
                    let relative = "\(themeName)/\(inputName).\(format.fileExtension)"
                    golden.check(output, against: relative)
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
        for file in Repository.examples {
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
