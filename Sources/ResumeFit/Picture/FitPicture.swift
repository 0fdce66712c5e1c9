import ResumeRender

/// A picture of how a résumé fits its pages, as a reader would glance at them: the pages side by
/// side, each heading, entry and item a box as tall as its lines at its place on the page, the
/// lines left free on the last page, and the items a small cut would save a line of highlighted
/// with the characters to cut. Each box has a tooltip (`<title>`) with the résumé path and the
/// file's line. The same report always draws the same bytes.
public struct FitPicture: Sendable {
    public var report: FitReport
    /// The résumé file, named in the tooltips and the heading.
    public var file: String

    public init(report: FitReport, file: String) {
        self.report = report
        self.file = file
    }

    /// The height of one line of the page in the picture, in SVG units.
    package static let lineHeight = 6

    /// The picture as an SVG document.
    public var svg: String {
        let boxes = self.boxes
        let gaps = gapHeights(boxes)
        let lines = max(report.linesPerPage, boxes.map { $0.top + $0.lines }.max() ?? 0)
        let pageHeight = lines * Self.lineHeight
        let width = Self.margin + report.pages * (Self.pageWidth + Self.margin)
        let height = Self.top + pageHeight + Self.legendHeight
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            font-family="sans-serif" font-size="10">
            <style>\(Self.style)</style>

            """
        for page in 1...max(report.pages, 1) {
            let x = pageX(page)
            svg += """
                <g class="page" data-page="\(page)">
                <text x="\(x)" y="\(Self.top - 6)">page \(page)</text>
                <rect class="sheet" x="\(x)" y="\(Self.top)" width="\(Self.pageWidth)" height="\(pageHeight)"/>

                """
            for box in boxes where box.page == page { svg += draw(box, gap: gaps[page]) }
            if page == report.pages, report.lastPageFreeLines > 0 {
                let free = report.lastPageFreeLines
                let y = Self.top + pageHeight - free * Self.lineHeight
                svg += """
                    <rect class="free" x="\(x)" y="\(y)" width="\(Self.pageWidth)" height="\(free * Self.lineHeight)" \
                    data-lines="\(free)"><title>\(free) line\(free == 1 ? "" : "s") free on the last page</title></rect>
                    <text class="note" x="\(x + 4)" y="\(y + min(free * Self.lineHeight, 14) - 3)">\(free) line\(free == 1 ? "" : "s") free</text>

                    """
            }
            svg += "</g>\n"
        }
        svg += legend(y: Self.top + pageHeight + 18)
        return svg + "</svg>\n"
    }

    /// The picture on a page of its own, with the summary above it.
    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Fit of \(HTMLEscaping.text(file))</title>
        <style>body { font-family: sans-serif; margin: 2em; } p { max-width: 60em; }</style>
        </head>
        <body>
        <h1>Fit of \(HTMLEscaping.text(file))</h1>
        <p>\(HTMLEscaping.text(FitSummary.describe(report)))</p>
        \(svg)</body>
        </html>

        """
    }
}

extension FitPicture {
    /// One box of the picture: a block's lines on one page.
    struct Box: Equatable {
        var kind: PagedBlock.Kind
        var path: String?
        var page: Int
        /// The first line slot it takes on its page, from 0, and how many.
        var top: Int
        var lines: Int
        /// How many of the page's gaps (above headings and entries, and the header on page 1)
        /// are above it.
        var gapsAbove = 0
        /// The item it shows, for items.
        var item: FitItem?
        /// Whether the block started on an earlier page.
        var continued: Bool
    }

