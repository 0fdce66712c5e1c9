/// Sets one paragraph of LaTeX text as pdfLaTeX does: builds its horizontal list with Latin
/// Modern's metrics, breaks it with TeX's line breaker and packs the lines.
package struct ParagraphSetter: Sendable {
    /// Made when a paragraph first needs the second pass: most résumé paragraphs never do, and
    /// building the pattern trie is a noticeable part of a short run.
    private var hyphenation: HyphenationPass { HyphenationPass(hyphenator: .english) }

    public init() {}

    /// The lines of a paragraph whose text is `latex` (what a block macro puts between the start
    /// of its paragraph and `\par`), set in `style`.
    public func set(_ latex: String, style: ParagraphStyle) -> SetParagraph {
        var builder = HorizontalListBuilder(
            style: style, tokens: LaTeXTokenizer.tokens(latex), font: style.font, isRestricted: false)
        if style.startsWithIndentBox { builder.appendBox(Extent(width: style.parIndent)) }
        builder.interpretAll()
        var nodes = builder.nodes
        // TeX drops a paragraph with an empty list (§1096): no lines at all.
        guard !nodes.isEmpty else { return SetParagraph(lines: [], isOverfull: false, isApproximate: builder.isApproximate) }

        var parameters = style.parameters
        if let glue = builder.leftSkip { parameters.leftSkip = glue }
        if let glue = builder.rightSkip { parameters.rightSkip = glue }
        if let glue = builder.parFillSkip { parameters.parFillSkip = glue }

        if let single = OneLineParagraph(nodes, parameters: parameters) {
            return SetParagraph(lines: [single.line], isOverfull: false, isApproximate: builder.isApproximate, lastLineWords: 0)
        }
        var list = BreakableList(nodes, style: style)
        var breaking = parameters
        var breaks = LineBreaker(parameters: breaking).breakLines(list.nodes)
        if breaks.pass != .first, hyphenation.apply(to: &nodes) {
            // The first pass failed: TeX hyphenates as its second pass goes, then breaks again.
            breaking.pretolerance = -1
            list = BreakableList(nodes, style: style)
            breaks = LineBreaker(parameters: breaking).breakLines(list.nodes)
        }
        let (lines, isOverfull) = list.lines(breaks, parameters: parameters)
        return SetParagraph(
            lines: lines, isOverfull: isOverfull, isApproximate: builder.isApproximate,
            lastLineWords: Self.wordsOnLastLine(breaks),
            lineSaver: lines.count > 1 ? LineSaver(list: nodes, breaks: breaks, parameters: breaking, style: style) : nil)
    }

    /// The words on the last line: the glue between the last break and the end of the paragraph,
    /// less the glue a break discards and the closing `\parfillskip`, plus one.
    static func wordsOnLastLine(_ breaks: LineBreaks) -> Int {
        guard breaks.breakIndices.count > 1 else { return 0 }
        var index = breaks.breakIndices[breaks.breakIndices.count - 2] + 1
        while index < breaks.nodes.count, breaks.nodes[index].isDiscardable { index += 1 }
        var spaces = 0
        for node in breaks.nodes[index...].dropLast() {
            if case .glue = node { spaces += 1 }
        }
        return spaces + 1
    }
}

private extension HorizontalNode {
    /// Glue, penalties and explicit kerns vanish at the start of a line.
    var isDiscardable: Bool {
        switch self {
        case .glue, .penalty: true
        case .kern(_, let explicit): explicit
        default: false
        }
    }
}
