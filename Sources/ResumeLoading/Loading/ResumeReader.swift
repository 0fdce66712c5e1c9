import Yams
import ResumeModel
import ResumeSupport

/// Maps a composed YAML document onto the résumé model; each section is read by walking its field table.
struct ResumeReader {
    let context: LoadingContext

    func read(_ root: Node) -> Resume? {
        guard let top = MappingReader(root, path: "", context: context) else { return nil }
        defer { top.finish() }
        if context.language == nil { context.language = Self.declaredLocale(root) }
        _ = top.string("$schema")  // JSON Resume documents name their schema; nothing to read in it
        let basics = top.mapping("basics", basics)
        if basics == nil, top.value("basics") == nil {
            context.error("missing required key 'basics'; a résumé needs at least basics.name", at: root)
        }
        var sections = SectionReader(top: top, context: context, resume: Resume(basics: (basics ?? nil) ?? Basics(name: "")))
        SectionKind.visit(SectionKind.allCases, &sections)
        var resume = sections.resume
        resume.meta = top.mapping("meta", meta) ?? Meta()
        if let language = context.options.language { resume.meta.locale = language }
        resume.sourceMap = context.sourceMap
        return resume
    }

    /// `meta.locale` as written, read ahead so that text given in several languages is read in it.
    private static func declaredLocale(_ root: Node) -> String? {
        root.mapping?["meta"]?.mapping?["locale"]?.scalar?.string
    }

    private func basics(_ map: MappingReader) -> Basics? {
        let name = map.require(map.string("name"), "name")
        var basics = Basics(name: name ?? "")
        SectionReader.read(map, into: &basics, BasicsTables.basics)
        basics.location = map.mapping("location") { SectionReader.entry($0, Location(), BasicsTables.location) }
        basics.profiles = map.entries("profiles") { SectionReader.entry($0, Profile(), BasicsTables.profile) }
        return name == nil ? nil : basics
    }

    private func meta(_ map: MappingReader) -> Meta {
        var meta = Meta()
        meta.locale = map.string("locale")
        meta.labels = LabelsReader(context: context).read(map)
        meta.theme = map.string("theme")
        meta.layout = map.mapping("layout", layout) ?? LayoutOverrides()
        meta.canonical = map.string("canonical")
        meta.version = map.string("version")
        meta.lastModified = map.string("lastModified")
        var seen: Set<SectionKind> = []
        meta.sections = map.list("sections") { node, path in
            guard let placement = sectionPlacement(node, path: path, in: map) else { return nil }
            guard seen.insert(placement.section).inserted else {
                context.error("section '\(placement.section.rawValue)' is listed twice in meta.sections", at: node)
                return nil
            }
            return placement
        }
        return meta
    }

    /// `meta.layout`: each knob's value, a length (`9.5pt`, `16mm`) or for `lineSpacing` a number.
    /// Whether the theme lets it move that far is checked where the theme is known.
    private func layout(_ map: MappingReader) -> LayoutOverrides {
        var overrides = LayoutOverrides()
        for knob in FitKnob.allCases {
            guard let node = map.value(knob.rawValue), let text = map.text(node, path: map.childPath(knob.rawValue)) else {
                continue
            }
            guard let value = FitValue(parsing: text, isLength: knob.isLength) else {
                let expected = knob.isLength ? "a length such as 10pt or 16mm" : "a number such as 1.2"
                context.error("meta.layout.\(knob.rawValue) is '\(text)'; expected \(expected)", at: node)
                continue
            }
            guard knob.allowed.contains(value.magnitude) else {
                context.error("meta.layout.\(knob.rawValue) is '\(text)'; expected \(knob.allowedText)", at: node)
                continue
            }
            overrides.values[knob] = value
        }
        return overrides
    }

    /// `work`, or `{section: work, title: "Experience", hidden: false}`.
    private func sectionPlacement(_ node: Node, path: String, in map: MappingReader) -> SectionPlacement? {
        if node.scalar != nil {
            guard let name = map.text(node, path: path) else { return nil }
            return sectionKind(name, at: node).map { SectionPlacement(section: $0) }
        }
        guard let entry = MappingReader(node, path: path, context: context) else { return nil }
        defer { entry.finish() }
        guard let sectionNode = entry.value("section"),
            let name = entry.require(entry.text(sectionNode, path: entry.childPath("section")), "section"),
            let kind = sectionKind(name, at: sectionNode)
        else {
            if entry.value("section") == nil { _ = entry.require(String?.none, "section") }
            _ = (entry.string("title"), entry.bool("hidden"), entry.pageBreak())
            return nil
        }
        return SectionPlacement(
            section: kind, title: entry.string("title"), hidden: entry.bool("hidden") ?? false, pageBreak: entry.pageBreak())
    }

    private func sectionKind(_ name: String, at node: Node) -> SectionKind? {
        if let kind = SectionKind(rawValue: name) { return kind }
        var message = "unknown section '\(name)'"
        if let suggestion = KeySuggestion.suggest(for: name, among: SectionKind.allCases.map(\.rawValue)) {
            message += "; did you mean '\(suggestion)'?"
        }
        context.error(message + "; sections are " + SectionKind.allCases.map(\.rawValue).joined(separator: ", "), at: node)
        return nil
    }
}

/// Reads each section's entries field by field, as its table lists them.
private struct SectionReader: SectionVisitor {
    let top: MappingReader
    let context: LoadingContext
    var resume: Resume

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        // `publications` may instead name a BibTeX file: {bib: refs.bib, keys: […], highlight: …}.
        if table.section == .publications, top.value(table.key)?.mapping != nil {
            let read = top.mapping(table.key) { BibliographyReader(context: context).read($0) } ?? []
            table.entries.set(&resume, read as? [Entry] ?? [])
            return
        }
        table.entries.set(
            &resume,
            top.entriesSharingCores(table.key) { map in
                var entry = Self.entry(map, table.empty, table.fields)
                table.pageBreak.set(&entry, map.pageBreak())
                return entry
            })
    }

    /// An entry read from `map`, starting from `empty`.
    static func entry<Entry>(_ map: MappingReader, _ empty: Entry, _ fields: [Field<Entry>]) -> Entry {
        var entry = empty
        read(map, into: &entry, fields)
        return entry
    }

    /// Reads `fields` from `map` into `entry`.
    static func read<Entry>(_ map: MappingReader, into entry: inout Entry, _ fields: [Field<Entry>]) {
        for field in fields {
            switch field.value {
            case .text(let path):
                path.set(&entry, field.kind == .link ? map.url(field.key) : map.string(field.key))
            case .list(let path):
                path.set(&entry, map.strings(field.key))
            case .date(let path):
                path.set(&entry, map.date(field.key))
            case .period(let start, let end):
                let started = map.date(PeriodKeys.start)
                start.set(&entry, started)
                end.set(&entry, map.endDate(PeriodKeys.end, after: started))
            }
        }
    }
}

extension MappingReader {
    /// The `new-page` and `keep-together` keys of a section or an entry.
    func pageBreak() -> PageBreak {
        var pageBreak = PageBreak()
        for key in PageBreak.keys { pageBreak[keyPath: key.value] = bool(key.name) ?? false }
        return pageBreak
    }
}
