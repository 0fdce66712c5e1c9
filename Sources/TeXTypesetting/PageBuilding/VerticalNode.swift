/// One item of the document's main vertical list, as TeX's page builder sees it; dimensions in sp.
package enum VerticalNode: Sendable, Equatable {
    /// A line of a paragraph (or any box); `block` is the index of the block it belongs to.
    case box(height: Int, depth: Int, block: Int)
    /// A rule (`\hrule`): like a box, but no interline glue is added after it.
    case rule(height: Int, depth: Int, block: Int)
    /// Fixed vertical space; the page model uses no stretchable glue but `\vfil`.
    case glue(Int)
    /// `\vfil`: 0pt plus 1fil, as LaTeX puts at the end of the last page.
    case fil
    case kern(Int)
    case penalty(Int)
    /// A colour change, link or other special: takes no space, but glue after it may break a page.
    case whatsit
}

/// Builds a vertical list the way TeX's vertical mode does: interline glue from `\baselineskip`,
/// `\lineskip` and `\lineskiplimit` between boxes (tex.web §679), and the penalties TeX puts
/// between the lines of a paragraph (§890).
package struct VerticalListBuilder {
    package private(set) var nodes: [VerticalNode] = []
    /// `\prevdepth`; nil after a rule or at the start (TeX's `ignore_depth`).
    private var previousDepth: Int?
    package var lineSkip = 65536
    package var lineSkipLimit = 0

    package init() {}

    package mutating func appendGlue(_ width: Int) {
        nodes.append(.glue(width))
    }

    package mutating func appendPenalty(_ value: Int) {
        nodes.append(.penalty(value))
    }

    /// What `\end{document}` adds: LaTeX's `\newpage` backs up by the last depth, at most
    /// `\maxdepth`, then `\vfil\penalty-10000` ends the page.
    package mutating func appendDocumentEnd(maxDepth: Int) {
        if let previousDepth, previousDepth > 0 { nodes.append(.glue(-min(previousDepth, maxDepth))) }
        nodes.append(.fil)
        nodes.append(.penalty(TeXConstants.ejectPenalty))
    }

    package mutating func appendWhatsit() {
        nodes.append(.whatsit)
    }

    /// Appends a box with the interline glue that `\baselineskip` asks for before it.
    package mutating func appendBox(height: Int, depth: Int, baselineSkip: Int, block: Int) {
        if let previousDepth {
            let distance = baselineSkip - previousDepth - height
            nodes.append(.glue(distance < lineSkipLimit ? lineSkip : distance))
        }
        nodes.append(.box(height: height, depth: depth, block: block))
        previousDepth = depth
    }

    package mutating func appendRule(height: Int, depth: Int, block: Int) {
        nodes.append(.rule(height: height, depth: depth, block: block))
        previousDepth = nil
    }

    /// The lines of a paragraph with the penalties between them: `\interlinepenalty`, plus
    /// `\clubpenalty` after the first line, `\widowpenalty` before the last, and
    /// `\brokenpenalty` after a line that ends in a hyphen.
    package mutating func appendParagraph(_ lines: [(height: Int, depth: Int, endsWithHyphen: Bool)], baselineSkip: Int, penalties: ParagraphPenalties, block: Int) {
        for (index, line) in lines.enumerated() {
            appendBox(height: line.height, depth: line.depth, baselineSkip: baselineSkip, block: block)
            guard index < lines.count - 1 else { break }
            var penalty = penalties.interline
            if index == 0 { penalty += penalties.club }
            if index == lines.count - 2 { penalty += penalties.widow }
            if line.endsWithHyphen { penalty += penalties.broken }
            if penalty != 0 { appendPenalty(penalty) }
        }
    }
}

/// The penalties between the lines of a paragraph.
package struct ParagraphPenalties: Sendable {
    package var interline = 0
    package var club = 150
    package var widow = 150
    package var broken = 100

    package init(interline: Int = 0, club: Int = 150, widow: Int = 150, broken: Int = 100) {
        self.interline = interline
        self.club = club
        self.widow = widow
        self.broken = broken
    }
}
