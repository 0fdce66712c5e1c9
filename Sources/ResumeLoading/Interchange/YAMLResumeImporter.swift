import Foundation
import Yams
import ResumeModel
import ResumeSupport

/// Converts a YAMLResume file (`content:` with `basics`, then `locale:` and `layouts:`) into this
/// format's YAML.
///
/// YAMLResume's sections are JSON Resume's with a few names of its own (`headline`, `degree`,
/// `location` and `profiles` beside `basics`), and its summaries are Markdown, often a list:
/// a list in a job's, project's or volunteer role's summary becomes its highlights. The
/// language becomes `meta.locale`; the first layout's section titles and order become
/// `meta.labels` and `meta.sections`; the rest of the layouts (engines, templates, page and
/// typography) has no counterpart and is listed in the notes.
package enum YAMLResumeImporter: ResumeImporter {
    public static let format = "yamlresume"
    public static let documentKind = "YAMLResume file"

    /// A YAML document whose top-level `content:` has `basics:`.
    package static func recognizes(fileName: String, data: Data) -> Bool {
        ImportTree.hasTopLevel("content", containing: "basics", in: data)
    }

    public static func importDocument(data: Data, file: String) -> ImportedResume {
        ImportTree.importYAML(data: data, file: file, kind: documentKind) { root, notes in
            YAMLResumeReader(notes: notes).read(root)
        }
    }
}

/// Maps a YAMLResume file onto the JSON Resume shape `JSONResumeReader` reads.
private struct YAMLResumeReader {
    let notes: ImportNotes

    /// YAMLResume's names for fields this format names as JSON Resume does, by section.
    static let fieldNames: [String: [String: String]] = [
        "basics": ["headline": "label"],
        "education": ["degree": "studyType"],
        "references": ["summary": "reference"],
    ]

    /// The sections whose summary, when it is a Markdown list, is the entry's highlights.
    static let listSummaries: Set<String> = ["work", "projects", "volunteer"]

    /// The sections whose entries have no summary here; theirs is kept out with a note as it is.
    static let withoutSummary: Set<String> = ["education"]

    func read(_ root: Node) -> Resume? {
        guard root.mapping != nil else {
            notes.error("expected a YAMLResume file (content, locale, layouts), found \(root.jsonKindDescription)", at: root)
            return nil
        }
        var content: Node?
        var meta: [(key: Node, value: Node)] = []
        for (name, key, value) in root.namedPairs where !value.isNull {
            switch name {
            case "content": content = value
            case "locale": meta += locale(value)
            case "layouts", "layout": meta += layouts(value.sequence.map(Array.init) ?? [value], at: key)
            default: notes.warning("'\(name)' kept out; a YAMLResume file has content, locale and layouts", at: key)
            }
        }
        guard let content, content.mapping != nil else {
            notes.error(
                "'content' is missing or not a mapping; a YAMLResume file keeps the résumé under content", at: content ?? root)
            return nil
        }
        var basics: [(key: Node, value: Node)] = []
        var top: [(key: Node, value: Node)] = []
        for (name, key, value) in content.namedPairs {
            switch name {
            case "basics":
                var pairs = value.namedPairs.map { renamed($0.name, $0.key, $0.value, in: "basics") }
                listSummary(&pairs, path: "content.basics", section: "basics")
                basics = pairs + basics
            case "location", "profiles": basics.append((key, value))
            default: top.append((key, entries(value, section: name)))
            }
        }
        top.insert((ImportTree.key("basics", at: content.mark), ImportTree.object(basics, at: content.mark)), at: 0)
        if !meta.isEmpty { top.append((ImportTree.key("meta", at: root.mark), ImportTree.object(meta, at: root.mark))) }
        return JSONResumeReader(notes: notes).read(ImportTree.object(top, at: root.mark))
    }
}

extension YAMLResumeReader {
    /// A section's entries with YAMLResume's names renamed and list summaries made highlights.
    fileprivate func entries(_ list: Node, section: String) -> Node {
        guard let items = list.sequence else { return list }
        return ImportTree.list(
            items.enumerated().map { index, entry in
                guard entry.mapping != nil else { return entry }
                var pairs = entry.namedPairs.map { renamed($0.name, $0.key, $0.value, in: section) }
                listSummary(&pairs, path: "content.\(section)[\(index)]", section: section)
                return ImportTree.object(pairs, at: entry.mark)
            }, at: list.mark)
    }

