import ResumeModel

/// No highlight, summary or sentence is written twice.
///
/// Texts are compared trimmed, ignoring case, runs of spaces and a final full stop; sentences of
/// fewer than three words are not compared on their own.
struct DuplicateTextRule: Rule {
    static let description = RuleDescription(
        id: "duplicate-text",
        name: "Duplicate text",
        rationale: "Each line says something new; nothing is said twice",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the OCR inference server, reducing CPU cost by 40%
              - name: Brightwave
                highlights:
                  - built the OCR inference server, reducing CPU cost by 40%.
            """,
            """
            basics:
              name: Ada Park
              summary: Engineer for document AI. Built the OCR inference server for 5 languages.
            work:
              - name: Acme
                highlights:
                  - Built the OCR inference server for 5 languages
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park, summary: Engineer for document AI. Speaker.}
            work:
              - name: Acme
                summary: Speaker.
                highlights:
                  - Built the OCR inference server, reducing CPU cost by 40%
                  - Built the OCR training pipeline, reducing cost per run by 30%
            """,
        ]
    )

    /// The shortest sentence, in words, compared on its own.
    static let minimumSentenceWords = 3

    func check(_ subject: LintSubject) -> [Diagnostic] {
        var seen: [String: (path: ValuePath, line: Int, whole: Bool)] = [:]
        var findings: [Diagnostic] = []
        // In file order; each value's place is looked up once, not in every comparison.
        let prose = subject.resume.proseValues
        let locations = prose.map { subject.location(of: $0.place) }
        for index in prose.indices.sorted(by: { locations[$0] < locations[$1] }) {
            let value = prose[index]
            let sentences = LintText.sentences(value.text)
            var units = [(key: LintText.comparable(value.text), text: value.text, whole: true)]
            if sentences.count > 1 {
                units += sentences.filter { LintText.words($0).count >= Self.minimumSentenceWords }
                    .map { (key: LintText.comparable($0), text: $0, whole: false) }
            }
            var reported = false
            for unit in units where !unit.key.isEmpty {
                if let first = seen[unit.key], !reported, first.path != value.place {
                    let message = unit.whole && first.whole
                        ? "repeats \(first.path) (line \(first.line))"
                        : "repeats the sentence '\(unit.text)' of \(first.path) (line \(first.line))"
                    findings.append(diagnostic(about: value.place, in: subject, message))
                    reported = true
                } else if seen[unit.key] == nil {
                    seen[unit.key] = (value.place, locations[index].line, unit.whole)
                }
            }
        }
        return findings
    }
}
