import Foundation
import Yams
import ResumeModel
import ResumeSupport

/// Converts a RenderCV file (`cv:` with `sections:`, then `design:`, `locale:` and `settings:`,
/// or v1's `locale_catalog:` and `rendercv_settings:`) into this format's YAML.
///
/// Each section of `cv.sections` goes to the section its title and entry type say (a section
/// called `experience` of ExperienceEntry to `work`), or to the closest one with a note; its
/// title is kept in `meta.sections`. Markdown becomes plain text, `present` an ongoing period,
/// `locale` the résumé's language and labels; design and settings, which have no counterpart
/// here, are listed in notes.
package enum RenderCVImporter: ResumeImporter {
    public static let format = "rendercv"
    public static let documentKind = "RenderCV file"

    /// A YAML document whose top-level `cv:` has `sections:`.
    package static func recognizes(fileName: String, data: Data) -> Bool {
        ImportTree.hasTopLevel("cv", containing: "sections", in: data)
    }

    public static func importDocument(data: Data, file: String) -> ImportedResume {
        ImportTree.importYAML(data: data, file: file, kind: documentKind) { root, notes in
            RenderCVReader(notes: notes).read(root)
        }
    }
}

/// The kinds of entry RenderCV has; a section's first entry says which one the section holds.
enum RenderCVEntryType: String {
    case education = "EducationEntry"
    case experience = "ExperienceEntry"
    case publication = "PublicationEntry"
    case normal = "NormalEntry"
    case oneLine = "OneLineEntry"
    case bullet = "BulletEntry"
    case numbered = "NumberedEntry"
    case reversedNumbered = "ReversedNumberedEntry"
    case text = "TextEntry"

    /// The type of an entry, by the keys RenderCV tells them apart by.
    init?(_ entry: Node) {
        if entry.scalar != nil {
            self = .text
            return
        }
        let keys = Set(entry.namedPairs.map(\.name))
        if keys.contains("institution") {
            self = .education
        } else if keys.contains("company") {
            self = .experience
        } else if keys.contains("authors") || keys.contains("journal") || keys.contains("doi") {
            self = .publication
        } else if keys.contains("label") && keys.contains("details") {
            self = .oneLine
        } else if keys.contains("bullet") {
            self = .bullet
        } else if keys.contains("reversed_number") {
            self = .reversedNumbered
        } else if keys.contains("number") {
            self = .numbered
        } else if keys.contains("name") || keys.contains("title") {
            self = .normal
        } else {
            return nil
        }
    }

    /// The key holding the one text of a bullet, numbered or text entry.
    var textKey: String? {
        switch self {
        case .bullet: "bullet"
        case .numbered: "number"
        case .reversedNumbered: "reversed_number"
        default: nil
        }
    }

    /// Where a section of this type goes when its title names no section: the nearest in shape.
    var defaultPlace: RenderCVPlace {
        switch self {
        case .education: .section(.education)
        case .experience: .section(.work)
        case .publication: .section(.publications)
        case .normal: .section(.projects)
        case .oneLine: .section(.skills)
        case .bullet, .numbered, .reversedNumbered: .section(.awards)
        case .text: .summary
        }
    }

    /// The sections an entry of this type has the fields for.
    func fits(_ place: RenderCVPlace) -> Bool {
        guard case .section(let kind) = place else { return self == .text || textKey != nil }
        switch self {
        case .education: return kind == .education
        case .experience: return [.work, .volunteer, .teaching].contains(kind)
        case .publication: return kind == .publications
        case .normal: return ![.education, .skills, .languages, .interests].contains(kind)
        case .oneLine:
            return [.skills, .languages, .interests, .certificates, .awards, .researchInterests, .references].contains(kind)
        case .bullet, .numbered, .reversedNumbered, .text: return ![.education, .work, .volunteer].contains(kind)
        }
    }
}

/// Where a RenderCV section goes: one of this format's sections, or `basics.summary`.
enum RenderCVPlace: Equatable {
    case section(SectionKind)
    case summary

    /// The place a section title names, by the words in it (`selected_honors` → awards), or nil.
    init?(title: String) {
        let words = title.lowercased().replacingOccurrences(of: "_", with: " ")
        guard let match = Self.titleWords.first(where: { entry in entry.words.contains { words.contains($0) } }) else {
            return nil
        }
        self = match.place
    }

