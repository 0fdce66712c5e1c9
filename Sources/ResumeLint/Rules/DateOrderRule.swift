import ResumeModel

/// Each section lists its entries newest first, and no end date lies in the future.
///
/// An entry is placed by its start date, else its end date or `date`; an entry marked `present`
/// with no start date counts as the newest, and one with no dates at all is not placed. Dates known to different precisions (`2019` and
/// `2019-05`) are only out of order when they certainly are.
struct DateOrderRule: Rule {
    static let description = RuleDescription(
        id: "date-order",
        name: "Date order",
        rationale: "Newest entry first, and no end date in the future",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                startDate: "2017-01"
                endDate: "2019-02"
              - name: Quillon
                startDate: "2019-03"
            """,
            """
            basics: {name: Ada Park}
            education:
              - institution: Lakemere
                startDate: "2017-09"
                endDate: "2999-06"
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Quillon
                startDate: "2019-03"
              - name: Acme
                startDate: "2017-01"
                endDate: "2019-02"
            awards:
              - {title: 1st Place, date: "2023-10"}
              - {title: Silver Medal, date: "2023"}
              - {title: Runner-up, date: "2020-05"}
            """,
        ]
    )

    /// The sections whose entries carry dates.
    static let sections: Set<SectionKind> = [.work, .education, .projects, .teaching, .volunteer, .awards]

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let entries = subject.lintEntries.filter { Self.sections.contains($0.section) }
        return entries.compactMap { futureEnd(of: $0, in: subject) } + outOfOrder(entries, in: subject)
    }

    private func futureEnd(of entry: LintEntry, in subject: LintSubject) -> Diagnostic? {
        guard case .date(let end) = entry.endDate, subject.today.isCertainlyBefore(end) else { return nil }
        return diagnostic(
            about: entry.place.field("endDate"), in: subject,
            "endDate \(end) is in the future (today is \(subject.today)); leave it out or write 'present' for something still going on")
    }

    private func outOfOrder(_ entries: [LintEntry], in subject: LintSubject) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var previous: (entry: LintEntry, placement: Placement)?
        for entry in entries {
            guard let placement = Placement(entry) else { continue }
            defer { previous = (entry, placement) }
            guard let above = previous, above.entry.section == entry.section, placement.isCertainlyAfter(above.placement) else { continue }
            findings.append(diagnostic(
                about: placement.path(in: entry), in: subject,
                "\(entry.place) \(placement.phrase), after \(above.entry.place) above it (\(above.placement.phrase)); list entries newest first"))
        }
        return findings
    }

    /// Where an entry sits in time, and which of its fields says so.
    private enum Placement {
        case dated(PartialDate, field: String)
        /// Still going on, with no start date: newer than anything dated.
        case ongoing

        init?(_ entry: LintEntry) {
            if let start = entry.startDate {
                self = .dated(start, field: "startDate")
            } else if case .date(let end) = entry.endDate {
                self = .dated(end, field: "endDate")
            } else if let date = entry.date {
                self = .dated(date, field: "date")
            } else if entry.endDate == .present {
                self = .ongoing
            } else {
                return nil
            }
        }

        func isCertainlyAfter(_ other: Placement) -> Bool {
            switch (self, other) {
            case (.dated(let date, _), .dated(let otherDate, _)): otherDate.isCertainlyBefore(date)
            case (.ongoing, .dated): true
            case (_, .ongoing): false
            }
        }

        func path(in entry: LintEntry) -> ValuePath {
            switch self {
            case .dated(_, let field): entry.place.field(field)
            case .ongoing: entry.place
            }
        }

        /// "starts 2019-03", "ends 2020", "is dated 2023-10", "is still going on".
        var phrase: String {
            switch self {
            case .dated(let date, "startDate"): "starts \(date)"
            case .dated(let date, "endDate"): "ends \(date)"
            case .dated(let date, _): "is dated \(date)"
            case .ongoing: "is still going on"
            }
        }
    }
}
