import XCTest
@testable import ResumeKit

final class DiagnosticFormatterTests: XCTestCase {
    func testPrintsLocationSourceLineAndCaret() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "cv.yaml", line: 2, column: 9), "expected a string")
        XCTAssertEqual(
            DiagnosticFormatter().format(diagnostic, source: "basics:\n  name: [A]\n"),
            "cv.yaml:2:9: error: expected a string\n  name: [A]\n        ^\n")
    }

    func testCaretAlignsUnderWideCharacters() {
        let diagnostic = Diagnostic(.warning, at: SourceLocation(file: "ko.yaml", line: 1, column: 9), "here", rule: "x")
        XCTAssertEqual(
            DiagnosticFormatter().format(diagnostic, source: "이름: 박지민 [x]\n"),
            "ko.yaml:1:9: warning: here [x]\n이름: 박지민 [x]\n             ^\n")
    }

    func testALongLineIsShownAsAWindowAroundTheColumn() {
        let line = "s: \"" + String(repeating: "a", count: 300) + "b" + String(repeating: "c", count: 300) + "\""
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "cv.yaml", line: 1, column: 305), "here")
        let lines = DiagnosticFormatter().format(diagnostic, source: line).split(separator: "\n")
        XCTAssertEqual(lines[1], "…" + String(repeating: "a", count: 100) + "b" + String(repeating: "c", count: 99) + "…")
        XCTAssertEqual(lines[2], String(repeating: " ", count: 101) + "^")
        let start = Diagnostic(.error, at: SourceLocation(file: "cv.yaml", line: 1, column: 1), "here")
        let window = DiagnosticFormatter().format(start, source: line).split(separator: "\n")
        XCTAssertEqual(window[1].count, 201, "200 characters and the ellipsis")
        XCTAssertEqual(window[2], "^")
    }

    func testColoursOnlyWhenAsked() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "f", line: 1, column: 1), "m")
        XCTAssertFalse(DiagnosticFormatter(colored: false).format(diagnostic, source: "x").contains("\u{1B}"))
        XCTAssertTrue(DiagnosticFormatter(colored: true).format(diagnostic, source: "x").contains("\u{1B}[1;31merror"))
    }

    func testDisplayWidth() {
        XCTAssertEqual(DisplayWidth.of("abc"), 3)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("日本"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    }
}
