import ResumeModel

extension Resume {
    /// The résumé with each prose value named in `cuts` (by path, `work[0].highlights[2]`) shorter
    /// by that many characters from its end: the cuts `resume fit` advises, made to measure them.
    func cutting(_ cuts: [String: Int]) -> Resume {
        var cutter = ProseCutter(resume: self, cuts: cuts)
        if let count = cuts[ValuePath("basics", field: "summary").description], let summary = basics.summary {
            cutter.resume.basics.summary = summary.cut(count)
        }
        SectionKind.visit(SectionKind.allCases, &cutter)
        return cutter.resume
    }
}

/// Shortens the prose fields of each section's entries, as the section tables list them.
private struct ProseCutter: SectionVisitor {
    var resume: Resume
    let cuts: [String: Int]

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        let prose = table.fields.filter(\.isProse)
        guard !prose.isEmpty else { return }
        var entries = table.entries.get(&resume)
        for index in entries.indices {
            let place = ValuePath(table.key, index: index)
            for field in prose {
                switch field.value {
                case .text(let accessor):
                    guard let count = cuts[place.field(field.key).description], let text = accessor.get(&entries[index]) else { continue }
                    accessor.set(&entries[index], text.cut(count))
                case .list(let accessor):
                    var items = accessor.get(&entries[index])
                    for item in items.indices {
                        if let count = cuts[place.field(field.key).item(item).description] { items[item] = items[item].cut(count) }
                    }
                    accessor.set(&entries[index], items)
                case .date, .period:
                    break
                }
            }
        }
        table.entries.set(&resume, entries)
    }
}

private extension String {
    /// Without its last `count` characters, and without the space a cut at a word's end leaves, as
    /// the loader would read the shortened value.
    func cut(_ count: Int) -> String {
        String(dropLast(count)).trimmingWhitespace
    }
}
