import Foundation

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

    /// Pages, lines per item and, unless `measuringLineSavers` is false, what it takes to save a
    /// line (the costliest part: each multi-line item is set again a few times).
    /// How many pages the résumé takes, for the LaTeX footer's page total; nil when the theme
    /// cannot be measured.
    public func pageCount(of resume: Resume) -> Int? {
        try? fit(resume, measuringLineSavers: false).pages
    }

    public func fit(_ resume: Resume, measuringLineSavers: Bool = true) throws -> FitReport {
        try analyze(resume, measuringLineSavers: measuringLineSavers).report
    }

    /// The whole measurement, with the rendered LaTeX and which block each item is, for
    /// verification against pdfLaTeX.
    func analyze(_ resume: Resume, measuringLineSavers: Bool = true) throws -> FitAnalysis {
        guard theme.formats.contains(.tex) else { throw Problem.noLaTeX(theme: theme.name) }
        let latex = try Renderer(theme: theme).render(resume, as: .tex)
        return try analyze(latex: latex, of: resume, measuringLineSavers: measuringLineSavers)
    }

    /// The fit of a résumé's LaTeX as this theme rendered it: lines and pages without rendering
    /// again, for callers that already have the document.
    public func fit(latex: String, of resume: Resume, measuringLineSavers: Bool = true) throws -> FitReport {
        try analyze(latex: latex, of: resume, measuringLineSavers: measuringLineSavers).report
    }

    func analyze(latex: String, of resume: Resume, measuringLineSavers: Bool) throws -> FitAnalysis {
        let blocks: [BlockCall]
        do {
            blocks = try LaTeXBodyReader.read(document: latex).blocks
        } catch {
            throw Problem.unsupportedDocument(theme: theme.name, reason: "\(error)")
        }
        // Measured as rendered: with the résumé's own `meta.layout` values in place of the theme's.
        let manifest = theme.manifest.adjusted(by: resume.meta.layout)
        var layout = DocumentLayout(manifest: manifest)
        layout.typographerDefaults = typographerDefaults
        let document: (nodes: [VerticalNode], paragraphs: [[SetParagraph]])
        do {
            document = try layout.verticalList(blocks)
        } catch {
            throw Problem.unsupportedDocument(theme: theme.name, reason: "\(error)")
        }
        let pages = PageBuilder(goal: layout.textHeight, topSkip: layout.topSkip, maxDepth: layout.maxDepth)
            .pages(document.nodes)
        let matches = ItemMatcher(values: resume.proseValues).match(blocks)
        let isXeLaTeX = latex.hasPrefix(Renderer.texHeader(for: .xelatex))
        let items = matches.map { match in
            item(
                match, resume: resume, blocks: blocks, paragraphs: document.paragraphs, pages: pages, layout: layout,
                isXeLaTeX: isXeLaTeX, measuringLineSaver: measuringLineSavers)
        }
        let baselineSkip = TeXLength.scaledPoints(manifest.layout[.baselineSkip])
        let lastPage = pages.last
        let freeLines = lastPage.map { Self.freeLines(goal: layout.textHeight, total: $0.total, baselineSkip: baselineSkip) } ?? 0
        let holdsOneBlock = pages.count > 1 && lastPage?.firstBlock == lastPage?.lastBlock
        let approximate = isXeLaTeX || document.paragraphs.joined().contains { $0.isApproximate }
        let itemPaths = Dictionary(matches.map { ($0.block, $0.value.path) }, uniquingKeysWith: { first, _ in first })
        let report = FitReport(
            theme: theme.name, pages: pages.count, nearPageBoundary: freeLines < 1 || holdsOneBlock,
            lastPageFreeLines: freeLines, linesPerPage: layout.textHeight / baselineSkip, approximate: approximate, items: items,
            blocks: PagedBlock.blocks(blocks, nodes: document.nodes, pages: pages, itemPaths: itemPaths, resume: resume))
        return FitAnalysis(
            latex: latex, blocks: blocks, pages: pages, report: report, itemBlocks: matches.map(\.block),
            baselineSkip: baselineSkip)
    }
}

