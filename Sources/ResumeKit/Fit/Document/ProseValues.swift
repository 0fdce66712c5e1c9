/// The prose values of a résumé that the fit report measures — highlights, summaries and
/// descriptions — with their paths, in the order a theme renders them.
struct ProseValue: Sendable, Equatable {
    var path: String
    var text: String
}

extension Resume {
    /// Every highlight, summary, description and similar paragraph, in rendering order.
    var proseValues: [ProseValue] {
        var values: [ProseValue] = []
        func add(_ path: String, _ text: String?) {
            if let text, !text.isEmpty { values.append(ProseValue(path: path, text: text)) }
        }
        func addAll(_ path: String, _ texts: [String]) {
            for (index, text) in texts.enumerated() { add("\(path)[\(index)]", text) }
        }
        add("basics.summary", basics.summary)
        for placed in placedSections {
            let key = placed.kind.rawValue
            switch placed.kind {
            case .education:
                break
            case .work:
                for (index, entry) in work.enumerated() {
                    add("\(key)[\(index)].summary", entry.summary)
                    addAll("\(key)[\(index)].highlights", entry.highlights)
                }
            case .projects:
                for (index, entry) in projects.enumerated() {
                    add("\(key)[\(index)].description", entry.description)
                    addAll("\(key)[\(index)].highlights", entry.highlights)
                }
            case .awards:
                for (index, entry) in awards.enumerated() { add("\(key)[\(index)].summary", entry.summary) }
            case .researchInterests:
                for (index, entry) in researchInterests.enumerated() { add("\(key)[\(index)].summary", entry.summary) }
            case .teaching:
                for (index, entry) in teaching.enumerated() {
                    add("\(key)[\(index)].summary", entry.summary)
                    addAll("\(key)[\(index)].highlights", entry.highlights)
                }
            case .volunteer:
                for (index, entry) in volunteer.enumerated() {
                    add("\(key)[\(index)].summary", entry.summary)
                    addAll("\(key)[\(index)].highlights", entry.highlights)
                }
            case .publications:
                for (index, entry) in publications.enumerated() { add("\(key)[\(index)].summary", entry.summary) }
            case .references:
                for (index, entry) in references.enumerated() { add("\(key)[\(index)].reference", entry.reference) }
            case .skills, .certificates, .languages, .interests:
                break
            }
        }
        return values
    }
}