    /// The blocks in document order, stacked line by line on their pages, with a gap above each
    /// heading and entry (and the header on page 1); a block across a page break is a box on each
    /// page.
    var boxes: [Box] {
        let items = Dictionary(report.items.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var used = Array(repeating: 0, count: max(report.pages, 1) + 1)
        var gaps = used
        var boxes: [Box] = []
        func place(_ kind: PagedBlock.Kind, path: String?, linePages: [Int]) {
            var start = 0
            while start < linePages.count {
                let page = min(max(linePages[start], 1), used.count - 1)
                var end = start
                while end < linePages.count, linePages[end] == linePages[start] { end += 1 }
                let opensGap = start == 0 && (kind == .heading || kind == .entry) && (used[page] > 0 || page == 1)
                if opensGap { gaps[page] += 1 }
                boxes.append(
                    Box(
                        kind: kind, path: path, page: page, top: used[page], lines: end - start, gapsAbove: gaps[page],
                        item: path.flatMap { items[$0] }, continued: start > 0))
                used[page] += end - start
                start = end
            }
        }
        // Items the blocks do not name (a summary under the header) go before the next item they
        // do name, as items are in document order.
        let named = Set(report.blocks.compactMap(\.path))
        let order = Dictionary(report.items.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        var next = 0
        func placeItems(before end: Int) {
            while next < min(end, report.items.count) {
                let item = report.items[next]
                if !named.contains(item.path) {
                    place(.text, path: item.path, linePages: Array(repeating: item.page, count: item.lines))
                }
                next += 1
            }
        }
        for block in report.blocks {
            if let index = block.path.flatMap({ order[$0] }) { placeItems(before: index) }
            place(block.kind, path: block.path, linePages: block.linePages)
            if let index = block.path.flatMap({ order[$0] }) { next = max(next, index + 1) }
        }
        placeItems(before: report.items.count)
        return boxes
    }
}

private extension FitPicture {
    static let pageWidth = 180
    static let margin = 24
    static let top = 40
    static let legendEntries = [
        ("heading", "section heading"), ("entry", "entry title"), ("bullet", "item: highlight, summary, text"),
        ("bullet saver", "item a cut saves a line of: −N characters"), ("free", "lines free on the last page"),
    ]
    static var legendHeight: Int { 20 + legendEntries.count * 12 }

    static let style = """
        .sheet { fill: #fff; stroke: #888; }
        .heading { fill: #333; }
        .entry { fill: #8a8a8a; }
        .pair, .text, .bullet { fill: #bcd3ea; stroke: #fff; stroke-width: 0.5; }
        .saver { fill: #f2a541; }
        .free { fill: #e8f5e0; stroke: #7bb661; stroke-dasharray: 3 2; }
        .note { fill: #3d7a26; font-size: 9px; }
        .cut { fill: #7a3d00; font-size: 8px; }
        """

    /// The height of one gap on each page (index 0 unused), in lines: what the page holds beyond
    /// its lines, shared among its gaps, so that a page ends where TeX's does — at the foot, or on
    /// the last page above its free lines.
    func gapHeights(_ boxes: [Box]) -> [Double] {
        (0...max(report.pages, 1)).map { page in
            let onPage = boxes.filter { $0.page == page }
            guard let gaps = onPage.map(\.gapsAbove).max(), gaps > 0 else { return 0 }
            let used = onPage.map { $0.top + $0.lines }.max() ?? 0
            let filled = report.linesPerPage - (page == report.pages ? report.lastPageFreeLines : 0)
            return max(0, Double(filled - used) / Double(gaps))
        }
    }

    /// A coordinate with at most one decimal, the same on every machine.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    func pageX(_ page: Int) -> Int {
        Self.margin + (page - 1) * (Self.pageWidth + Self.margin)
    }

    /// How far in a kind of block starts: headings at the margin, entries a little in, text and
    /// items further, as the page sets them.
    static func indent(_ kind: PagedBlock.Kind) -> Int {
        switch kind {
        case .heading: 0
        case .entry, .pair: 4
        case .text: 8
        case .bullet: 14
        }
    }

    func draw(_ box: Box, gap: Double) -> String {
        let indent = Self.indent(box.kind)
        let x = pageX(box.page) + indent
        let y = Double(Self.top + box.top * Self.lineHeight) + Double(box.gapsAbove) * gap * Double(Self.lineHeight)
        let width = Self.pageWidth - indent - 4
        let height = box.lines * Self.lineHeight
        var classes = [box.kind.rawValue]
        var attributes = ""
        var title = box.path ?? box.kind.rawValue
        if let item = box.item {
            classes.append("item")
            if item.charsToSaveLine != nil { classes.append("saver") }
            attributes += " data-item-lines=\"\(item.lines)\""
            title = "\(item.path) (\(file):\(item.line)): \(item.lines) line\(item.lines == 1 ? "" : "s")"
            if let cut = item.charsToSaveLine { title += "; cut \(cut) character\(cut == 1 ? "" : "s") to save a line" }
        }
        if box.continued {
            classes.append("continued")
            title += ", continued"
        }
        if let path = box.path { attributes += " data-path=\"\(HTMLEscaping.text(path))\"" }
        var drawn = """
            <rect class="\(classes.joined(separator: " "))" x="\(x)" y="\(Self.number(y))" width="\(width)" height="\(height)" \
            data-page="\(box.page)" data-lines="\(box.lines)"\(attributes)><title>\(HTMLEscaping.text(title))</title></rect>

            """
        if let cut = box.item?.charsToSaveLine, !box.continued {
            drawn += "<text class=\"cut\" x=\"\(x + width - 2)\" y=\"\(Self.number(y + Double(min(height, 8) - 1)))\" text-anchor=\"end\">−\(cut)</text>\n"
        }
        return drawn
    }

    func legend(y: Int) -> String {
        var legend = "<g class=\"legend\">\n"
        for (row, (classes, label)) in Self.legendEntries.enumerated() {
            let top = y + row * 12
            legend += "<rect class=\"\(classes)\" x=\"\(Self.margin)\" y=\"\(top - 8)\" width=\"10\" height=\"8\"/>"
            legend += "<text x=\"\(Self.margin + 14)\" y=\"\(top)\">\(label)</text>\n"
        }
        return legend + "</g>\n"
    }
}
