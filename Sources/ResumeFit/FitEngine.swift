import Foundation
import ResumeModel
import ResumeRender
import ResumeSupport
import ResumeThemes
import TeXTypesetting

/// Measures how a résumé fits its theme's pages without running TeX: it renders the theme's
/// LaTeX, reproduces pdfLaTeX's line and page breaking for it, and reports pages and lines.
public struct FitEngine: Sendable {
    public let theme: Theme
    /// Whether the model applies the built-in macros' page-break defaults; see `DocumentLayout`.
    var typographerDefaults = true

    public init(theme: Theme) {
        self.theme = theme
    }

    /// Why a résumé cannot be measured.
    public enum Problem: Error, CustomStringConvertible {
        case noLaTeX(theme: String)
        case unsupportedDocument(theme: String, reason: String)

        public var description: String {
            switch self {
            case .noLaTeX(let theme):
                "theme '\(theme)' has no LaTeX templates, and the fit is measured on the LaTeX output"
            case .unsupportedDocument(let theme, let reason):
                "theme '\(theme)': \(reason)"
            }
        }

        /// What a user can do about it.
        public var remedy: String {
            switch self {
            case .noLaTeX:
                "give the theme LaTeX templates, or lint with a theme that has them (--theme classic)"
            case .unsupportedDocument:
                "build the theme's document body only from the block macros the fit engine measures ("
                    + Block.allCases.filter { $0.role == .text }.map { "\\" + $0.rawValue }.joined(separator: ", ")
                    + ") and \\normalsize or \\color between them, or lint with a built-in theme (--theme classic)"
            }
        }
    }

    /// How many pages the résumé takes, for the LaTeX footer's page total; nil when the theme
    /// cannot be measured.
    package func pageCount(of resume: Resume) -> Int? {
        try? analyze(resume, lineSavers: .none).report.pages
    }

    /// Pages, lines per item and, for the items `lineSavers` names, what it takes to save a line.
    public func fit(_ resume: Resume, lineSavers: LineSavers = .all) throws -> FitReport {
        try analyze(resume, lineSavers: lineSavers).report
    }

    /// The whole measurement, with the rendered LaTeX and which block each item is, for
    /// verification against pdfLaTeX.
    func analyze(_ resume: Resume, lineSavers: LineSavers = .all) throws -> FitAnalysis {
        guard theme.formats.contains(.tex) else { throw Problem.noLaTeX(theme: theme.name) }
        return try analyze(Renderer(theme: theme).measuredLaTeX(resume), of: resume, lineSavers: lineSavers)
    }

    /// The fit of the document as rendered: its blocks, and the values the rendering marked in them.
    func analyze(_ rendered: MeasuredLaTeX, of resume: Resume, lineSavers: LineSavers = .all) throws -> FitAnalysis {
        let latex = rendered.latex
        let blocks: [BlockCall]
        do {
            blocks = try LaTeXBodyReader.read(document: latex).blocks
        } catch {
            throw Problem.unsupportedDocument(theme: theme.name, reason: "\(error)")
        }
        // Measured as rendered: with the résumé's own `meta.layout` values in place of the theme's.
        let manifest = theme.manifest.adjusted(by: resume.meta.layout)
        let typeface = resume.typeface(for: rendered.engine)
        var layout = DocumentLayout(manifest: manifest, typeface: typeface, cjkRegion: rendered.cjkRegion)
        layout.typographerDefaults = typographerDefaults
        // Which block each marked value is in is found on another thread while the paragraphs
        // are set, in a long document: the rest of the fit waits for both.
        let setting: Result<(nodes: [VerticalNode], paragraphs: [[SetParagraph]]), any Error>
        let matches: [MarkedItems.Match]
        let values = rendered.values
        let isLong = blocks.count >= Self.blocksWorthAThread
        (setting, matches) = ConcurrentMap.both(
            { Result { try layout.verticalList(blocks) } }, { MarkedItems.match(values, in: blocks) }, concurrently: isLong)
        let document: (nodes: [VerticalNode], paragraphs: [[SetParagraph]])
        do {
            document = try setting.get()
        } catch {
            throw Problem.unsupportedDocument(theme: theme.name, reason: "\(error)")
        }
        let pages = PageBuilder(goal: layout.textHeight, topSkip: layout.topSkip, maxDepth: layout.maxDepth)
            .pages(document.nodes)
        // Estimated as a whole: a XeLaTeX document measured with TFM metrics (none is: XeLaTeX
        // documents are measured with their OpenType faces, exactly but for what a paragraph marks
        // approximate).
        let isEstimated = rendered.engine == .xelatex && typeface == .latinModern
        let paragraphs = document.paragraphs
        // The items, and their line-savers (a few runs of the line breaker each), share the cores;
        // in a long document, the pages' blocks are listed on a thread of their own beside them.
        let itemPaths = Dictionary(matches.map { ($0.block, $0.value.place) }, uniquingKeysWith: { first, _ in first })
        let measureItems = { [self] in
            var items = matches.concurrentMap {
                item($0, resume: resume, paragraphs: paragraphs, pages: pages, isEstimated: isEstimated)
            }
            let saving = items.indices.filter { lineSavers.includes(items[$0]) }
            let savers = saving.concurrentMap { index in
                Self.charactersToSaveLine(of: matches[index], blocks: blocks, paragraphs: paragraphs)
            }
            for (index, saver) in zip(saving, savers) {
                items[index].charsToSaveLine = saver
            }
            return items
        }
        let nodes = document.nodes
        let listBlocks = { @Sendable in PagedBlock.blocks(blocks, nodes: nodes, pages: pages, itemPaths: itemPaths, resume: resume) }
        let (items, pagedBlocks) = ConcurrentMap.both(measureItems, listBlocks, concurrently: isLong)
        let baselineSkip = TeXLength.scaledPoints(manifest.layout[.baselineSkip])
        let lastPage = pages.last
        let freeLines = lastPage.map { Self.freeLines(goal: layout.textHeight, total: $0.total, baselineSkip: baselineSkip) } ?? 0
        let holdsOneBlock = pages.count > 1 && lastPage?.firstBlock == lastPage?.lastBlock
        let approximate = isEstimated || document.paragraphs.joined().contains { $0.isApproximate }
        let report = FitReport(
            theme: theme.name, pages: pages.count, nearPageBoundary: freeLines < 1 || holdsOneBlock,
            lastPageFreeLines: freeLines, linesPerPage: layout.textHeight / baselineSkip, approximate: approximate, items: items,
            blocks: pagedBlocks)
        // A long document's set paragraphs, each with its horizontal list, take a millisecond or
        // two to free: another thread frees them while the caller goes on.
        releaseInBackground(document)
        return FitAnalysis(
            latex: latex, blocks: blocks, pages: pages, report: report, itemBlocks: matches.map(\.block),
            baselineSkip: baselineSkip)
    }
}