    /// Words of section titles, most specific first ("research interests" before "interests",
    /// "programming languages" before "languages").
    private static let titleWords: [(words: [String], place: RenderCVPlace)] = [
        (["research interest", "research area"], .section(.researchInterests)),
        (["programming", "skill", "technolog", "tools", "competenc", "compétence", "kenntnis"], .section(.skills)),
        (["education", "studies", "academic background", "ausbildung", "formation"], .section(.education)),
        (["volunteer", "community service", "ehrenamt", "bénévolat"], .section(.volunteer)),
        (["teaching", "talk", "mentor", "extracurricular", "presentation", "workshop"], .section(.teaching)),
        (["experience", "employment", "work", "career", "positions", "berufserfahrung", "expérience"], .section(.work)),
        (["project", "projekt", "projet"], .section(.projects)),
        (["publication", "paper", "patent", "preprint"], .section(.publications)),
        (["certif", "licens", "zertifi"], .section(.certificates)),
        (
            ["award", "honor", "honour", "prize", "achievement", "scholarship", "fellowship", "auszeichnung", "distinction"],
            .section(.awards)
        ),
        (["language", "sprache", "langue"], .section(.languages)),
        (["interest", "hobb", "interessen", "loisirs"], .section(.interests)),
        (["reference", "referenz"], .section(.references)),
        (["summary", "about", "profile", "objective", "profil", "welcome"], .summary),
    ]
}

/// Maps a RenderCV file onto the JSON Resume shape `JSONResumeReader` reads, noting what it
/// converts and what has no counterpart.
struct RenderCVReader {
    let notes: ImportNotes

    func read(_ root: Node) -> Resume? {
        guard root.mapping != nil else {
            notes.error("expected a RenderCV file (cv, design, locale, settings), found \(root.jsonKindDescription)", at: root)
            return nil
        }
        var cv: Node?
        var meta: [(key: Node, value: Node)] = []
        for (name, key, value) in root.namedPairs {
            switch name {
            case "cv": cv = value
            case "locale", "locale_catalog": meta += locale(value, path: name, at: key)
            case "design", "rendercv_settings", "settings": noCounterpart(name, value: value, at: key)
            default: notes.warning("'\(name)' kept out; a RenderCV file has cv, design, locale and settings", at: key)
            }
        }
        guard let cv, cv.mapping != nil else {
            notes.error("'cv' is missing or not a mapping; a RenderCV file keeps the résumé under cv", at: cv ?? root)
            return nil
        }
        var basics: [(key: Node, value: Node)] = []
        var profiles: [Node] = []
        var sections = SectionsBuilder(notes: notes, language: meta.first { $0.key.string == "locale" }?.value.string)
        for (name, key, value) in cv.namedPairs {
            let plain = plainText(value, path: "cv.\(name)")
            switch name {
            case "headline", "label": basics.append((ImportTree.key("label", at: key.mark), plain))
            case "website": basics.append((ImportTree.key("url", at: key.mark), plain))
            case "photo": basics.append((ImportTree.key("image", at: key.mark), plain))
            case "email", "phone": basics.append((key, firstOfList(plain, path: "cv.\(name)")))
            case "social_networks": profiles += Self.items(plain).map(socialNetwork)
            case "custom_connections": profiles += Self.items(plain).map(customConnection)
            case "sections": sections.add(plain)
            default: basics.append((key, plain))  // name, location; anything else is noted as kept out
            }
        }
        if !profiles.isEmpty { basics.append((ImportTree.key("profiles", at: cv.mark), ImportTree.list(profiles, at: cv.mark))) }
        if let summary = sections.summary { basics.append((ImportTree.key("summary", at: summary.mark), summary)) }
        if let placements = sections.placements { meta.append((ImportTree.key("sections", at: cv.mark), placements)) }
        var top: [(key: Node, value: Node)] = [(ImportTree.key("basics", at: cv.mark), ImportTree.object(basics, at: cv.mark))]
        top += sections.entries
        if !meta.isEmpty { top.append((ImportTree.key("meta", at: root.mark), ImportTree.object(meta, at: root.mark))) }
        return JSONResumeReader(notes: notes).read(ImportTree.object(top, at: root.mark))
    }
}

extension RenderCVReader {
    /// The items of a list; one value is a list of one, and an empty value (`custom_connections:`) none.
    fileprivate static func items(_ node: Node) -> [Node] {
        node.sequence.map(Array.init) ?? (node.isNull ? [] : [node])
    }

