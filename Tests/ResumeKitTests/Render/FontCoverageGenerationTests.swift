import Foundation
import XCTest

@testable import ResumeKit

/// Checks that the committed coverage tables are what the generator reads from the installed
/// fonts and xeCJK; the generator needs TeX Live with xeCJK, fonts-lmodern, fonts-noto-cjk,
/// fontconfig and fontTools, and says so with exit status 3 when one is missing.
final class FontCoverageGenerationTests: XCTestCase {
    func testGeneratedFileIsUpToDate() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("FontCoverage-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: output) }
        let script = TestPaths.repository.appendingPathComponent("scripts/generate-font-coverage")
        let generated = try Python.run([script.path, output.path])
        if generated.status == 3 {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("the font coverage cannot be generated, and CI=true requires it: \(generated.output)")
            }
            throw XCTSkip("the font coverage cannot be generated here: \(generated.output)")
        }
        XCTAssertEqual(generated.status, 0, generated.output)
        let committed = try String(
            contentsOf: TestPaths.repository.appendingPathComponent("Sources/ResumeKit/Render/Fonts/FontCoverage.generated.swift"),
            encoding: .utf8)
        let regenerated = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(committed == regenerated, "FontCoverage.generated.swift is stale: run scripts/generate-font-coverage")
    }

    func testTablesDecode() {
        XCTAssertTrue(FontCoverage.latinModernRoman.contains("é"))
        XCTAssertTrue(FontCoverage.latinModernRoman.contains("Ω"))
        XCTAssertFalse(FontCoverage.latinModernRoman.contains("Д"))
        XCTAssertFalse(FontCoverage.latinModernRoman.contains("ſ"), "the small caps have no long s")
        XCTAssertTrue(FontCoverage.latinModernSans.contains("ſ"))
        XCTAssertTrue(FontCoverage.notoSerifCJKKR.contains("한"))
        XCTAssertTrue(FontCoverage.notoSansCJKKR.contains("漢"))
        XCTAssertFalse(FontCoverage.notoSerifCJKKR.contains("😀"))
        XCTAssertTrue(FontCoverage.xeCJKDefaultCJKClasses.contains("가"))
        XCTAssertTrue(FontCoverage.xeCJKDefaultCJKClasses.contains("—"), "xeCJK puts the em dash in FullRight")
        XCTAssertFalse(FontCoverage.xeCJKDefaultCJKClasses.contains("a"))
        XCTAssertFalse(FontCoverage.xeCJKDefaultCJKClasses.contains("\u{10FFFF}"))
    }
}
