import Foundation

/// A dated entry of a shown section as the rules see it: its path, its dates and its highlights.
/// Read from the section tables, so it lives with them: the rules and the PDF's text-layer check
/// both walk it.
package struct LintEntry: Sendable {
    package var section: SectionKind
    var index: Int
    package var startDate: PartialDate?
    package var endDate: EndDate?
    /// The single date of an entry that has no period (`awards[].date`).
    package var date: PartialDate?
    package var highlights: [String] = []

    /// `work[1]`
    package var place: ValuePath { ValuePath(section.rawValue, index: index) }

    /// `place` as text, as the PDF's text-layer check (`TextLayerCheck`) reads it.
    package var path: String { place.description }

    /// `work[1].highlights[0]`
    package func highlightPath(_ index: Int) -> ValuePath { place.field("highlights").item(index) }

    /// Whether the entry has ended: its end date is a date, not `present` or missing.
    package var hasEnded: Bool {
        if case .date = endDate { return true }
        return false
    }
}

extension Resume {
    /// The entries of the shown sections that have dates, section by section in file order.
    package var lintEntries: [LintEntry] {
        var entries = DatedEntries(resume: self)
        SectionKind.visit(placedSections.lazy.map(\.kind), &entries)
        return entries.entries
    }
}

/// The entries of sections whose table has a period or a date, with their highlights.
private struct DatedEntries: SectionVisitor {
    var resume: Resume
    package var entries: [LintEntry] = []

    package mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        var period: Field<Entry>.Value?
        var date: Accessor<Entry, PartialDate?>?
        var highlights: Accessor<Entry, [String]>?
        for field in table.fields {
            switch field.value {
            case .period: period = period ?? field.value
            case .date(let path): date = date ?? path
            case .list(let path) where field.kind == .proseItems: highlights = highlights ?? path
            case .text, .list: break
            }
        }
        guard period != nil || date != nil else { return }
        for (index, item) in table.entries.get(&resume).enumerated() {
            var item = item
            var entry = LintEntry(section: table.section, index: index)
            if case .period(let start, let end)? = period {
                entry.startDate = start.get(&item)
                entry.endDate = end.get(&item)
            } else if let date {
                entry.date = date.get(&item)
            }
            if let highlights { entry.highlights = highlights.get(&item) }
            entries.append(entry)
        }
    }
}
