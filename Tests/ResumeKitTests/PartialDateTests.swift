import XCTest
@testable import ResumeKit

final class PartialDateTests: XCTestCase {
    func testParsesEachPrecision() {
        XCTAssertEqual(PartialDate(parsing: "2019"), PartialDate(year: 2019))
        XCTAssertEqual(PartialDate(parsing: "2019-05"), PartialDate(year: 2019, month: 5))
        XCTAssertEqual(PartialDate(parsing: "2020-02-29"), PartialDate(year: 2020, month: 2, day: 29))
    }

    func testRejectsMalformedAndImpossibleDates() {
        for text in ["19", "2019-5", "2019-13", "2019-02-29", "2019-04-31", "May 2019", "2019/05", "２０１９", ""] {
            XCTAssertNil(PartialDate(parsing: text), text)
        }
    }

    func testCertainlyBeforeRespectsPrecision() {
        let year = PartialDate(year: 2019)
        XCTAssertFalse(year.isCertainlyBefore(PartialDate(year: 2019, month: 5)))
        XCTAssertTrue(year.isCertainlyBefore(PartialDate(year: 2020)))
        XCTAssertTrue(PartialDate(year: 2019, month: 4).isCertainlyBefore(PartialDate(year: 2019, month: 5, day: 1)))
    }
}
