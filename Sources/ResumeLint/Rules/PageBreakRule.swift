import ResumeFit
import ResumeModel

/// Where the typeset résumé breaks badly between pages: a heading apart from its first entry, an
/// entry split with one line on one side, a bullet alone, a last page of a few lines.
struct PageBreakRule: Rule {
    static let description = RuleDescription(
        id: "page-break",
        name: "Page break",
        rationale:
            "A heading, a title or a line cut off from what it belongs to, or a last page of a few lines, reads as a mistake",
        defaultSeverity: .warning,
        triggering: [PageBreakRule.spillsThreeLines],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the evaluation pipeline
                  - Cut inference latency by 40%
            """
        ],
        options: ["last-page-lines": PageBreakDefects.defaultShortLastPage],
        needsFit: true
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        guard let fit = subject.fit else { return [] }
        let shortLastPage = subject.option("last-page-lines", of: Self.description)
        return PageBreakDefects.find(in: fit, shortLastPage: shortLastPage).map { defect in
            guard let path = defect.path else { return diagnostic(at: subject.top, defect.message) }
            return diagnostic(about: ValuePath(parsing: path), in: subject, defect.message)
        }
    }
}

extension PageBreakRule {
    /// One-line highlights enough to fill page 1 and put three lines on page 2.
    static let spillsThreeLines: String = {
        let highlights = (1...54).map { "      - Shipped release \($0) of the ranking service" }.joined(separator: "\n")
        return "basics: {name: Ada Park}\nwork:\n  - name: Acme\n    highlights:\n\(highlights)\n"
    }()
}
