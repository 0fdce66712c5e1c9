import ResumeFit
import ResumeModel

/// The post's second rule: each project is written in one or two lines — lines that stay within
/// the margins.
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
            """
            basics: {name: Ada Park}
            projects:
              - name: Tokenizer
                highlights:
                  - Signed every release with the key 23e66ca3c6045b04610258e956312bc83b173306284071de9bdd7269ddbe6227a35167e852b7845b8d3db8f6b82664e40e47a25fcf0174ad4ca5e4abff2d7fba
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
        options: ["max": ItemLinesRule.maximumLines],
        needsFit: true
    )

    /// Work and project highlights, summaries and descriptions: the post's projects.
    static func isProject(_ path: ValuePath) -> Bool {
        path.index != nil && (path.section == .work || path.section == .projects)
    }

    /// The most lines an item may take, unless configured otherwise.
    static let maximumLines = 2

    /// Only a project over the limit is told what to cut.
    func showsLineSaver(of item: FitItem, in subject: LintSubject) -> Bool {
        item.lines > subject.option("max", of: Self.description) && Self.isProject(item.path)
    }

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let maximumLines = subject.option("max", of: Self.description)
        guard let fit = subject.fit else { return [] }
        let flagged = fit.items.filter { ($0.lines > maximumLines || $0.overfull) && Self.isProject($0.path) }
        return flagged.map { item in
            var parts: [String] = []
            if item.lines > maximumLines {
                var part = "renders to \(item.lines) lines (limit \(maximumLines))"
                if let cut = item.charsToSaveLine {
                    part += "; cut \(cut) character\(cut == 1 ? "" : "s") to save a line"
                }
                parts.append(part)
            }
            if item.overfull {
                parts.append("cannot be set without sticking out past the right margin: a word is too long to break")
            }
            var message = parts.joined(separator: "; ")
            if item.approximate { message += " (estimated)" }
            return diagnostic(about: item.path, in: subject, message)
        }
    }
}