extension FitEngine {
    /// How many blocks a document has before work beside the setting of its paragraphs and the
    /// measuring of its items gets a thread of its own: starting one costs about what a short
    /// document's work beside takes.
    static let blocksWorthAThread = 128

    /// How many more lines of body text fit on a page of height `goal` that holds `total` (TeX's
    /// `\vsize` and the height of its material, in sp): the report's `lastPageFreeLines`.
    static func freeLines(goal: Int, total: Int, baselineSkip: Int) -> Int {
        max(0, (goal - total) / baselineSkip)
    }
}

/// Everything one measurement found, kept for comparing with pdfLaTeX.
struct FitAnalysis {
    var latex: String
    var blocks: [BlockCall]
    var pages: [Page]
    var report: FitReport
    /// The block index of each report item.
    var itemBlocks: [Int]
    /// The body's `\baselineskip` in sp, the unit of the free lines on the last page.
    var baselineSkip: Int
}

/// Which items of a fit get their line-saver, `FitItem.charsToSaveLine`: each costs a few runs of
/// the line breaker, so a caller that shows only some asks only for those.
public enum LineSavers: Sendable {
    /// None: for callers that only count pages and lines (the footer's page total, the fit
    /// search's trials).
    case none
    /// Every item's: for a report that shows the whole fit.
    case all
    /// Those of the items `wanted` says yes to, asked of each item as measured without one.
    case only(_ wanted: @Sendable (FitItem) -> Bool)

    func includes(_ item: FitItem) -> Bool {
        switch self {
        case .none: false
        case .all: true
        case .only(let wanted): wanted(item)
        }
    }
}

private extension FitEngine {
    /// The item `match` is, as measured: its lines and page, without its line-saver.
    func item(
        _ match: MarkedItems.Match, resume: Resume, paragraphs: [[SetParagraph]], pages: [Page], isEstimated: Bool
    ) -> FitItem {
        // A value of several paragraphs (blank lines in the YAML) takes the lines of all of them.
        let sets = paragraphs[match.block]
        let location = resume.sourceMap[match.value.place]
        let page = pages.firstIndex { ($0.lastBlock ?? -1) >= match.block } ?? max(pages.count - 1, 0)
        return FitItem(
            path: match.value.place, line: location?.line ?? 0, column: location?.column ?? 0,
            lines: sets.reduce(0) { $0 + $1.lineCount }, charsToSaveLine: nil,
            lastLineWords: sets.last?.lastLineWords ?? 0,
            approximate: isEstimated || sets.isEmpty || sets.contains(where: \.isApproximate), page: page + 1,
            overfull: sets.contains(where: \.isOverfull))
    }

    /// How many characters of the value `match` must go for it to take a line less; nil when it
    /// sets in one line, or what to cut cannot be said of it alone.
    static func charactersToSaveLine(
        of match: MarkedItems.Match, blocks: [BlockCall], paragraphs: [[SetParagraph]]
    ) -> Int? {
        // What to cut is said of a value of one paragraph; the paragraph's line-saver counts from
        // its end, so it is the value's when the value ends the paragraph (nothing but closing
        // braces after it in the block's last argument), and only as far as the value goes.
        let sets = paragraphs[match.block]
        let block = blocks[match.block]
        guard sets.count == 1, let set = sets.first, set.lineCount > 1, match.argument == block.arguments.count - 1,
            block.arguments[match.argument][match.range.upperBound...].utf8.allSatisfy({ $0 == UInt8(ascii: "}") }),
            let cut = set.charactersToSaveLine, cut <= match.value.text.count
        else { return nil }
        return cut
    }
}
