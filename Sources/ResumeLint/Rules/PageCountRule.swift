import ResumeFit
import ResumeModel

/// The post's first rule: the whole résumé fits on one or two pages.
struct PageCountRule: Rule {
    static let description = RuleDescription(
        id: "page-count",
        name: "Page count",
        rationale: "A résumé longer than two pages gets skimmed, not read",
        defaultSeverity: .error,
        triggering: [PageCountRule.threePages],
        nonTriggering: ["basics: {name: Ada Park}\n"],
        options: ["min": 1, "max": 2],
        needsFit: true
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let minimumPages = subject.option("min", of: Self.description)
        let maximumPages = subject.option("max", of: Self.description)
        guard let fit = subject.fit else { return [] }
        let top = SourceLocation(file: subject.file, line: 1, column: 1)
        if fit.pages > maximumPages {
            let over = fit.linesPerPage * (fit.pages - maximumPages) - fit.lastPageFreeLines
            let message = "renders to \(fit.pages) pages (limit \(maximumPages)); about \(over) line\(over == 1 ? "" : "s") too many"
                + Self.fitRemedy(subject, pages: maximumPages, over: over, linesPerPage: fit.linesPerPage)
            guard !fit.nearPageBoundary else {
                // Within an item of the boundary the verdict could flip: say so instead of guessing.
                return [Diagnostic(.warning, at: top, message + ", but it is near a page boundary; check with --verify", rule: Self.description.id)]
            }
            return [diagnostic(at: top, message)]
        }
        if fit.pages == maximumPages, fit.nearPageBoundary, fit.lastPageFreeLines < 1 {
            return [Diagnostic(.warning, at: top, "fills page \(fit.pages) to the last line; one more line starts page \(fit.pages + 1)", rule: Self.description.id)]
        }
        if fit.pages < minimumPages {
            return [diagnostic(at: top, "renders to \(fit.pages) pages (at least \(minimumPages))")]
        }
        return []
    }

    /// When a few lines are over — a quarter of a page at most — and the theme's `fit:` ranges
    /// can take them: "; `resume fit --pages 2` would fit it: entrySpacing 5pt → 3pt, …".
    static func fitRemedy(_ subject: LintSubject, pages: Int, over: Int, linesPerPage: Int) -> String {
        guard over <= max(linesPerPage / 4, 1), let theme = subject.theme,
            let answer = try? FitSearch(theme: theme).fit(subject.resume, pages: pages), answer.outcome == .fits
        else { return "" }
        let changes = answer.settings.filter(\.changed).map { "\($0.knob.rawValue) \($0.from) → \($0.to)" }
        return "; `resume fit --pages \(pages)` would fit it: \(changes.joined(separator: ", "))"
    }

    /// A hundred two-line highlights: well over two pages.
    static let threePages: String = {
        let highlight = "Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40% and the time to results from days to hours"
        let highlights = Array(repeating: "      - \(highlight)", count: 100).joined(separator: "\n")
        return "basics: {name: Ada Park}\nwork:\n  - name: Acme\n    highlights:\n\(highlights)\n"
    }()
}
