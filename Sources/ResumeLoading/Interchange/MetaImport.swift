import Yams
import ResumeModel

/// Reads `meta`: JSON Resume's `canonical`, `version` and `lastModified`, and this format's own
/// settings as `resume render --format json-resume` writes them (`locale`, `theme`, `sections`,
/// `labels`), and the `language` other tools write there (`de`, `German`) as the locale. A `theme` that names another tool's theme (`elegant`, `jsonresume-theme-even`) is
/// kept out with a note, as this format's themes are its own.
struct MetaImport {
    let notes: ImportNotes

    func read(_ map: ImportObject) -> Meta {
        var meta = Meta()
        meta.locale = map.text("locale") ?? map.languageTag("language")
        meta.theme = theme(map)
        meta.sections = sections(map)
        meta.labels = map.object("labels", labels) ?? LabelOverrides()
        meta.canonical = map.text("canonical")
        meta.version = map.text("version")
        meta.lastModified = map.text("lastModified")
        return meta
    }
}

private extension MetaImport {
    func theme(_ map: ImportObject) -> String? {
        guard let node = map.value("theme"), let theme = map.text(node, path: "meta.theme", prose: false, keepsLines: false) else {
            return nil
        }
        if BuiltinThemeNames.all.contains(theme) || theme.contains("/") || theme.hasPrefix(".") { return theme }
        let names = BuiltinThemeNames.all.joined(separator: ", ")
        notes.warning("meta.theme: '\(theme)' is not a theme of this tool; kept out (built-in themes: \(names))", at: node)
        return nil
    }

    /// A list of section keys, or of `{section, title, hidden}`.
    func sections(_ map: ImportObject) -> [SectionPlacement] {
        guard let node = map.value("sections") else { return [] }
        guard case .sequence(let items) = node else {
            notes.warning("meta.sections: expected an array, found \(node.jsonKindDescription); kept out", at: node)
            return []
        }
        var seen: Set<SectionKind> = []
        return items.enumerated().compactMap { index, item in
            let path = "meta.sections[\(index)]"
            let placement: SectionPlacement?
            if item.scalar != nil {
                placement = map.text(item, path: path, prose: false, keepsLines: false)
                    .flatMap { section($0, at: item, path: path) }.map { SectionPlacement(section: $0) }
            } else if let entry = ImportObject(item, path: path, notes: notes) {
                defer { entry.finish() }
                let sectionNode = entry.value("section")
                placement = entry.text("section").flatMap { section($0, at: sectionNode ?? item, path: path) }
                    .map {
                        SectionPlacement(
                            section: $0, title: entry.text("title"), hidden: entry.bool("hidden") ?? false, pageBreak: entry.pageBreak())
                    }
            } else {
                placement = nil
            }
            guard let placement else { return nil }
            guard seen.insert(placement.section).inserted else {
                notes.warning("\(path): '\(placement.section.rawValue)' is listed twice; kept out", at: item)
                return nil
            }
            return placement
        }
    }

    func section(_ name: String, at node: Node, path: String) -> SectionKind? {
        if let kind = SectionKind(rawValue: name) { return kind }
        var message = "\(path): unknown section '\(name)'; kept out"
        if let suggestion = KeySuggestion.suggest(for: name, among: SectionKind.allCases.map(\.rawValue)) {
            message += "; did you mean '\(suggestion)'?"
        }
        notes.warning(message, at: node)
        return nil
    }

    func labels(_ map: ImportObject) -> LabelOverrides {
        var labels = LabelOverrides()
        for section in SectionKind.allCases {
            labels.sectionTitles[section] = map.text(section.rawValue)
        }
        labels.present = map.text("present")
        labels.courses = map.text("courses")
        if let node = map.value("months") {
            let months = map.texts("months")
            if months.count == 12 {
                labels.months = months
            } else {
                notes.warning("meta.labels.months: \(months.count) names; kept out (12 are needed, January first)", at: node)
            }
        }
        return labels
    }
}
