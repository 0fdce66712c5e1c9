import ResumeFit
import ResumeModel

/// A paragraph whose last line holds a word or two wastes a line that a small cut gives back.
struct ShortLastLineRule: Rule {
    static let description = RuleDescription(
        id: "short-last-line",
        name: "Short last line",
        rationale: "A last line of a word or two wastes a line a small cut would save",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Mentor 3 junior engineers on experiment design and code review; 2 of them now lead model launches on their own
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Mentor 3 junior engineers on experiment design and code review; 2 now lead launches
            """,
        ],
        options: ["words": ShortLastLineRule.maximumWords],
        needsFit: true
    )

    /// The most words a last line may hold and still count as short, unless configured otherwise.
    static let maximumWords = 2

    func showsLineSaver(of item: FitItem, in subject: LintSubject) -> Bool {
        Self.isShort(item, words: subject.option("words", of: Self.description))
    }

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let words = subject.option("words", of: Self.description)
        guard let fit = subject.fit else { return [] }
        return fit.items.filter { Self.isShort($0, words: words) }.map { item in
            let count = item.lastLineWords == 1 ? "1 word" : "\(item.lastLineWords) words"
            var message = "the last of its \(item.lines) lines holds only \(count)"
            if let cut = item.charsToSaveLine {
                message += "; cut \(cut) character\(cut == 1 ? "" : "s") to save a line"
            }
            return diagnostic(about: item.path, in: subject, message)
        }
    }

    static func isShort(_ item: FitItem, words: Int = maximumWords) -> Bool {
        item.lines > 1 && item.lastLineWords > 0 && item.lastLineWords <= words
    }
}