extension FitEngine {
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

private extension FitEngine {
    func item(
        _ match: ItemMatcher.Match, resume: Resume, blocks: [BlockCall], paragraphs: [[SetParagraph]],
        pages: [Page], layout: DocumentLayout, isXeLaTeX: Bool, measuringLineSaver: Bool
    ) -> FitItem {
        let set = paragraphs[match.block].first
        let location = resume.sourceMap[match.value.path]
        let block = blocks[match.block]
        let escaped = LaTeXEscaping.text(match.value.text)
        var charsToSaveLine: Int?
        if measuringLineSaver, let paragraph = layout.paragraph(of: block),
            let (argument, range) = block.arguments.indices.lazy
                .compactMap({ index in ItemMatcher.byteRange(of: escaped, in: block.arguments[index]).map { (index, $0) } }).first {
            // Each shorter value takes the place of the value in the block's argument.
            let before = block.arguments[argument][..<range.lowerBound]
            let after = block.arguments[argument][range.upperBound...]
            charsToSaveLine = layout.setter.charactersToSaveLine(value: match.value.text, style: paragraph.style, set: set) { shorter in
                var changed = block
                changed.arguments[argument] = before + LaTeXEscaping.text(shorter) + after
                return layout.paragraph(of: changed)?.latex ?? ""
            }
        }
        let page = pages.firstIndex { ($0.lastBlock ?? -1) >= match.block } ?? max(pages.count - 1, 0)
        return FitItem(
            path: match.value.path, line: location?.line ?? 0, column: location?.column ?? 0,
            lines: set?.lineCount ?? 0, charsToSaveLine: charsToSaveLine, lastLineWords: set?.lastLineWords ?? 0,
            approximate: isXeLaTeX || (set?.isApproximate ?? true), page: page + 1, overfull: set?.isOverfull ?? false)
    }
}

/// Pairs the résumé's prose values with the blocks that render them, in document order.
///
/// Each value, in order, takes the block that shows it: the first block after the last match with
/// an argument that is exactly the value's text (or the text in one command, `\textit{…}`), else
/// the first that contains it. The search for a
/// value stops at another value's own block (an argument that is exactly a later value's text), or,
/// once a block containing the value was seen, at a block containing the next value; a value not
/// found before then is not rendered. So a list such as a course list or keywords that happens to
/// contain a later value's text never takes that value and the values before it with it.
struct ItemMatcher {
    struct Match {
        var value: ProseValue
        var block: Int
    }

    let values: [ProseValue]

    func match(_ blocks: [BlockCall]) -> [Match] {
        let escaped = values.map { Array(LaTeXEscaping.text($0.text).utf8) }
        // The values each exact text belongs to, to tell another value's own block.
        var owners: [[UInt8]: [Int]] = [:]
        for (index, text) in escaped.enumerated() { owners[text, default: []].append(index) }
        let paragraphs = blocks.indices.filter { Block(command: blocks[$0].name)?.isProse == true }
        // Each argument as written, and without a command around it (`\textit{…}`).
        let arguments = paragraphs.map { paragraph in
            blocks[paragraph].arguments.flatMap { argument in
                [argument, Self.unwrapped(argument)].compactMap { $0.map { Array($0.utf8) } }
            }
        }
        var matches: [Match] = []
        var cursor = 0  // in `paragraphs`
        for (index, text) in escaped.enumerated() {
            var found: Int?
            for candidate in cursor..<paragraphs.count {
                let shown = arguments[candidate]
                if shown.contains(text) {
                    found = candidate
                    break
                }
                let ownsLaterValue = shown.contains { argument in owners[argument]?.contains { owner in owner > index } ?? false }
                if ownsLaterValue { break }
                if found == nil {
                    if shown.contains(where: { Self.bytes($0, contain: text) }) { found = candidate }
                } else if index + 1 < escaped.count, shown.contains(where: { Self.bytes($0, contain: escaped[index + 1]) }) {
                    break
                }
            }
            guard let found else { continue }
            matches.append(Match(value: values[index], block: paragraphs[found]))
            cursor = found + 1
        }
        return matches
    }

    /// The argument of a command that is the whole of `argument`: `text` for `\textit{text}`.
    static func unwrapped(_ argument: String) -> String? {
        guard argument.hasPrefix("\\") else { return nil }
        var rest = argument.dropFirst().drop { $0.isLetter }
        guard rest.count < argument.count - 1, let inner = try? LaTeXBodyReader.group(&rest), rest.isEmpty else { return nil }
        return inner
    }

    /// Where `needle` first occurs in `text`, found byte for byte (a value's text in its block's
    /// argument: `firstRange(of:)` compares characters, several times slower).
    static func byteRange(of needle: String, in text: String) -> Range<String.Index>? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            guard haystack[start..<(start + pattern.count)].elementsEqual(pattern) else { continue }
            let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
            return lower..<text.utf8.index(lower, offsetBy: pattern.count)
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        if needle.count == haystack.count { return needle == haystack }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
