import XCTest
@testable import ResumeKit
@testable import ResumeLint

/// The rules that compare values with each other: punctuation within a section, repeated text.
final class LintSectionConsistencyTests: XCTestCase {
    func testTheMinorityEndingIsReportedPerSection() throws {
        let yaml = """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the OCR server for 5 languages.
                  - Cut CPU cost by 40%
              - name: Brightwave
                highlights:
                  - Led 3 engineers.
            projects:
              - name: tinyslu
                highlights:
                  - Wrote a 4 MB model
                  - Reached 1.1k stars…
                  - Used in 2 courses.
                  - Cited by 3 studies...
            """
        XCTAssertEqual(try findings(of: ConsistentPunctuationRule(), in: yaml), [
            "6:9 work[0].highlights[1]: ends without a full stop, but 2 of the 3 highlights in work end with one",
            "15:9 projects[0].highlights[2]: ends with a full stop, but 3 of the 4 highlights in projects end without one",
        ])
    }

    func testATieFollowsTheFirstHighlight() throws {
        let yaml = """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Cut CPU cost by 40%
                  - Built the OCR server for 5 languages.
            """
        XCTAssertEqual(try findings(of: ConsistentPunctuationRule(), in: yaml), [
            "6:9 work[0].highlights[1]: ends with a full stop, but 1 of the 2 highlights in work end without one",
        ])
    }

    func testTheSecondOccurrenceNamesTheFirst() throws {
        let yaml = """
            basics:
              name: Ada Park
              summary: Engineer for document AI, e.g. invoices. Built the OCR server for 5 languages.
            work:
              - name: Acme
                summary: Speaker.
                highlights:
                  - Built the OCR server for 5 languages
                  - Cut CPU cost by 40%
              - name: Brightwave
                summary: Speaker
                highlights:
                  - "  cut CPU   cost by 40%.  "
            """
        XCTAssertEqual(try findings(of: DuplicateTextRule(), in: yaml), [
            "8:9 work[0].highlights[0]: repeats the sentence 'Built the OCR server for 5 languages' of basics.summary (line 3)",
            "11:14 work[1].summary: repeats work[0].summary (line 6)",
            "13:9 work[1].highlights[0]: repeats work[0].highlights[1] (line 9)",
        ])
    }
}
