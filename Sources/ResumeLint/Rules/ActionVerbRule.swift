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
        subject.lintEntries.filter { Self.sections.contains($0.section) }.flatMap { entry in
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
        let initial = trimmed.first.flatMap(Opener.asciiInitial)
        for opener in Opener.all {
            // Another ASCII letter first cannot start the same words in any case: skip it unread.
            if let initial, let first = opener.initial, initial != first { continue }
            // As long as the phrase, or the text is shorter (counting only the phrase's length of it).
            let start = trimmed.prefix(opener.length)
            guard start.count == opener.length else { continue }
            let rest = trimmed.dropFirst(opener.length)
            guard start.lowercased() == opener.lowercased, rest.first.map({ !$0.isLetter }) ?? true else { continue }
            return (String(start), opener.suggestions)
        }
        return nil
    }

    /// A weak opener with what comparing a text's start to it needs, worked out once.
    private struct Opener {
        var lowercased: String
        /// In characters.
        var length: Int
        /// Its first letter in lower case, if ASCII.
        var initial: UInt8?
        var suggestions: [String]

        static let all = WordLists.weakOpeners.map { phrase, suggestions in
            Opener(
                lowercased: phrase.lowercased(), length: phrase.count, initial: phrase.first.flatMap(asciiInitial),
                suggestions: suggestions)
        }

        /// The letter in lower case, if it is an ASCII letter.
        static func asciiInitial(_ letter: Character) -> UInt8? {
            guard let byte = letter.asciiValue, letter.isLetter else { return nil }
            return byte | 0x20
        }
    }
}
