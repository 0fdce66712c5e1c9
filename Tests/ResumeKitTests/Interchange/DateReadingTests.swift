import XCTest
@testable import ResumeKit
@testable import ResumeLoading

/// How dates written by other tools are read.
final class DateReadingTests: XCTestCase {
    func testReadings() {
        let cases: [(String, DateReading)] = [
            ("2019", .date(PartialDate(year: 2019))),
            ("2019-05", .date(PartialDate(year: 2019, month: 5))),
            ("2019-05-01", .date(PartialDate(year: 2019, month: 5, day: 1))),
            ("present", .present), ("Present", .present), ("PRESENT", .present),
            ("current", .presentWord), ("Now", .presentWord), ("heute", .presentWord), ("현재", .presentWord), ("至今", .presentWord),
            ("", .empty), ("  ", .empty),
            ("2019/05", .converted(PartialDate(year: 2019, month: 5))),
            ("2019.05", .converted(PartialDate(year: 2019, month: 5))),
            ("2019.05.", .converted(PartialDate(year: 2019, month: 5))),
            ("2019. 5. 3.", .converted(PartialDate(year: 2019, month: 5, day: 3))),
            ("2019-5", .converted(PartialDate(year: 2019, month: 5))),
            ("2019/05/01", .converted(PartialDate(year: 2019, month: 5, day: 1))),
            ("05/2019", .converted(PartialDate(year: 2019, month: 5))),
            ("5.2019", .converted(PartialDate(year: 2019, month: 5))),
            ("13/05/2019", .converted(PartialDate(year: 2019, month: 5, day: 13))),
            ("05/13/2019", .converted(PartialDate(year: 2019, month: 5, day: 13))),
            ("05/05/2019", .converted(PartialDate(year: 2019, month: 5, day: 5))),
            ("03.04.2019", .converted(PartialDate(year: 2019, month: 4, day: 3))),
            ("03/04/2019", .ambiguous),
            ("2019-05-01T09:30:00Z", .converted(PartialDate(year: 2019, month: 5, day: 1))),
            ("2017-12-24T15:53:00", .converted(PartialDate(year: 2017, month: 12, day: 24))),
            ("2019-05-01 09:30", .converted(PartialDate(year: 2019, month: 5, day: 1))),
            ("May 2019", .converted(PartialDate(year: 2019, month: 5))),
            ("may 2019", .converted(PartialDate(year: 2019, month: 5))),
            ("Sept. 2019", .converted(PartialDate(year: 2019, month: 9))),
            ("September, 2019", .converted(PartialDate(year: 2019, month: 9))),
            ("2019 Jan", .converted(PartialDate(year: 2019, month: 1))),
            ("1 May 2019", .converted(PartialDate(year: 2019, month: 5, day: 1))),
            ("May 1st, 2019", .converted(PartialDate(year: 2019, month: 5, day: 1))),
            ("März 2014", .converted(PartialDate(year: 2014, month: 3))),
            ("Okt. 2008", .converted(PartialDate(year: 2008, month: 10))),
            ("1. Dezember 2020", .converted(PartialDate(year: 2020, month: 12, day: 1))),
            ("janvier 2020", .converted(PartialDate(year: 2020, month: 1))),
            ("marzo de 2020", .converted(PartialDate(year: 2020, month: 3))),
            ("2019년 5월", .converted(PartialDate(year: 2019, month: 5))),
            ("2019년", .converted(PartialDate(year: 2019))),
            ("2019年5月1日", .converted(PartialDate(year: 2019, month: 5, day: 1))),
            ("2019-02-29", .impossible), ("2019-13", .impossible), ("31/02/2019", .impossible), ("Feb 30 2019", .impossible),
            ("Summer 2019", .unreadable), ("Q3 2019", .unreadable), ("19", .unreadable), ("2019--05", .unreadable),
            ("2019-05/01", .unreadable), ("May", .unreadable), ("201905", .unreadable), ("May 2019 to June 2020", .unreadable),
            ("5월 2019년", .unreadable),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(DateReading(text), expected, text)
        }
    }
}
