import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeRender
@testable import TeXTypesetting

/// Checks that the committed coverage tables are what the generator reads from the installed
/// fonts and xeCJK; the generator needs TeX Live with xeCJK, fonts-lmodern, fonts-noto-cjk,
/// fontconfig and fontTools, and says so with exit status 3 when one is missing.
final class FontCoverageGenerationTests: XCTestCase {
    func testGeneratedFileIsUpToDate() throws {
        try assertGeneratedFileIsUpToDate(
            script: "scripts/generate-font-coverage", file: "Sources/TeXTypesetting/Fonts/FontCoverage.generated.swift")
    }

    func testTablesDecode() {
        let expected: [(FontCoverage, Unicode.Scalar, Bool, String)] = [
            (.latinModernRoman, "é", true, ""),
            (.latinModernRoman, "Ω", true, ""),
            (.latinModernRoman, "Д", false, ""),
            (.latinModernRoman, "ſ", false, "the small caps have no long s"),
            (.latinModernSans, "ſ", true, ""),
            (.notoSerifCJKKR, "한", true, ""),
            (.notoSansCJKKR, "漢", true, ""),
            (.notoSerifCJKKR, "😀", false, ""),
            (.xeCJKDefaultCJKClasses, "가", true, ""),
            (.xeCJKDefaultCJKClasses, "—", true, "xeCJK puts the em dash in FullRight"),
            (.xeCJKDefaultCJKClasses, "a", false, ""),
            (.xeCJKDefaultCJKClasses, "\u{10FFFF}", false, ""),
        ]
        for (table, scalar, contains, reason) in expected {
            XCTAssertEqual(table.contains(scalar), contains, "\(scalar.described) \(reason)")
        }
    }
}