    /// `design`, `settings` and v1's `rendercv_settings` shape RenderCV's own output; nothing here
    /// reads them, so they are listed, each key once, with what to use instead.
    fileprivate func noCounterpart(_ name: String, value: Node, at key: Node) {
        let keys = value.namedPairs.filter { !$0.value.isNull }.map(\.name)
        let listed = keys.isEmpty ? "" : " (\(keys.joined(separator: ", ")))"
        let instead = name == "design" ? "; choose a theme of this tool with --theme or meta.theme" : ""
        notes.warning("'\(name)'\(listed): RenderCV's settings have no counterpart here; kept out\(instead)", at: key)
    }

    /// `locale` (v2) or `locale_catalog` (v1): the language becomes `meta.locale`, `present`
    /// and the month names become labels; the rest has no counterpart and is listed.
    fileprivate func locale(_ node: Node, path: String, at localeKey: Node) -> [(key: Node, value: Node)] {
        var meta: [(key: Node, value: Node)] = []
        var labels: [(key: Node, value: Node)] = []
        var unused: [String] = []
        for (name, key, value) in node.namedPairs where !value.isNull {
            switch name {
            case "language":
                guard let tag = notes.locale(declared: value.string ?? "", path: "\(path).language", at: value) else { continue }
                meta.append((ImportTree.key("locale", at: key.mark), ImportTree.text(tag, at: value.mark)))
            case "present":
                labels.append((key, value))
            case "month_names", "full_names_of_months":
                labels.append((ImportTree.key("months", at: key.mark), value))
            default:
                unused.append(name)
            }
        }
        if !unused.isEmpty {
            notes.warning(
                "\(path): \(unused.joined(separator: ", ")) kept out; the résumé format's labels are the section titles,"
                    + " present and month names (meta.labels)", at: localeKey)
        }
        if !labels.isEmpty { meta.append((ImportTree.key("labels", at: node.mark), ImportTree.object(labels, at: node.mark))) }
        return meta
    }

    /// RenderCV allows several emails or phone numbers; the résumé format has one, the first.
    fileprivate func firstOfList(_ node: Node, path: String) -> Node {
        guard let items = node.sequence, let first = items.first else { return node }
        for (index, item) in items.enumerated().dropFirst() {
            notes.warning("\(path)[\(index)]: '\(item.string ?? "")' kept out; the résumé format has one, the first", at: item)
        }
        return first
    }

    /// `{network, username}` as a profile, with the link RenderCV makes of them.
    fileprivate func socialNetwork(_ node: Node) -> Node {
        let pairs = node.namedPairs
        guard let network = pairs.first(where: { $0.name == "network" })?.value.string,
            let username = pairs.first(where: { $0.name == "username" })?.value,
            let url = RenderCVProfileLinks.url(network: network, username: username.string ?? "")
        else { return node }
        let link = (key: ImportTree.key("url", at: username.mark), value: ImportTree.text(url, at: username.mark))
        return ImportTree.object(pairs.map { (key: $0.key, value: $0.value) } + [link], at: node.mark)
    }

    /// `{fontawesome_icon, placeholder, url}` as a profile: the placeholder is what is shown.
    fileprivate func customConnection(_ node: Node) -> Node {
        let pairs = node.namedPairs.map { name, key, value in
            name == "placeholder" ? (key: ImportTree.key("username", at: key.mark), value: value) : (key: key, value: value)
        }
        return ImportTree.object(pairs, at: node.mark)
    }

    /// `node` with RenderCV's Markdown (`**bold**`, `*italic*`, `[text](url)`) turned into plain
    /// text in every value, each change noted with the links it removed.
    fileprivate func plainText(_ node: Node, path: String) -> Node {
        switch node {
        case .scalar(let scalar):
            guard let plain = MarkupStripper(keepsLines: true).plainText(scalar.string) else { return node }
            let links = MarkdownLinks.targets(in: scalar.string)
            let linkNote = links.isEmpty ? "" : " (linking to \(links.joined(separator: ", ")))"
            notes.warning(
                "\(path): converted to plain text, removing \(plain.removed.joined(separator: ", "))\(linkNote)", at: node)
            return ImportTree.text(plain.text, at: scalar.mark)
        case .sequence(let items):
            return ImportTree.list(items.enumerated().map { plainText($1, path: "\(path)[\($0)]") }, at: node.mark)
        case .mapping:
            var pairs = node.namedPairs.map { (key: $0.key, value: plainText($0.value, path: "\(path).\($0.name)")) }
            if let link = titleLink(node, path: path) { pairs.append(link) }
            return ImportTree.object(pairs, at: node.mark)
        case .alias:
            return node
        }
    }
}

