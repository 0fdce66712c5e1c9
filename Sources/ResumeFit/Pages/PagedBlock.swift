import ResumeModel
import TeXTypesetting

/// One block of the typeset document as the page-break check reads it: what it is, which part of
/// the résumé it shows, and the page each of its lines fell on.
public struct PagedBlock: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// A section heading.
        case heading
        /// An entry's title lines (`\cventry`).
        case entry
        /// An entry that starts with a paragraph of its own rather than a title (`\cvpair`, as
        /// skills and research interests are set): its lines count as the entry's text.
        case pair
        /// A paragraph of an entry's text: a summary, a description, courses, keywords.
        case text
        /// A bullet of a list.
        case bullet
    }

    public var kind: Kind
    /// Where it is in the résumé: `work` for a heading, `work[1]` for an entry,
    /// `work[1].highlights[0]` for a measured value; nil when the theme's blocks cannot be paired
    /// with the résumé's entries.
    public var path: ValuePath?
    /// The page (from 1) of each of its lines, in order.
    public var linePages: [Int]
    /// Whether a `new-page` key starts a page right before it.
    public var startsNewPage = false

    public init(kind: Kind, path: ValuePath?, linePages: [Int], startsNewPage: Bool = false) {
        self.kind = kind
        self.path = path
        self.linePages = linePages
        self.startsNewPage = startsNewPage
    }
}

extension PagedBlock {
    /// The document's blocks with the pages their lines fell on, each named by the résumé value it
    /// shows. Headings are paired with the shown sections in order, and a section's entries with
    /// its `\cventry` blocks (or `\cvpair`, in sections without titles of their own) when the
    /// counts agree.
    static func blocks(
        _ blocks: [BlockCall], nodes: [VerticalNode], pages: [Page], itemPaths: [Int: ValuePath], resume: Resume
    ) -> [PagedBlock] {
        var linePages = Array(repeating: [Int](), count: blocks.count)
        var page = 0
        for (index, node) in nodes.enumerated() {
            while page < pages.count - 1, index >= pages[page].nodes.upperBound { page += 1 }
            if case .box(_, _, let block) = node { linePages[block].append(page + 1) }
        }
        let sections = resume.placedSections
        let sectionStarts = blocks.indices.filter { blocks[$0].name == "cvsection" }
        var paths: [Int: ValuePath] = itemPaths
        if sectionStarts.count == sections.count {
            for (number, start) in sectionStarts.enumerated() {
                let kind = sections[number].kind
                paths[start] = ValuePath(kind.rawValue)
                let end = number + 1 < sectionStarts.count ? sectionStarts[number + 1] : blocks.count
                let range = (start + 1)..<end
                let titled = range.filter { blocks[$0].name == "cventry" }
                let entries = titled.isEmpty ? range.filter { blocks[$0].name == "cvpair" } : titled
                let shown = resume.shownEntries(kind)
                guard entries.count == shown.count else { continue }
                for (entry, block) in zip(shown, entries) where paths[block] == nil {
                    paths[block] = ValuePath(kind.rawValue, index: entry)
                }
            }
        }
        var newPage = false
        return blocks.indices.compactMap { index in
            let kind: Kind
            switch blocks[index].name {
            case "cvsection": kind = .heading
            case "cventry": kind = .entry
            case "cvpair": kind = .pair
            case "cvtext": kind = .text
            case "cvitem": kind = .bullet
            case "cvnewpage":
                newPage = true
                return nil
            default: return nil
            }
            defer { newPage = false }
            return PagedBlock(kind: kind, path: paths[index], linePages: linePages[index], startsNewPage: newPage)
        }
    }
}

extension Resume {
    /// The indices of a section's entries that are shown: those with something in them.
    func shownEntries(_ section: SectionKind) -> [Int] {
        var finder = ShownEntries(resume: self)
        section.visit(&finder)
        return finder.indices
    }
}

/// The shown entries of whichever section visits it.
private struct ShownEntries: SectionVisitor {
    var resume: Resume
    var indices: [Int] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        let entries = table.entries.get(&resume)
        indices = entries.indices.filter { !table.isEmpty(entries[$0]) }
    }
}
