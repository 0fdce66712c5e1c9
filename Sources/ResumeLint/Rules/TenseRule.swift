import ResumeModel

/// A role that has ended is told in the past tense; the current one may use either.
struct TenseRule: Rule {
    static let description = RuleDescription(
        id: "tense",
        name: "Tense",
        rationale: "Past tense for ended roles; either for the current one",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                startDate: "2019-03"
                endDate: "2022-08"
                highlights:
                  - Build the OCR inference server, reducing CPU cost by 40%
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Quillon
                startDate: "2022-09"
                highlights:
                  - Lead pre-training of the dialogue models, raising accuracy by 6%
              - name: Acme
                startDate: "2019-03"
                endDate: "2022-08"
                highlights:
                  - Built the OCR inference server, reducing CPU cost by 40%
            """,
        ]
    )

    /// The sections whose highlights are things done.
    static let sections: Set<SectionKind> = [.work, .projects, .teaching, .volunteer]

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.lintEntries.filter { Self.sections.contains($0.section) && $0.hasEnded }.flatMap { entry in
            entry.highlights.enumerated().compactMap { index, text -> Diagnostic? in
                let words = LintText.words(text, first: 2)
                guard let word = words.first, let past = Self.pastTense(of: String(word)) else { return nil }
                if words.count > 1, WordLists.nounFollowers.contains(words[1].lowercased()) { return nil }
                guard case .date(let end) = entry.endDate else { return nil }
                return diagnostic(
                    about: entry.highlightPath(index), in: subject,
                    "starts with present-tense '\(word)' but the role ended in \(end); use the past tense, e.g. '\(past)'")
            }
        }
    }

    /// The past tense of a present-tense verb from the word list ("Builds" → "Built"), capitalised
    /// like `word`; nil for any other word.
    static func pastTense(of word: String) -> String? {
        let lower = word.lowercased()
        let candidates = [lower, lower.hasSuffix("s") ? String(lower.dropLast()) : nil, lower.hasSuffix("es") ? String(lower.dropLast(2)) : nil]
        guard let past = candidates.compactMap({ $0 }).lazy.compactMap({ WordLists.presentToPast[$0] }).first else { return nil }
        return word.first?.isUppercase == true ? past.prefix(1).uppercased() + past.dropFirst() : past
    }
}