    /// A summary written as a Markdown list: the highlights of a job, project or volunteer role
    /// that has none, otherwise lines of text.
    fileprivate func listSummary(_ pairs: inout [(key: Node, value: Node)], path: String, section: String) {
        guard !Self.withoutSummary.contains(section), let at = pairs.firstIndex(where: { $0.key.string == "summary" }),
            let lines = Self.listItems(pairs[at].value)
        else { return }
        let mark = pairs[at].value.mark
        if Self.listSummaries.contains(section), !pairs.contains(where: { $0.key.string == "highlights" }) {
            notes.warning("\(path).summary: a Markdown list, imported as highlights", at: pairs[at].value)
            pairs[at] = (
                ImportTree.key("highlights", at: pairs[at].key.mark),
                ImportTree.list(lines.map { ImportTree.text($0, at: mark) }, at: mark)
            )
        } else {
            notes.warning("\(path).summary: a Markdown list, imported as lines of text", at: pairs[at].value)
            pairs[at].value = ImportTree.text(lines.joined(separator: "\n"), at: mark)
        }
    }

    fileprivate func renamed(_ name: String, _ key: Node, _ value: Node, in section: String) -> (key: Node, value: Node) {
        guard let newName = Self.fieldNames[section]?[name] else { return (key, value) }
        return (ImportTree.key(newName, at: key.mark), value)
    }

    /// The items of a summary written as a Markdown list (every line `- `, `* ` or `1. `), or nil.
    fileprivate static func listItems(_ node: Node) -> [String]? {
        guard let text = node.string else { return nil }
        let lines = text.split(separator: "\n").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        let items = lines.compactMap { line -> String? in
            if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.dropFirst(2)).trimmingWhitespace }
            guard let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isASCIIDigit), !line[..<dot].isEmpty else {
                return nil
            }
            return String(line[line.index(after: dot)...]).trimmingWhitespace
        }
        return !lines.isEmpty && items.count == lines.count ? items : nil
    }

    /// `locale.language` (`en`, `de`, `zh-hans`, …) as `meta.locale`.
    fileprivate func locale(_ node: Node) -> [(key: Node, value: Node)] {
        var meta: [(key: Node, value: Node)] = []
        for (name, key, value) in node.namedPairs where !value.isNull {
            guard name == "language", let declared = value.string else {
                notes.warning("locale.\(name) kept out; YAMLResume's locale has only language", at: key)
                continue
            }
            guard let tag = notes.locale(declared: declared, path: "locale.language", at: value) else { continue }
            meta.append((ImportTree.key("locale", at: key.mark), ImportTree.text(tag, at: value.mark)))
        }
        return meta
    }

    /// The first layout's `sections.aliases` (titles) and `sections.order`; everything else
    /// about layouts is output settings, listed as having no counterpart.
    fileprivate func layouts(_ layouts: [Node], at key: Node) -> [(key: Node, value: Node)] {
        var meta: [(key: Node, value: Node)] = []
        for (index, layout) in layouts.enumerated() {
            let pairs = layout.namedPairs
            let engine = pairs.first { $0.name == "engine" }?.value.string ?? "layout"
            let template = pairs.first { $0.name == "template" }?.value.string
            let settings = pairs.map(\.name).filter { !["engine", "template", "sections"].contains($0) }
            var described = template.map { "\(engine) with template \($0)" } ?? engine
            if !settings.isEmpty { described += " (\(settings.joined(separator: ", ")))" }
            notes.warning(
                "layouts[\(index)]: \(described): YAMLResume's output settings have no counterpart here; kept out"
                    + " — choose a theme of this tool with --theme or meta.theme", at: layout)
            guard let sections = pairs.first(where: { $0.name == "sections" })?.value else { continue }
            guard meta.isEmpty else {
                notes.warning(
                    "layouts[\(index)].sections: kept out; the first layout's section titles and order are used", at: sections)
                continue
            }
            meta = sectionSettings(sections, path: "layouts[\(index)].sections")
        }
        return meta
    }

    /// `aliases` (section → title) as `meta.labels`, `order` as `meta.sections`.
    fileprivate func sectionSettings(_ sections: Node, path: String) -> [(key: Node, value: Node)] {
        var meta: [(key: Node, value: Node)] = []
        for (name, key, value) in sections.namedPairs where !value.isNull {
            switch name {
            case "aliases":
                let titles = value.namedPairs.filter { pair in
                    guard pair.name == "basics" else { return true }
                    notes.warning("\(path).aliases.basics kept out; the header has no title here", at: pair.key)
                    return false
                }
                meta.append(
                    (ImportTree.key("labels", at: key.mark), ImportTree.object(titles.map { ($0.key, $0.value) }, at: value.mark))
                )
            case "order":
                meta.append((ImportTree.key("sections", at: key.mark), value))
            default:
                notes.warning("\(path).\(name) kept out; the résumé format has no place for it", at: key)
            }
        }
        return meta
    }
}
