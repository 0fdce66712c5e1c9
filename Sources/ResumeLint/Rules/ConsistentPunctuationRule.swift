import ResumeModel

/// The highlights of a section all end with a full stop, or all without.
///
/// The more common ending sets the style and the others are reported; on a tie, the section's
/// first highlight sets it.
struct ConsistentPunctuationRule: Rule {
    static let description = RuleDescription(
        id: "consistent-punctuation",
        name: "Consistent punctuation",
        rationale: "Highlights end alike: all with a full stop or none",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the OCR inference server, reducing CPU cost by 40%
                  - Introduced active learning, halving annotation cost.
                  - Led 3 engineers on the document classifier, lifting F1 by 7 points
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the OCR inference server, reducing CPU cost by 40%
                  - Introduced active learning, halving annotation cost
            projects:
              - name: tinyslu
                highlights:
                  - Wrote a 4 MB intent model, now at 1.1k GitHub stars.
            """,
        ]
    )

    /// The sections whose highlights are compared with each other.
    static let sections: [SectionKind] = [.work, .projects, .teaching, .volunteer]

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let entries = subject.lintEntries
        return Self.sections.flatMap { section -> [Diagnostic] in
            let highlights = entries.filter { $0.section == section }.flatMap { entry in
                entry.highlights.enumerated().map { (path: entry.highlightPath($0), stopped: Self.endsWithFullStop($1)) }
            }
            guard let first = highlights.first else { return [] }
            let stopped = highlights.filter(\.stopped).count
            let unstopped = highlights.count - stopped
            let style = stopped == unstopped ? first.stopped : stopped > unstopped
            let majority = style ? stopped : unstopped
            return highlights.filter { $0.stopped != style }.map { highlight in
                let ending = highlight.stopped ? "ends with a full stop" : "ends without a full stop"
                let others = style ? "end with one" : "end without one"
                return diagnostic(
                    about: highlight.path, in: subject,
                    "\(ending), but \(majority) of the \(highlights.count) highlights in \(section.rawValue) \(others)")
            }
        }
    }

    /// Whether `text` ends with one full stop (an ellipsis does not count).
    static func endsWithFullStop(_ text: String) -> Bool {
        text.hasSuffix(".") && !text.hasSuffix("..")
    }
}
