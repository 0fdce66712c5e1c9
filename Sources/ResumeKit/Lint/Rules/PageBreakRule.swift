/// Where the typeset résumé breaks badly between pages: a heading apart from its first entry, an
/// entry split with one line on one side, a bullet alone, a last page of a few lines.
struct PageBreakRule: Rule {
    static let description = RuleDescription(
        id: "page-break",
        name: "Page break",
        rationale:
            "A heading, a title or a line cut off from what it belongs to, or a last page of a few lines, reads as a mistake",
        defaultSeverity: .warning,
        triggering: [PageBreakRule.spillsThreeLines],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Built the evaluation pipeline
                  - Cut inference latency by 40%
            """
        ],
        options: ["last-page-lines": PageBreakDefects.defaultShortLastPage],
        needsFit: true
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        guard let fit = subject.fit else { return [] }
        let shortLastPage = subject.option("last-page-lines", of: Self.description)
        return PageBreakDefects.find(in: fit, shortLastPage: shortLastPage).map { defect in
            let message = Self.message(defect)
            guard let path = defect.path else { return diagnostic(at: subject.location(of: ""), message) }
            return diagnostic(about: path, in: subject, message)
        }
    }

    static func message(_ defect: PageBreakDefect) -> String {
        let page = defect.page
        switch defect.kind {
        case .strandedHeading:
            return "the heading ends page \(page), its first entry starts page \(page + 1)"
        case .entryStartAtFoot(let lines, let titled):
            let start =
                titled
                ? "its title ends page \(page) with " + (lines == 0 ? "none of its text" : "only 1 line of its text")
                : "only its first line ends page \(page)"
            return start + ", the rest goes to page \(page + 1); keep-together: true moves it whole"
        case .entryLastLineAtTop:
            return "its last line stands alone at the top of page \(page + 1), apart from the rest on page \(page)"
        case .lonelyBullet(let atTop):
            return atTop
                ? "the last bullet of its list stands alone at the top of page \(page + 1)"
                : "the first bullet of its list stands alone at the foot of page \(page), the rest on page \(page + 1)"
        case .shortLastPage(let lines):
            let count = lines == 1 ? "1 line" : "\(lines) lines"
            return "page \(page) holds only \(count): \(count) must go to end on page \(page - 1)"
        }
    }
}

extension PageBreakRule {
    /// One-line highlights enough to fill page 1 and put three lines on page 2.
    static let spillsThreeLines: String = {
        let highlights = (1...54).map { "      - Shipped release \($0) of the ranking service" }.joined(separator: "\n")
        return "basics: {name: Ada Park}\nwork:\n  - name: Acme\n    highlights:\n\(highlights)\n"
    }()
}
