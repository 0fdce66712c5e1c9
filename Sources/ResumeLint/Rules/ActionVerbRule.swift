import ResumeModel

/// Highlights open with what you did, not with a phrase that only says you were there.
struct ActionVerbRule: Rule {
    static let description = RuleDescription(
        id: "action-verb",
        name: "Action verb",
        rationale: "Open with what you did ('Led', 'Built'), not a duty",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Responsible for the training pipeline, cutting the cost of each experiment by 40%
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Owned the training pipeline, cutting the cost of each experiment by 40%
                  - Research on pre-training language models for dialogue, improving NLU by 5%
            """,
        ]
    )

    /// The sections whose highlights are things done.
    static let sections: Set<SectionKind> = [.work, .projects, .teaching, .volunteer]

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.resume.lintEntries.filter { Self.sections.contains($0.section) }.flatMap { entry in
            entry.highlights.enumerated().compactMap { index, text -> Diagnostic? in
                guard let (opener, suggestions) = Self.weakOpener(of: text) else { return nil }
                let examples = suggestions.map { "'\($0)'" }.joined(separator: ", ")
                return diagnostic(
                    about: entry.highlightPath(index), in: subject,
                    "starts with '\(opener)'; lead with what you did, e.g. \(examples)")
            }
        }
    }

    /// The weak opener `text` starts with, as written there, and the verbs to suggest instead.
    static func weakOpener(of text: String) -> (String, [String])? {
        let trimmed = text.drop { !$0.isLetter }
        for (phrase, suggestions) in WordLists.weakOpeners {
            // As long as the phrase, or the text is shorter (counting only the phrase's length of it).
            let start = trimmed.prefix(phrase.count)
            guard start.count == phrase.count else { continue }
            let rest = trimmed.dropFirst(phrase.count)
            guard start.lowercased() == phrase.lowercased(), rest.first.map({ !$0.isLetter }) ?? true else { continue }
            return (String(start), suggestions)
        }
        return nil
    }
}
