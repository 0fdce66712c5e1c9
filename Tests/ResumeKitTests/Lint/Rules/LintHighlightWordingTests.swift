import XCTest
@testable import ResumeKit
@testable import ResumeLint

/// The rules about how a highlight is worded: numbers, opening verbs, person and tense; "Lead
/// engineer on …" reads as a noun, not a present-tense verb.
final class LintHighlightWordingTests: XCTestCase {
    func testQuantifiedResultAcceptsEveryKindOfNumber() throws {
        let yaml = """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Raised accuracy by 6.2%
                  - Served 4× more requests
                  - Served 3x more requests
                  - Saved $1.2M a year
                  - Saved €40k a year
                  - Shortened releases from 6 weeks to 2
                  - Answered at 35 ms p95
                  - Promoted 2 of 3 mentees
                  - Halved the annotation cost
                  - Grew the team tenfold
                  - Improved the search ranking for everyone
            projects:
              - name: tinyslu
                highlights:
                  - Wrote the tokenizer and its tests
            """
        XCTAssertEqual(try findings(of: QuantifiedResultRule(), in: yaml), [
            "15:9 work[0].highlights[10]: work highlight has no number; state the result it had, e.g. 'cutting latency by 40%' or '3× faster'",
        ])
    }

    func testActionVerbSuggestsVerbsForTheOpenerAsWritten() throws {
        let yaml = """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - responsible for the OCR server, cutting cost by 40%
                  - Worked on search ranking, lifting clicks by 8%
                  - Worker pool rewritten for 3× throughput
            teaching:
              - organization: Meetup
                highlights:
                  - Participated in 4 panels on ML systems
            volunteer:
              - organization: Code Club
                highlights:
                  - Was responsible for 60 students
            """
        XCTAssertEqual(try findings(of: ActionVerbRule(), in: yaml), [
            "5:9 work[0].highlights[0]: starts with 'responsible for'; lead with what you did, e.g. 'Led', 'Owned', 'Built'",
            "6:9 work[0].highlights[1]: starts with 'Worked on'; lead with what you did, e.g. 'Built', 'Developed', 'Shipped'",
            "11:9 teaching[0].highlights[0]: starts with 'Participated in'; lead with what you did, e.g. 'Contributed', 'Presented', 'Competed'",
            "15:9 volunteer[0].highlights[0]: starts with 'Was responsible for'; lead with what you did, e.g. 'Led', 'Owned', 'Built'",
        ])
    }

    func testFirstPersonSparesIOAndTheUSInCapitals() throws {
        let yaml = """
            basics:
              name: Ada Park
              summary: Engineer for US and EU customers; I'm happy to relocate
            work:
              - name: Acme
                summary: My team built the OCR stack
                highlights:
                  - Rewrote the I/O layer for US-based users, cutting latency by 40%
                  - Helped us ship 3 releases; we cut our costs by 20%, i.e. $1M
                  - Made the case to the board for 2 hires
            projects:
              - name: tinyslu
                description: Toolkit that lets us run intent models on 4 MB
            """
        XCTAssertEqual(try findings(of: FirstPersonRule(), in: yaml), [
            "3:12 basics.summary: uses the first person ('I'); leave out the subject: 'Led …', not 'I led …'",
            "6:14 work[0].summary: uses the first person ('My'); leave out the subject: 'Led …', not 'I led …'",
            "9:9 work[0].highlights[1]: uses the first person ('us', 'we', 'our'); leave out the subject: 'Led …', not 'I led …'",
            "13:18 projects[0].description: uses the first person ('us'); leave out the subject: 'Led …', not 'I led …'",
        ])
    }

    func testTenseFlagsPresentVerbsOnlyInEndedRoles() throws {
        let yaml = """
            basics: {name: Ada Park}
            work:
              - name: Quillon
                startDate: "2022-09"
                highlights:
                  - Lead pre-training, raising accuracy by 6%
              - name: Brightwave
                startDate: "2019-03"
                endDate: present
                highlights:
                  - Builds the OCR server for 5 languages
              - name: Acme
                startDate: "2017-01"
                endDate: "2019-02"
                highlights:
                  - Leads 3 engineers on the OCR server
                  - Teaches 2 interns
                  - Led the search team of 4
                  - Lead engineer on 2 launches
            projects:
              - name: tinyslu
                startDate: "2020-06"
                endDate: "2020-12"
                highlights:
                  - "Optimize the tokenizer, 3× faster"
            """
        XCTAssertEqual(try findings(of: TenseRule(), in: yaml), [
            "16:9 work[2].highlights[0]: starts with present-tense 'Leads' but the role ended in 2019-02; use the past tense, e.g. 'Led'",
            "17:9 work[2].highlights[1]: starts with present-tense 'Teaches' but the role ended in 2019-02; use the past tense, e.g. 'Taught'",
            "25:9 projects[0].highlights[0]: starts with present-tense 'Optimize' but the role ended in 2020-12; use the past tense, e.g. 'Optimized'",
        ])
    }
}
