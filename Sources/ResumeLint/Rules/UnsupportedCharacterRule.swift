import ResumeModel
import ResumeRender

/// Every character the LaTeX and PDF output shows is in a font the theme sets it in.
struct UnsupportedCharacterRule: Rule {
    static let description = RuleDescription(
        id: "unsupported-character",
        name: "Unsupported character",
        rationale: "TeX leaves out a character its font lacks without stopping, so the PDF would miss it",
        defaultSeverity: .error,
        triggering: [
            """
            basics:
              name: Дмитрий Иванов
              label: 머신러닝 엔지니어
            """,
            """
            basics:
              name: Ada Park
            work:
              - name: Acme
                highlights: [Launched in Cairo (القاهرة)]
            """,
            """
            basics:
              name: Ada Park
              summary: Ships fast 🚀
            """,
            """
            basics:
              name: Ada Park
            meta:
              labels: {present: الآن}
            work:
              - {name: Acme, startDate: 2020-01}
            """,
        ],
        nonTriggering: [
            """
            basics:
              name: Émilie Dubois — Łódź
              summary: "“Quotes”, ‘quotes’, dashes – and — and 5 € and ± 3 °C"
            """,
            """
            basics:
              name: 윤서하
              label: 머신러닝 엔지니어 · ML
              summary: 大規模言語モデルの研究 — “引用” 2019年5月
            """,
            """
            basics:
              name: Ħana Ω
              summary: −5 % ₩ №
            """,
            """
            basics:
              name: Дмитрий Иванов
              summary: Ελληνικά και русский
            """,
        ]
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        guard let theme = subject.theme else { return [] }  // the theme's own problem is reported already
        return UnsupportedCharacters(resume: subject.resume, shown: subject.shownText, theme: theme, file: subject.file, source: subject.source)
            .diagnostics(rule: Self.description.id)
            .map { Diagnostic(Self.description.defaultSeverity, at: $0.location, $0.message, rule: $0.rule, path: $0.path) }
    }
}
