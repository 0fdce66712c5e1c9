/// The post's second rule: each project is written in one or two lines.
struct ItemLinesRule: Rule {
    static let description = RuleDescription(
        id: "item-lines",
        name: "Lines per item",
        rationale: "Each project: what it was, your role, the result, in 1–2 lines",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40%, the time to results from days to hours, and the number of failed runs by half across four research teams, while mentoring two new engineers and documenting every step for the platform group
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built a training pipeline that cut the cost of each experiment by 40%
            """,
        ],
        options: ["max": ItemLinesRule.maximumLines]
    )

    /// Work and project highlights, summaries and descriptions: the post's projects.
    static func isProject(_ path: String) -> Bool {
        path.hasPrefix("work[") || path.hasPrefix("projects[")
    }

    /// The most lines an item may take, unless configured otherwise.
    static let maximumLines = 2

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let maximumLines = subject.option("max", of: Self.description)
        return subject.fit.items.filter { $0.lines > maximumLines && Self.isProject($0.path) }.map { item in
            var message = "renders to \(item.lines) lines (limit \(maximumLines))"
            if let cut = item.charsToSaveLine {
                message += "; cut \(cut) character\(cut == 1 ? "" : "s") to save a line"
            }
            if item.approximate { message += " (estimated)" }
            var finding = diagnostic(at: subject.location(of: item.path), message)
            finding.path = item.path
            return finding
        }
    }
}
