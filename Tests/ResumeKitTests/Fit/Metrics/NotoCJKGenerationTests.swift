import Foundation
import TestSupport
import XCTest

@testable import ResumeFit
@testable import TeXTypesetting

/// Checks that the committed CJK tables are what their generators read from the installed Noto
/// CJK fonts (`hmtx`, through fontTools) and measure with XeLaTeX and xeCJK; a generator exits with
/// status 3, and the test skips (fails under `CI=true`), where a font or tool is missing.
final class NotoCJKGenerationTests: XCTestCase {
    func testAdvancesAreCurrent() throws {
        try assertGeneratedFileIsUpToDate(
            script: "scripts/generate-cjk-advances", file: "Sources/TeXTypesetting/Metrics/NotoCJKAdvances.generated.swift")
    }

    func testPunctuationIsCurrent() throws {
        try assertGeneratedFileIsUpToDate(
            script: "scripts/generate-xecjk-punctuation", file: "Sources/TeXTypesetting/Metrics/XeCJKPunctuation.generated.swift")
    }

    /// Every regional face, design and weight has the same marks measured, and the marks xeCJK
    /// centres are the ones left out.
    func testEveryFaceHasTheMeasuredMarks() {
        let codes = Dictionary(grouping: XeCJKPunctuation.table.keys, by: { "\($0.region) \($0.face) \($0.weight)" })
            .mapValues { Set($0.map(\.code)) }
        XCTAssertEqual(codes.count, 5 * 2 * 2)
        let all = Set(codes.values.flatMap { $0 })
        for (face, marks) in codes { XCTAssertEqual(marks, all, face) }
        let punctuation = Set((NotoCJK.openingPunctuation.union(NotoCJK.closingPunctuation)).map(\.value))
        XCTAssertEqual(punctuation.subtracting(all), [0x2E3A, 0x301C, 0x30A0, 0x30FB, 0xFF5E, 0xFF65], "centred marks")
    }
}
