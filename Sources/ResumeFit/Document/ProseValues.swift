import ResumeModel

/// The prose values of a résumé that the fit report measures — highlights, summaries and
/// descriptions — with their paths, in the order a theme renders them.
package struct ProseValue: Sendable, Equatable {
    /// Where the value is, as parts.
    package var place: ValuePath
    /// `place` as text: `work[0].highlights[2]`.
    var path: String
    package var text: String

    init(_ place: ValuePath, text: String) {
        self.place = place
        self.path = place.description
        self.text = text
    }
}

extension Resume {
    /// Every highlight, summary, description and similar paragraph, in rendering order: the
    /// fields the section tables mark as prose, in the shown sections' order.
    package var proseValues: [ProseValue] {
        var values = ProseFields(resume: self)
        if let summary = basics.summary, !summary.isEmpty {
            values.values.append(ProseValue(ValuePath("basics", field: "summary"), text: summary))
        }
        SectionKind.visit(placedSections.lazy.map(\.kind), &values)
        return values.values
    }
}

/// Each entry's prose fields, as its section's table lists them.
private struct ProseFields: SectionVisitor {
    var resume: Resume
    var values: [ProseValue] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        let prose = table.fields.filter(\.isProse)
        guard !prose.isEmpty else { return }
        for (index, entry) in table.entries.get(&resume).enumerated() {
            var entry = entry
            let place = ValuePath(table.key, index: index)
            for field in prose {
                switch field.value {
                case .text(let path):
                    add(place.field(field.key), path.get(&entry))
                case .list(let path):
                    let fieldPlace = place.field(field.key)
                    for (item, text) in path.get(&entry).enumerated() { add(fieldPlace.item(item), text) }
                case .date, .period:
                    break
                }
            }
        }
    }

    private mutating func add(_ place: ValuePath, _ text: String?) {
        if let text, !text.isEmpty { values.append(ProseValue(place, text: text)) }
    }
}
