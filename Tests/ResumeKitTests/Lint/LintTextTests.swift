@testable import ResumeKit
import XCTest
@testable import ResumeLint

final class LintTextTests: XCTestCase {
    /// ASCII text takes a byte-level path; it must give what the Character-level definition gives.
    func testComparableTextMatchesItsDefinition() {
        let samples = [
            "  Built the   API.  ", "Done...", "a. .", "Led\ta team\nof 5.", "  ", ".", "Shipped v2.0.", "e.g. this.",
            "TRAINED models", "x .", "Cut costs 30%.\u{0B}", "Ended.. ", "Résumé. ", "Café  crème.",
        ]
        for sample in samples {
            var expected = sample.trimmingWhitespace.lowercased()
            while expected.hasSuffix(".") && !expected.hasSuffix("..") { expected.removeLast() }
            expected = expected.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertEqual(LintText.comparable(sample), expected, sample.debugDescription)
        }
    }

    func testSentencesSplitAfterStopsButNotAfterAbbreviations() {
        XCTAssertEqual(LintText.sentences("Built the API. Cut costs, e.g. hosting. Shipped! Done? yes"),
                       ["Built the API.", "Cut costs, e.g. hosting.", "Shipped!", "Done?", "yes"])
        XCTAssertEqual(LintText.sentences("Worked with J. Smith on v2. Then left."), ["Worked with J. Smith on v2.", "Then left."])
        XCTAssertEqual(LintText.sentences("한국어 문장입니다. 두 번째."), ["한국어 문장입니다.", "두 번째."])
        XCTAssertEqual(LintText.sentences("   "), [])
    }
}
