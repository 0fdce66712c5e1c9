import XCTest

@testable import ResumeKit

/// A résumé whose fit cannot be measured is still linted: the rules that need no fit run, those
/// that need it say so in their description and stay silent, and one finding stands for them.
final class LintWithoutFitTests: XCTestCase {
    func testTheRulesThatReadTheFitSaySo() {
        XCTAssertEqual(Linter().rulesNeedingFit, ["page-count", "item-lines", "short-last-line", "page-break"])
    }

    func testWithoutAFitEveryOtherRuleRuns() throws {
        let yaml = """
            basics: {name: Ada Park, email: ada@example.com}
            work:
              - name: Acme
                startDate: 2020-01
                highlights:
                  - I was responsible for the build system \(String(repeating: "and its many parts ", count: 20))
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        let today = PartialDate(year: 2025, month: 6, day: 15)
        let fit = try FitEngine(theme: try XCTUnwrap(Theme.builtin(named: "classic"))).fit(resume)
        let measured = Linter().lint(LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: Theme.builtin(named: "classic"), today: today))
        let unmeasured = Linter().lint(LintSubject(resume: resume, file: "cv.yaml", fit: nil, theme: nil, today: today))
        let fitRules = Set(Linter().rulesNeedingFit)
        XCTAssertTrue(measured.contains { fitRules.contains($0.rule ?? "") }, "the example has fit findings")
        XCTAssertEqual(unmeasured, measured.filter { !fitRules.contains($0.rule ?? "") })
        XCTAssertFalse(unmeasured.isEmpty)
    }

    func testTheFindingSaysWhyWhatDidNotRunAndWhatToDo() {
        let location = SourceLocation(file: "cv.yaml", line: 5, column: 10)
        let finding = Linter.unmeasuredFit(
            because: "theme 'mine': the document body uses \\myblock, which the fit engine does not know",
            remedy: "use the block macros", at: location, rulesNotRun: ["page-count", "item-lines", "short-last-line", "page-break"])
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.rule, "fit")
        XCTAssertEqual(finding.location, location)
        XCTAssertEqual(
            finding.message,
            "cannot measure the fit: theme 'mine': the document body uses \\myblock, which the fit engine does not know, "
                + "so page-count, item-lines, short-last-line and page-break did not run; use the block macros")
        XCTAssertEqual(
            Linter.unmeasuredFit(because: "why", remedy: "what", at: location, rulesNotRun: ["item-lines"]).message,
            "cannot measure the fit: why, so item-lines did not run; what")
        XCTAssertEqual(
            Linter.unmeasuredFit(because: "why", remedy: "what", at: location).message, "cannot measure the fit: why; what")
    }

    func testTheEngineSaysWhatToDoAboutATheme() {
        let problem = FitEngine.Problem.unsupportedDocument(theme: "mine", reason: "the document body uses \\myblock")
        XCTAssertTrue(problem.remedy.contains("\\cvitem"), problem.remedy)
        XCTAssertTrue(problem.remedy.hasSuffix("or lint with a built-in theme (--theme classic)"), problem.remedy)
        XCTAssertTrue(FitEngine.Problem.noLaTeX(theme: "mine").remedy.contains("LaTeX templates"))
    }

    /// A suppression of a rule that did not run cannot be told unused.
    func testASuppressionOfARuleThatDidNotRunIsNotCalledUnused() {
        let source = """
            a  # resume-lint: disable-line item-lines
            b  # resume-lint: disable-line tense
            c  # resume-lint: disable-line
            """
        let suppressions = Suppressions(source: source, file: "cv.yaml")
        XCTAssertEqual(
            suppressions.apply(to: []).map { "\($0.location.line) \($0.message)" },
            [
                "1 this disable-line suppresses nothing (item-lines)",
                "2 this disable-line suppresses nothing (tense)",
                "3 this disable-line suppresses nothing (any rule)",
            ])
        XCTAssertEqual(
            suppressions.apply(to: [], notRun: ["item-lines", "page-count"]).map { "\($0.location.line) \($0.message)" },
            ["2 this disable-line suppresses nothing (tense)"])
    }
}
