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
        let prose = subject.proseValues
        let units = prose.map { Self.units(of: $0.text) }
        // Only a value with a text that another also has can repeat: only those are placed in the
        // file and compared in its order.
        var writtenBy: [String: Int] = [:]
        writtenBy.reserveCapacity(units.reduce(0) { $0 + $1.count })
        var shares = Array(repeating: false, count: prose.count)
        for (index, valueUnits) in units.enumerated() {
            for unit in valueUnits where !unit.key.isEmpty {
                guard let other = writtenBy.updateValue(index, forKey: unit.key) else { continue }
                shares[other] = true
                shares[index] = true
            }
        }
        let compared = prose.indices.filter { shares[$0] }
        let locations = compared.map { subject.location(of: prose[$0].place) }
        var seen: [String: (path: ValuePath, line: Int, whole: Bool)] = [:]
        var findings: [Diagnostic] = []
        for position in compared.indices.sorted(by: { (locations[$0], $0) < (locations[$1], $1) }) {
            let value = prose[compared[position]]
            var reported = false
            for unit in units[compared[position]] where !unit.key.isEmpty {
                if let first = seen[unit.key], !reported, first.path != value.place {
                    let message = unit.whole && first.whole
                        ? "repeats \(first.path) (line \(first.line))"
                        : "repeats the sentence '\(unit.text)' of \(first.path) (line \(first.line))"
                    findings.append(diagnostic(about: value.place, in: subject, message))
                    reported = true
                } else if seen[unit.key] == nil {
                    seen[unit.key] = (value.place, locations[position].line, unit.whole)
                }
            }
        }
        return findings
    }

    /// What a value is compared by: its whole text and, when it has more than one sentence, each
    /// sentence of `minimumSentenceWords` words or more.
    static func units(of text: String) -> [(key: String, text: String, whole: Bool)] {
        var units = [(key: LintText.comparable(text), text: text, whole: true)]
        let sentences = LintText.sentences(text)
        if sentences.count > 1 {
            units += sentences.filter { LintText.words($0, first: minimumSentenceWords).count >= minimumSentenceWords }
                .map { (key: LintText.comparable($0), text: $0, whole: false) }
        }
        return units
    }
}
