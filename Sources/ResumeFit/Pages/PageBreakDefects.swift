/// A place where the typeset document breaks badly between pages.
package struct PageBreakDefect: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A section heading is the last thing on its page, its first entry on the next.
        case strandedHeading
        /// An entry starts at the foot of a page with fewer than two lines, the rest of it on the
        /// next: its title with `lines` lines of its text (0 or 1), or, for an entry without a
        /// title (`titled` false: a skill, a research interest), its own first line.
        case entryStartAtFoot(lines: Int, titled: Bool)
        /// The last line of an entry is alone at the top of a page.
        case entryLastLineAtTop
        /// A list's first bullet, one line, is alone at the foot of a page, the rest of the list on
        /// the next (`atTop` false); or its last bullet, one line, alone at the top of a page.
        case lonelyBullet(atTop: Bool)
        /// The last page holds only `lines` lines: that many must go for the document to end a
        /// page earlier.
        case shortLastPage(lines: Int)
    }

    public var kind: Kind
    /// The résumé value concerned: `work`, `work[1]`, `work[1].highlights[0]`; nil when the
    /// theme's blocks could not be paired with the résumé.
    public var path: String?
    /// The page the break ends (for a short last page, the last page).
    public var page: Int
}

extension PageBreakDefect {
    /// What the defect is and where, as `lint` and `fit` say it: "its title ends page 1 with only 1
    /// line of its text, …".
    public var message: String {
        switch kind {
        case .strandedHeading:
            return "the heading ends page \(page), its first entry starts page \(page + 1)"
        case .entryStartAtFoot(let lines, let titled):
            let start =
                titled
                ? "its title ends page \(page) with " + (lines == 0 ? "none of its text" : "only 1 line of its text")
                : "only its first line ends page \(page)"
            return start + ", the rest goes to page \(page + 1); keep-together: true moves it whole"
        case .entryLastLineAtTop:
            return "its last line stands alone at the top of page \(page + 1), apart from the rest on page \(page)"
        case .lonelyBullet(let atTop):
            return atTop
                ? "the last bullet of its list stands alone at the top of page \(page + 1)"
                : "the first bullet of its list stands alone at the foot of page \(page), the rest on page \(page + 1)"
        case .shortLastPage(let lines):
            let count = lines == 1 ? "1 line" : "\(lines) lines"
            return "page \(page) holds only \(count): \(count) must go to end on page \(page - 1)"
        }
    }
}

/// Finds where a measured document breaks badly, from the fit engine's page model: no TeX run.
/// `resume lint` reports these as the `page-break` rule; `resume fit` can call it as well.
package enum PageBreakDefects {
    /// A last page with at most this many lines is reported, unless the document has one page or
    /// a `new-page` key starts it.
    package static let defaultShortLastPage = 5

    /// Every defect of the report's pages, in document order, the short last page last.
    public static func find(in report: FitReport, shortLastPage: Int = defaultShortLastPage) -> [PageBreakDefect] {
        let blocks = report.blocks
        var defects: [PageBreakDefect] = []
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .heading:
                guard let page = block.linePages.last else { continue }
                let later = blocks[(index + 1)...].lazy.flatMap(\.linePages).first
                if let later, later > page {
                    defects.append(PageBreakDefect(kind: .strandedHeading, path: block.path, page: page))
                }
            case .entry, .pair:
                defects += entryDefects(blocks, at: index)
            case .bullet:
                defects += bulletDefects(blocks, at: index)
            case .text:
                continue
            }
        }
        // A last page that a new-page key starts is the user's choice, however short.
        let lastPageLines = blocks.reduce(0) { $0 + $1.linePages.count { $0 == report.pages } }
        let startsByRequest = blocks.first { $0.linePages.first == report.pages }?.startsNewPage ?? false
        if report.pages > 1, lastPageLines <= shortLastPage, !startsByRequest {
            let first = blocks.first { $0.linePages.contains(report.pages) && $0.path != nil }
            defects.append(PageBreakDefect(kind: .shortLastPage(lines: lastPageLines), path: first?.path, page: report.pages))
        }
        return defects
    }

    /// An entry whose title stays at a page's foot with fewer than two lines of its text, or whose
    /// last line is alone at the top of a page.
    private static func entryDefects(_ blocks: [PagedBlock], at index: Int) -> [PageBreakDefect] {
        let entry = blocks[index]
        guard let titlePage = entry.linePages.last else { return [] }
        let body = blocks[(index + 1)...].prefix { $0.kind == .text || $0.kind == .bullet }
        let lines = (entry.kind == .pair ? entry.linePages : []) + body.flatMap(\.linePages)
        guard let lastPage = lines.last, lastPage > titlePage else { return [] }
        var defects: [PageBreakDefect] = []
        let withTitle = lines.count { $0 == titlePage }
        if withTitle < 2 {
            defects.append(
                PageBreakDefect(
                    kind: .entryStartAtFoot(lines: withTitle, titled: entry.kind == .entry), path: entry.path, page: titlePage))
        }
        if lines.count(where: { $0 == lastPage }) == 1, lines.count > 1 {
            let path = body.last { $0.linePages.contains(lastPage) }?.path ?? entry.path
            defects.append(PageBreakDefect(kind: .entryLastLineAtTop, path: path, page: lastPage - 1))
        }
        return defects
    }

    /// A list's first bullet of one line alone at a page's foot, or its last alone at the top,
    /// unless that break is already an entry's defect (its title with one line of text, or its
    /// last line alone).
    private static func bulletDefects(_ blocks: [PagedBlock], at index: Int) -> [PageBreakDefect] {
        let bullet = blocks[index]
        guard bullet.linePages.count == 1, let page = bullet.linePages.first else { return [] }
        let previous = index > 0 ? blocks[index - 1] : nil
        let next = index + 1 < blocks.count ? blocks[index + 1] : nil
        let isFirst = previous?.kind != .bullet
        let isLast = next?.kind != .bullet
        if isFirst, !isLast, let next, let nextPage = next.linePages.first, nextPage > page, previous?.kind != .entry,
            previous?.kind != .pair
        {
            return [PageBreakDefect(kind: .lonelyBullet(atTop: false), path: bullet.path, page: page)]
        }
        if isLast, !isFirst, let previousPage = previous?.linePages.last, previousPage < page {
            let entryEnds = next == nil || next?.kind == .heading || next?.kind == .entry || next?.kind == .pair
            guard !entryEnds else { return [] }  // the entry's last line alone: an entry defect
            return [PageBreakDefect(kind: .lonelyBullet(atTop: true), path: bullet.path, page: previousPage)]
        }
        return []
    }
}
