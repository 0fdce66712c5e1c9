import XCTest
@testable import ResumeKit

/// Runs one rule over a YAML résumé, on a fixed day, and describes each finding as
/// `line:column path: message` for exact comparison.
func findings(of rule: any Rule, in yaml: String, today: PartialDate = PartialDate(year: 2025, month: 6, day: 15), file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
    let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
    let resume = try XCTUnwrap(result.resume, "\(result.diagnostics)", file: file, line: line)
    let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
    let fit = try FitEngine(theme: theme).fit(resume)
    let subject = LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme, source: result.source, today: today)
    return rule.check(subject).sortedByLocation().map { finding in
        XCTAssertEqual(finding.rule, type(of: rule).description.id, file: file, line: line)
        XCTAssertFalse(finding.message.hasSuffix("."), "no trailing period: \(finding.message)", file: file, line: line)
        return "\(finding.location.line):\(finding.location.column) \(finding.path?.description ?? "-"): \(finding.message)"
    }
}
