import XCTest

@testable import ResumeKit
@testable import ResumeLint

final class GitHubReporterTests: XCTestCase {
    func testOneCommandPerFindingWithTheRuleAsTitle() {
        let report = GitHubReporter().report([
            Diagnostic(
                .warning, at: SourceLocation(file: "cv.yaml", line: 23, column: 9), "renders to 3 lines (limit 2)",
                rule: "item-lines"),
            Diagnostic(.error, at: SourceLocation(file: "cv.yaml", line: 1, column: 1), "missing required key 'basics'"),
        ])
        XCTAssertEqual(
            report,
            """
            ::warning file=cv.yaml,line=23,col=9,title=item-lines::renders to 3 lines (limit 2)
            ::error file=cv.yaml,line=1,col=1,title=load::missing required key 'basics'

            """)
    }

    func testEscapesMessagesAndPropertiesAsTheRunnerReadsThem() {
        XCTAssertEqual(GitHubReporter.escapeData("50% off\r\nnext: a, b"), "50%25 off%0D%0Anext: a, b")
        XCTAssertEqual(GitHubReporter.escapeProperty("a:b,c%\n"), "a%3Ab%2Cc%25%0A")
    }

    func testNoFindingsIsNoOutput() {
        XCTAssertEqual(GitHubReporter().report([]), "")
    }
}
