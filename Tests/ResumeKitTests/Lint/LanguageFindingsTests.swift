import XCTest
@testable import ResumeKit

final class LanguageFindingsTests: XCTestCase {
    private func finding(_ line: Int, _ message: String, rule: String = "item-lines") -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(file: "cv.yaml", line: line, column: 5), message, rule: rule)
    }

    func testAFindingOfEveryLanguageIsReportedOnceInTheFirstLanguagesWords() {
        let merged = LanguageFindings.merge([
            ("en", [finding(3, "section Education is missing")]),
            ("ko", [finding(3, "section 학력 is missing")]),
        ])
        XCTAssertEqual(merged.map { $0.map(\.message) }, [["section Education is missing"], []])
    }

    func testAFindingOfSomeLanguagesSaysWhich() {
        let merged = LanguageFindings.merge([
            ("en", [finding(3, "shared"), finding(9, "takes 3 lines")]),
            ("de", [finding(3, "shared"), finding(7, "takes 4 lines")]),
        ])
        XCTAssertEqual(merged.map { $0.map(\.message) }, [["shared", "takes 3 lines [en]"], ["takes 4 lines [de]"]])
    }

    func testOneLanguageIsLeftAsItIs() {
        XCTAssertEqual(LanguageFindings.merge([(nil, [finding(3, "x")])]).map { $0.map(\.message) }, [["x"]])
    }
}
