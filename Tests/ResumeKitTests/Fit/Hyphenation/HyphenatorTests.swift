import Foundation
import XCTest

@testable import ResumeKit

/// The hyphenator's conventions and TeX's rules for which characters form a word.
final class HyphenatorTests: XCTestCase {
    let english = Hyphenator.english

    func testPointsCountTheLettersBeforeEachBreak() {
        XCTAssertEqual(english.hyphenationPoints("hyphenation"), [2, 6])
        XCTAssertEqual(english.hyphenationPoints("representation"), [3, 5, 8, 10])
    }

    func testUppercaseLettersCountAsTheirLowercaseForms() {
        XCTAssertEqual(english.hyphenationPoints("HYPHENATION"), [2, 6])
        XCTAssertEqual(english.hyphenationPoints("Hyphenation"), [2, 6])
    }

    func testExceptionsReplaceThePatterns() {
        XCTAssertEqual(english.hyphenationPoints("table"), [2])
        XCTAssertEqual(english.hyphenationPoints("project"), [])
        XCTAssertEqual(english.hyphenationPoints("Presents"), [])
        XCTAssertEqual(english.hyphenationPoints("associates"), [2, 4])
    }

    func testHyphenMinimaLimitBreaksNearTheEnds() {
        var generous = english
        generous.leftHyphenMin = 1
        generous.rightHyphenMin = 1
        XCTAssertEqual(english.hyphenationPoints("table"), [2])
        XCTAssertEqual(english.hyphenationPoints("cross"), [])
        XCTAssertTrue(generous.hyphenationPoints("hyphenation").starts(with: [2, 6]))
        var strict = english
        strict.leftHyphenMin = 3
        XCTAssertEqual(strict.hyphenationPoints("hyphenation"), [6])
    }

    func testWordsShorterThanBothMinimaAreNotHyphenated() {
        XCTAssertEqual(english.hyphenationPoints("data"), [])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("data")), [])
    }

    func testLeadingNonLettersAreSkippedAndOffsetsCountThem() {
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("(hyphenation)")), [3, 7])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("2hyphenation")), [3, 7])
    }

    func testTheWordEndsAtTheFirstNonLetterButTheRestMayFollow() {
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation's")), [2, 6])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation2")), [2, 6])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation/representation")), [2, 6])
    }

    func testAnExplicitHyphenPreventsHyphenation() {
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation-based")), [])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("pre-hyphenation")), [])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation--representation")), [])
    }

    func testExplicitHyphensAndDashLigaturesAllowBreaksAfterThem() {
        XCTAssertEqual(WordRun("state-of-the-art").explicitHyphenBreaks, [6, 9, 13])
        XCTAssertEqual(WordRun("2019--2021").explicitHyphenBreaks, [6])
        XCTAssertEqual(WordRun("a---b").explicitHyphenBreaks, [4])
        XCTAssertEqual(WordRun("a----b").explicitHyphenBreaks, [4, 5])
        XCTAssertEqual(WordRun("2019–2021").explicitHyphenBreaks, [])
    }

    func testABoxAfterTheWordPreventsHyphenation() {
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation", ending: .box)), [])
    }

    func testAFontChangeEndsTheWord() {
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenations", interruptions: [11])), [2, 6])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("hyphenation", interruptions: [2])), [])
    }

    func testCapitalizedWordsFollowUchyph() {
        var lowercaseOnly = english
        lowercaseOnly.hyphenatesCapitalizedWords = false
        XCTAssertEqual(lowercaseOnly.hyphenationPoints(in: WordRun("Hyphenation")), [])
        XCTAssertEqual(lowercaseOnly.hyphenationPoints(in: WordRun("hyPHENATION")), [2, 6])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("Hyphenation")), [2, 6])
    }

    func testAccentedLettersBelongToTheWordButMatchNoPattern() {
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("Zürich")), [])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("ärepresentation")), [4, 6, 9, 11])
        XCTAssertEqual(english.hyphenationPoints(in: WordRun("İstanbul")), english.hyphenationPoints("istanbul"))
    }

    func testOnlyTheFirst63LettersAreHyphenated() {
        let long = String(repeating: "representation", count: 5)
        let points = english.hyphenationPoints(in: WordRun(long))
        XCTAssertEqual(points, english.hyphenationPoints(String(long.prefix(63))))
    }
}
