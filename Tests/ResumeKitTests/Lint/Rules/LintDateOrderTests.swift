import XCTest
@testable import ResumeKit
@testable import ResumeLint

final class LintDateOrderTests: XCTestCase {
    func testAnEntryNewerThanTheOneAboveIsReportedAtTheDateThatPlacesIt() throws {
        let yaml = """
            basics: {name: Ada Park}
            work:
              - name: Acme
                startDate: "2017-01"
                endDate: "2019-02"
              - name: Quillon
                startDate: "2019-03"
              - name: Older
                startDate: "2015"
            awards:
              - {title: Runner-up, date: "2020-05"}
              - {title: Silver Medal, date: "2020"}
              - {title: 1st Place, date: "2023-10"}
            projects:
              - {name: undated}
              - {name: tinyslu, endDate: "2021-06"}
              - {name: ongoing, endDate: present}
            """
        XCTAssertEqual(try findings(of: DateOrderRule(), in: yaml), [
            "7:16 work[1].startDate: work[1] starts 2019-03, after work[0] above it (starts 2017-01); list entries newest first",
            "13:30 awards[2].date: awards[2] is dated 2023-10, after awards[1] above it (is dated 2020); list entries newest first",
            "17:5 projects[2]: projects[2] is still going on, after projects[1] above it (ends 2021-06); list entries newest first",
        ])
    }

    func testTheEndDateIsComparedWithTheInjectedDay() throws {
        let yaml = """
            basics: {name: Ada Park}
            education:
              - institution: Lakemere
                startDate: "2024-09"
                endDate: "2025-07"
              - institution: Ashford
                startDate: "2020-09"
                endDate: "2025"
            """
        XCTAssertEqual(try findings(of: DateOrderRule(), in: yaml, today: PartialDate(year: 2025, month: 6, day: 15)), [
            "5:14 education[0].endDate: endDate 2025-07 is in the future (today is 2025-06-15); leave it out or write 'present' for something still going on",
        ])
        XCTAssertEqual(try findings(of: DateOrderRule(), in: yaml, today: PartialDate(year: 2025, month: 7, day: 1)), [])
        XCTAssertEqual(try findings(of: DateOrderRule(), in: yaml, today: PartialDate(year: 2024, month: 12, day: 31)).count, 2)
    }
}