extension RenderCVReader {
    /// An entry whose name is a link (`name: "[Oro](https://…)"`) and that has no `url`: the
    /// link, as its `url`.
    fileprivate func titleLink(_ entry: Node, path: String) -> (key: Node, value: Node)? {
        let pairs = entry.namedPairs
        guard !pairs.contains(where: { $0.name == "url" && !$0.value.isNull }),
            let title = pairs.first(where: { ["name", "title", "company", "institution"].contains($0.name) }),
            let text = title.value.string, let target = MarkdownLinks.targets(in: text).first,
            MarkdownLinks.targets(in: text).count == 1
        else { return nil }
        notes.warning("\(path).\(title.name): its link imported as url \(target)", at: title.value)
        return (ImportTree.key("url", at: title.key.mark), ImportTree.text(target, at: title.value.mark))
    }
}

/// The links RenderCV makes of a social network and a user name (its `url_dictionary`).
enum RenderCVProfileLinks {
    static func url(network: String, username: String) -> String? {
        guard !username.isEmpty else { return nil }
        if network == "Mastodon" {
            // `@user@mastodon.social` → https://mastodon.social/@user
            let parts = username.split(separator: "@")
            return parts.count == 2 ? "https://\(parts[1])/@\(parts[0])" : nil
        }
        return prefixes[network].map { $0 + username }
    }

    private static let prefixes: [String: String] = [
        "LinkedIn": "https://linkedin.com/in/", "GitHub": "https://github.com/", "GitLab": "https://gitlab.com/",
        "IMDB": "https://imdb.com/name/", "Instagram": "https://instagram.com/", "ORCID": "https://orcid.org/",
        "StackOverflow": "https://stackoverflow.com/users/", "ResearchGate": "https://researchgate.net/profile/",
        "YouTube": "https://youtube.com/@", "Google Scholar": "https://scholar.google.com/citations?user=",
        "Telegram": "https://t.me/", "Leetcode": "https://leetcode.com/u/", "X": "https://x.com/",
        "Bluesky": "https://bsky.app/profile/", "Reddit": "https://reddit.com/user/",
    ]
}

