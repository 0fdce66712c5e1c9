import Foundation
import XCTest
@testable import ResumeKit
@testable import ResumeLint

/// Every rule's own examples: the triggering ones produce a finding of that rule, the others none.
final class RuleExamplesTests: XCTestCase {
    func testEveryRuleTriggersOnItsExamplesAndOnlyThere() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        var ids: Set<String> = []
        for rule in Linter.rules {
            let description = type(of: rule).description
            XCTAssertTrue(ids.insert(description.id).inserted, "rule id \(description.id) is used twice")
            XCTAssertTrue(description.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(description.id) is kebab-case")
            XCTAssertFalse(description.triggering.isEmpty, "\(description.id) has a triggering example")
            XCTAssertFalse(description.nonTriggering.isEmpty, "\(description.id) has a non-triggering example")
            for (index, yaml) in description.triggering.enumerated() {
                let findings = try findings(of: rule, in: yaml, theme: theme)
                XCTAssertFalse(findings.isEmpty, "\(description.id) triggering example \(index) found nothing")
            }
            for (index, yaml) in description.nonTriggering.enumerated() {
                let findings = try findings(of: rule, in: yaml, theme: theme)
                XCTAssertEqual(findings.map(\.message), [], "\(description.id) non-triggering example \(index)")
            }
        }
    }

    func testItemLinesNamesTheCountAndTheLineSaver() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let yaml = ItemLinesRule.description.triggering[0]
        let finding = try XCTUnwrap(findings(of: ItemLinesRule(), in: yaml, theme: theme).first)
        XCTAssertEqual(finding.location.line, 5)
        XCTAssertEqual(finding.location.column, 9)
        XCTAssertEqual(finding.path?.description, "work[0].highlights[0]")
        XCTAssertTrue(finding.message.range(of: #"^renders to 3 lines \(limit 2\); cut \d+ characters to save a line$"#, options: .regularExpression) != nil, finding.message)
    }

    func testPageCountSaysHowManyLinesTooMany() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let finding = try XCTUnwrap(findings(of: PageCountRule(), in: PageCountRule.threePages, theme: theme).first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertTrue(finding.message.range(of: #"^renders to \d pages \(limit 2\); about \d+ lines too many"#, options: .regularExpression) != nil, finding.message)
    }

    private func findings(of rule: any Rule, in yaml: String, theme: Theme) throws -> [Diagnostic] {
        let result = ResumeLoader.load(yaml: yaml, file: "example.yaml")
        let resume = try XCTUnwrap(result.resume, "\(result.diagnostics)")
        let fit = try FitEngine(theme: theme).fit(resume)
        return rule.check(LintSubject(resume: resume, file: "example.yaml", fit: fit, theme: theme, source: result.source))
    }
}
