import Yams
import ResumeModel
import ResumeSupport

/// Maps a JSON Resume document onto the résumé model, each section by walking its field table,
/// through `ImportObject`, which takes former field names, converts what it can and notes every change.
struct JSONResumeReader {
    let notes: ImportNotes

    /// The résumé, or nil (with an error noted) when the document is not an object or has no name.
    func read(_ root: Node) -> Resume? {
        guard case .mapping = root, let top = ImportObject(root, path: "", notes: notes) else {
            notes.error("expected a JSON Resume object at the top level, found \(root.jsonKindDescription)", at: root)
            return nil
        }
        defer { top.finish() }
        schema(top)
        let basics = top.object("basics", basics) ?? nil
        if basics == nil {
            notes.error("basics.name is missing; a résumé needs at least a name", at: top.value("basics") ?? root)
        }
        var sections = SectionImport(top: top, resume: Resume(basics: basics ?? Basics(name: "")))
        SectionKind.visit(SectionKind.allCases, &sections)
        var resume = sections.resume
        resume.meta = top.object("meta") { MetaImport(notes: notes).read($0) } ?? Meta()
        if resume.meta.locale == nil {
            // Beside `meta`, as some tools write it: the document's language.
            resume.meta.locale = top.languageTag("language")
        }
        for (section, title) in headings(top) where resume.meta.labels.sectionTitles[section] == nil {
            resume.meta.labels.sectionTitles[section] = title
        }
        resume.sourceMap = notes.sourceMap
        return basics == nil ? nil : resume
    }
}

private extension JSONResumeReader {
    /// `$schema` names the JSON Resume schema, which the résumé format needs no reference to;
    /// any other schema is noted as kept out.
    func schema(_ top: ImportObject) {
        guard let node = top.value("$schema") else { return }
        if node.scalar?.string.contains("jsonresume") != true {
            notes.warning("'$schema' kept out; the résumé format has no place for it", at: node)
        }
    }

    /// `headings`, the section titles other tools keep beside the sections (`{"work": "Experience"}`),
    /// as `meta.labels` would give them.
    func headings(_ top: ImportObject) -> [SectionKind: String] {
        guard let node = top.value("headings") else { return [:] }
        let titles = top.object("headings") { map in
            SectionKind.allCases.reduce(into: [SectionKind: String]()) { titles, section in
                titles[section] = map.text(section.rawValue)
            }
        } ?? [:]
        if !titles.isEmpty {
            notes.warning("headings: imported as the section titles of meta.labels", at: node)
        }
        return titles
    }

    /// The basics, or nil without a name; every field is read either way, so each is noted.
    func basics(_ map: ImportObject) -> Basics? {
        let name = map.text("name")
        var basics = Basics(name: name ?? "")
        SectionImport.read(map, into: &basics, BasicsTables.basics)
        basics.location = location(map)
        basics.profiles = profiles(map)
        return name == nil ? nil : basics
    }

    /// An object of address fields, or one text, taken as the city.
    func location(_ map: ImportObject) -> Location? {
        guard let node = map.value("location") else { return nil }
        if node.scalar != nil {
            guard let text = map.text(node, path: "basics.location", prose: false, keepsLines: false) else { return nil }
            notes.warning("basics.location: text, imported as location.city", at: node)
            return Location(city: text)
        }
        guard let place = ImportObject(node, path: "basics.location", notes: notes) else { return nil }
        defer { place.finish() }
        let location = SectionImport.entry(place, Location(), BasicsTables.location)
        return location == Location() ? nil : location
    }

    /// A list of profiles, or an object of network to user name or URL (`{"github": "ada"}`).
    func profiles(_ map: ImportObject) -> [Profile] {
        if let node = map.value("profiles"), case .mapping(let byNetwork) = node {
            notes.warning("basics.profiles: an object of networks, imported as a list", at: node)
            return byNetwork.compactMap { key, value in
                let path = "basics.profiles.\(key.string ?? "")"
                guard let account = map.text(value, path: path, prose: false, keepsLines: false) else { return nil }
                let isLink = account.hasPrefix("http://") || account.hasPrefix("https://")
                return Profile(network: key.string, username: isLink ? nil : account, url: isLink ? account : nil)
            }
        }
        return map.entries("profiles", empty: Profile()) { SectionImport.entry($0, Profile(), BasicsTables.profile) }
    }
}

/// Imports each section's entries field by field, as its table lists them.
private struct SectionImport: SectionVisitor {
    let top: ImportObject
    var resume: Resume

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        let fromText = table.fromText.map { path in
            { (text: String) -> Entry in
                var entry = table.empty
                path.set(&entry, text)
                return entry
            }
        }
        table.entries.set(&resume, top.entries(table.key, isEmpty: table.isEmpty, fromText: fromText) { map in
            var entry = Self.entry(map, table.empty, table.fields)
            table.pageBreak.set(&entry, map.pageBreak())
            return entry
        })
    }

    /// An entry imported from `map`, starting from `empty`.
    static func entry<Entry>(_ map: ImportObject, _ empty: Entry, _ fields: [Field<Entry>]) -> Entry {
        var entry = empty
        read(map, into: &entry, fields)
        return entry
    }

    /// Imports `fields` from `map` into `entry`.
    static func read<Entry>(_ map: ImportObject, into entry: inout Entry, _ fields: [Field<Entry>]) {
        for field in fields {
            switch field.value {
            case .text(let path):
                path.set(&entry, map.text(field.key, formerly: field.formerly, prose: field.isProse))
            case .list(let path):
                path.set(&entry, map.texts(
                    field.key, formerly: field.formerly, prose: field.isProse, splitsCommas: !field.isProse))
            case .date(let path):
                path.set(&entry, map.date(field.key))
            case .period(let start, let end):
                let (started, ended) = map.period()
                start.set(&entry, started)
                end.set(&entry, ended)
            }
        }
    }
}