/// The targets of Markdown links, `[text](url)`, so that a note can name what removing them lost.
enum MarkdownLinks {
    static func targets(in text: String) -> [String] {
        guard let pattern = try? NSRegularExpression(pattern: #"\[[^\]]*\]\(([^)\s]+)\)"#) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

/// Gathers `cv.sections` into the JSON Resume sections, `basics.summary` and `meta.sections`.
private struct SectionsBuilder {
    let notes: ImportNotes
    /// `meta.locale` as imported, for telling a title that is only the default heading.
    let language: String?
    private var lists: [(kind: SectionKind, key: Node, items: [Node])] = []
    private var titles: [(kind: SectionKind, title: String?, key: Node)] = []
    private var paragraphs: [Node] = []

    init(notes: ImportNotes, language: String?) {
        self.notes = notes
        self.language = language
    }

    /// The sections' entries, by section, in the order first met.
    var entries: [(key: Node, value: Node)] {
        lists.map { (ImportTree.key($0.kind.rawValue, at: $0.key.mark), ImportTree.list($0.items, at: $0.key.mark)) }
    }

    /// The text entries of sections called Summary, About and the like, one paragraph each.
    var summary: Node? {
        guard let first = paragraphs.first else { return nil }
        return ImportTree.text(paragraphs.compactMap(\.string).joined(separator: "\n"), at: first.mark)
    }

    /// The sections in RenderCV's order, with the titles that are not the default heading.
    var placements: Node? {
        guard !titles.isEmpty else { return nil }
        return ImportTree.list(
            titles.map { entry in
                var pairs = [
                    (
                        key: ImportTree.key("section", at: entry.key.mark),
                        value: ImportTree.text(entry.kind.rawValue, at: entry.key.mark)
                    )
                ]
                if let title = entry.title {
                    pairs.append((ImportTree.key("title", at: entry.key.mark), ImportTree.text(title, at: entry.key.mark)))
                }
                return ImportTree.object(pairs, at: entry.key.mark)
            }, at: titles[0].key.mark)
    }

    mutating func add(_ sections: Node) {
        guard sections.mapping != nil else {
            notes.warning(
                "cv.sections: expected a mapping of section titles to entries, found \(sections.jsonKindDescription); kept out",
                at: sections)
            return
        }
        for (title, key, value) in sections.namedPairs {
            add(title: title, key: key, entries: value)
        }
    }

    private mutating func add(title: String, key: Node, entries: Node) {
        let items = entries.sequence.map(Array.init) ?? (entries.isNull ? [] : [entries])
        guard let first = items.first else { return }
        guard let type = RenderCVEntryType(first) else {
            notes.warning("cv.sections.\(title): entries of no RenderCV entry type; kept out", at: first)
            return
        }
        let shown = Self.heading(title)
        let named = RenderCVPlace(title: title)
        let place = named.flatMap { type.fits($0) ? $0 : nil } ?? type.defaultPlace
        if place != named {
            let target = place == .summary ? "basics.summary" : "'\(place.kind!.rawValue)'"
            notes.warning(
                "cv.sections.\(title): a section of \(type.rawValue) with no counterpart by that title; imported into \(target), the closest",
                at: key)
        }
        if type == .numbered || type == .reversedNumbered {
            notes.warning(
                "cv.sections.\(title): \(type.rawValue) numbers are not shown here; the entries are kept in order", at: key)
        }
        guard case .section(let kind) = place else {
            paragraphs += items.compactMap { RenderCVEntry(node: $0, type: RenderCVEntryType($0) ?? type).text }
            return
        }
        let converted = items.enumerated().map { index, item in
            RenderCVEntry(node: item, type: RenderCVEntryType(item) ?? type)
                .jsonResumeEntry(for: kind, path: "cv.sections.\(title)[\(index)]", notes: notes)
        }
        if let index = lists.firstIndex(where: { $0.kind == kind }) {
            lists[index].items += converted
            let earlier = titles.first { $0.kind == kind }.flatMap(\.title) ?? kind.defaultTitle
            notes.warning(
                "cv.sections.\(title): imported into '\(kind.rawValue)' after the entries of \"\(earlier)\"; its title is not kept",
                at: key)
        } else {
            lists.append((kind, key, converted))
            let isDefault = [kind.defaultTitle, Localization(locale: language).title(of: kind)]
                .contains { $0.lowercased() == shown.lowercased() }
            titles.append((kind, isDefault ? nil : shown, key))
        }
    }

    /// A section key as RenderCV shows it: `selected_honors` → "Selected Honors"; a key with
    /// capitals or spaces of its own is shown as written.
    static func heading(_ key: String) -> String {
        guard key == key.lowercased() else { return key }
        return key.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

extension RenderCVPlace {
    var kind: SectionKind? {
        if case .section(let kind) = self { return kind }
        return nil
    }
}

/// One RenderCV entry, renamed into the fields of the section it goes to.
private struct RenderCVEntry {
    let node: Node
    let type: RenderCVEntryType

    /// The one text of a text, bullet or numbered entry.
    var text: Node? {
        if node.scalar != nil { return node }
        guard let key = type.textKey else { return nil }
        return node.namedPairs.first { $0.name == key }?.value
    }

    /// The entry as the JSON Resume entry of `kind`: keys renamed, the rest left for the reader
    /// to note as kept out.
    func jsonResumeEntry(for kind: SectionKind, path: String, notes: ImportNotes) -> Node {
        if let text, type.textKey != nil || type == .text {
            let key = ImportTree.key(Self.mainField(of: kind), at: node.mark)
            let others = node.namedPairs.filter { $0.name != type.textKey }.map { (key: $0.key, value: $0.value) }
            return ImportTree.object([(key, text)] + others, at: node.mark)
        }
        let names = Self.fieldNames(type, kind)
        let hasPeriod = node.namedPairs.contains { ["start_date", "end_date"].contains($0.name) && !$0.value.isNull }
        var pairs: [(key: Node, value: Node)] = []
        var authors: Node?
        var doi: Node?
        for (name, key, value) in node.namedPairs where !value.isNull {
            switch name {
            case "date" where Self.hasPeriod(kind) && !hasPeriod:
                // One date for a period: when it ended (a degree), or when it was, start and end.
                if kind != .education { pairs.append((ImportTree.key("startDate", at: key.mark), value)) }
                pairs.append((ImportTree.key("endDate", at: key.mark), value))
            case "details" where Self.splitsDetails(kind):
                let items = (value.string ?? "").split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
                pairs.append(
                    (
                        ImportTree.key(names[name] ?? name, at: key.mark),
                        ImportTree.list(items.map { ImportTree.text($0, at: value.mark) }, at: value.mark)
                    ))
            case "authors" where kind == .publications:
                authors = value
            case "doi" where kind == .publications:
                doi = value
            default:
                pairs.append((names[name].map { ImportTree.key($0, at: key.mark) } ?? key, value))
            }
        }
        if let authors {
            pairs = Self.authorsInSummary(authors, pairs: pairs, path: path, notes: notes)
        }
        if let doi, let id = doi.string {
            if pairs.contains(where: { $0.key.string == "url" }) {
                notes.warning("\(path).doi: '\(id)' kept out; the entry's url is given, and a publication here has one link", at: doi)
            } else {
                notes.warning("\(path).doi: '\(id)' imported as url https://doi.org/\(id)", at: doi)
                pairs.append((ImportTree.key("url", at: doi.mark), ImportTree.text("https://doi.org/\(id)", at: doi.mark)))
            }
        }
        return ImportTree.object(pairs, at: node.mark)
    }

    /// The authors, which a publication here has no field for, as the first line of its summary.
    static func authorsInSummary(
        _ authors: Node, pairs: [(key: Node, value: Node)], path: String, notes: ImportNotes
    ) -> [(key: Node, value: Node)] {
        let names = (authors.sequence.map(Array.init) ?? [authors]).compactMap(\.string).joined(separator: ", ")
        notes.warning(
            "\(path).authors: imported as the first line of the summary; a publication here has no list of authors", at: authors)
        var pairs = pairs
        if let index = pairs.firstIndex(where: { $0.key.string == "summary" }), let summary = pairs[index].value.string {
            pairs[index].value = ImportTree.text(names + "\n" + summary, at: pairs[index].value.mark)
        } else {
            pairs.append((ImportTree.key("summary", at: authors.mark), ImportTree.text(names, at: authors.mark)))
        }
        return pairs
    }

    /// RenderCV's names for the fields of `kind`'s entries where they differ.
    static func fieldNames(_ type: RenderCVEntryType, _ kind: SectionKind) -> [String: String] {
        var names = ["start_date": "startDate", "end_date": "endDate"]
        switch type {
        case .education:
            names["degree"] = "studyType"
        case .experience:
            names["company"] = kind == .work ? "name" : "organization"
        case .publication:
            names.merge(["title": "name", "journal": "publisher", "date": "releaseDate"]) { $1 }
        case .oneLine:
            names["label"] = kind == .references ? "name" : mainField(of: kind)
            names["details"] = detailsField(of: kind)
        case .normal:
            switch kind {
            case .projects: names["summary"] = "description"
            case .awards: names["name"] = "title"
            case .volunteer, .teaching: names["name"] = "organization"
            case .publications: names["date"] = "releaseDate"
            case .references: names["summary"] = "reference"
            default: break
            }
        case .bullet, .numbered, .reversedNumbered, .text:
            break
        }
        return names
    }

    /// The field that names an entry of `kind`, which a one-text entry's text goes to.
    static func mainField(of kind: SectionKind) -> String {
        switch kind {
        case .awards: "title"
        case .languages: "language"
        case .references: "reference"
        case .education: "institution"
        case .work: "position"
        case .volunteer, .teaching: "summary"
        case .projects, .skills, .interests, .certificates, .publications, .researchInterests: "name"
        }
    }

    /// Where a one-line entry's details go in `kind`.
    static func detailsField(of kind: SectionKind) -> String {
        switch kind {
        case .languages: "fluency"
        case .certificates: "issuer"
        case .awards, .teaching, .volunteer, .work: "summary"
        case .references: "reference"
        case .skills, .interests, .researchInterests, .projects: "keywords"
        case .education: "area"
        case .publications: "publisher"
        }
    }

    static func splitsDetails(_ kind: SectionKind) -> Bool {
        detailsField(of: kind) == "keywords"
    }

    static func hasPeriod(_ kind: SectionKind) -> Bool {
        [.education, .work, .projects, .volunteer, .teaching].contains(kind)
    }
}
