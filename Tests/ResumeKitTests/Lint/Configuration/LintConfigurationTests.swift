import Foundation
import XCTest
@testable import ResumeKit
@testable import ResumeLint

final class LintConfigurationTests: XCTestCase {
    func testSeveritiesOffAndOptions() throws {
        let configuration = try LintConfiguration.parse("""
            rules:
              first-person: off
              item-lines: error
              page-count: {max: 1}
              short-last-line: {severity: warning, words: 1}
            """, file: ".resume-lint.yaml")
        XCTAssertEqual(configuration.options["page-count"], ["max": 1])
        XCTAssertEqual(configuration.options["short-last-line"], ["words": 1])
        let findings = [
            Diagnostic(.warning, at: SourceLocation(file: "cv.yaml", line: 3, column: 1), "a", rule: "first-person"),
            Diagnostic(.warning, at: SourceLocation(file: "cv.yaml", line: 4, column: 1), "b", rule: "item-lines"),
            Diagnostic(.warning, at: SourceLocation(file: "cv.yaml", line: 5, column: 1), "c", rule: "tense"),
        ]
        XCTAssertEqual(configuration.apply(to: findings).map { "\($0.rule!):\($0.severity)" }, ["item-lines:error", "tense:warning"])
    }

    func testOptionsReachTheRules() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: PageCountRule.threePages, file: "cv.yaml").resume)
        let fit = try FitEngine(theme: theme).fit(resume)
        XCTAssertEqual(PageCountRule().check(LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme)).count, 1)
        let relaxed = LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme, options: ["page-count": ["max": 9]])
        XCTAssertEqual(PageCountRule().check(relaxed).count, 0)
    }

    func testEveryProblemIsReportedWithItsPlaceAndASuggestion() {
        XCTAssertThrowsError(try LintConfiguration.parse("""
            rules:
              item-line: off
              page-count: {maxx: 1, severity: loud}
              tense: sometimes
            ruless: {}
            """, file: ".resume-lint.yaml")) { error in
            let problems = (error as? ConfigurationProblems)?.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
            XCTAssertEqual(problems, [
                "2:3: unknown rule 'item-line'; did you mean 'item-lines'?",
                "3:16: unknown option 'maxx' for page-count; did you mean 'max'?",
                "3:35: expected off, warning or error for page-count.severity",
                "4:10: 'sometimes' for tense; expected off, warning or error, or a mapping of options",
                "5:1: unknown key 'ruless'; did you mean 'rules'?",
            ])
        }
    }

    func testTheNearestFileInAParentFolderApplies() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lint-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "rules:\n  tense: off\n".write(to: root.appendingPathComponent(".resume-lint.yaml"), atomically: true, encoding: .utf8)
        let found = try LintConfiguration.nearest(to: nested.appendingPathComponent("cv.yaml"))
        XCTAssertEqual(found.severities["tense"], .some(nil))
        XCTAssertEqual(found.file, root.appendingPathComponent(".resume-lint.yaml").path)
    }
}

final class SuppressionsTests: XCTestCase {
    private func finding(_ line: Int, _ rule: String) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(file: "cv.yaml", line: line, column: 9), "m", rule: rule)
    }

    func testLineNextLineAndBlocks() {
        let source = """
            basics: {name: A}
            work:
              - highlights:
                  - Worked on things  # resume-lint: disable-line action-verb
                  # resume-lint: disable-next-line item-lines
                  - Long item
                  # resume-lint: disable first-person
                  - I did this
                  - We did that
                  # resume-lint: enable first-person
                  - My work
            """
        let suppressions = Suppressions(source: source, file: "cv.yaml")
        let kept = suppressions.apply(to: [
            finding(4, "action-verb"), finding(4, "quantified-result"), finding(6, "item-lines"),
            finding(8, "first-person"), finding(9, "first-person"), finding(11, "first-person"),
        ])
        XCTAssertEqual(kept.map { "\($0.location.line) \($0.rule!)" }, ["4 quantified-result", "11 first-person"])
    }

    func testUnusedAndUnknownSuppressionsAreReported() {
        let source = """
            basics: {name: A}  # resume-lint: disable-line tense
            # resume-lint: disable-next-line item-line
            work: []
            # resume-lint: frobnicate
            """
        let kept = Suppressions(source: source, file: "cv.yaml").apply(to: [])
        XCTAssertEqual(kept.map { "\($0.location.line):\($0.location.column) \($0.message)" }, [
            "1:20 this disable-line suppresses nothing (tense)",
            "2:1 this disable-next-line suppresses nothing (item-line)",
            "2:1 unknown rule 'item-line' in a resume-lint comment; did you mean 'item-lines'?",
            "4:1 unknown resume-lint command 'frobnicate'; expected disable, enable, disable-line or disable-next-line",
        ])
        XCTAssertTrue(kept.allSatisfy { $0.rule == Suppressions.ruleID && $0.severity == .warning })
    }
}
