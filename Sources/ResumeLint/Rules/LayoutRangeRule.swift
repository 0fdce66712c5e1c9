import ResumeModel

/// Each `meta.layout` value lies in the range its theme's `fit:` section allows.
struct LayoutRangeRule: Rule {
    static let description = RuleDescription(
        id: "layout-range",
        name: "Layout range",
        rationale: "A theme declares how far its type and spaces may move and still look as designed",
        defaultSeverity: .error,
        triggering: [
            """
            basics: {name: Ada Park}
            meta:
              layout: {fontSize: 8pt}
            """,
            """
            basics: {name: Ada Park}
            meta:
              layout: {sideMargin: 5mm, lineSpacing: 1.5}
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            meta:
              layout: {fontSize: 9.5pt, sideMargin: 16mm, lineSpacing: 1.2, entrySpacing: 3pt}
            """,
        ]
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        guard let theme = subject.theme else { return [] }  // the theme's own problem is reported already
        return subject.resume.meta.layout.problems(in: theme).map { knob, message in
            diagnostic(about: ValuePath("meta", field: "layout", key: knob.rawValue), in: subject, message)
        }
    }
}
