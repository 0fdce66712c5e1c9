import Foundation
import TestSupport
import XCTest
@testable import ResumeKit

/// Inputs that `scripts/fuzz` (or probing at the sizes it reaches) found crashing or running for
/// seconds, each with the outcome it has now.
final class FuzzRegressionTests: XCTestCase {
    /// A word too long for a line is broken between characters; the rest of it used to be measured
    /// again after every break, so a long run of CJK text (no spaces) took seconds per 10 KB and
    /// minutes within the 4 MB a résumé may have.
    func testAVeryLongWordIsWrappedInLinearTime() throws {
        let word = String(repeating: "中", count: 60_000)
        let resume = try XCTUnwrap(load("basics: {name: Ada}\nwork:\n  - name: W\n    highlights:\n      - \(word)\n").resume)
        let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "classic")))
        let text = try withDeadline(20, "wrapping a 60,000-character word") { try renderer.render(resume, as: .text) }
        let wordLines = text.split(separator: "\n").filter { $0.contains("中") }
        XCTAssertEqual(wordLines.count, 1_579, "38 two-column characters on each 80-column line after the indent")
        XCTAssertEqual(wordLines.first, "  • " + String(repeating: "中", count: 38), "the word starts beside its bullet")
        XCTAssertEqual(Set(wordLines.dropFirst().dropLast()), ["    " + String(repeating: "中", count: 38)])
        XCTAssertEqual(wordLines.last, "    " + String(repeating: "中", count: 60_000 - 1_578 * 38))
    }
}
