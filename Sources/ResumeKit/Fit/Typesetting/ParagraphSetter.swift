/// Sets one paragraph of LaTeX text as pdfLaTeX does: builds its horizontal list with Latin
/// Modern's metrics, breaks it with TeX's line breaker and packs the lines.
public struct ParagraphSetter: Sendable {
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
        var breaks = LineBreaker(parameters: parameters).breakLines(list.nodes)
        if breaks.pass != .first, hyphenation.apply(to: &nodes) {
            // The first pass failed: TeX hyphenates as its second pass goes, then breaks again.
            var hyphenating = parameters
            hyphenating.pretolerance = -1
            list = BreakableList(nodes, style: style)
            breaks = LineBreaker(parameters: hyphenating).breakLines(list.nodes)
        }
        let (lines, isOverfull) = list.lines(breaks, parameters: parameters)
        return SetParagraph(
            lines: lines, isOverfull: isOverfull, isApproximate: builder.isApproximate,
            lastLineWords: Self.wordsOnLastLine(breaks))
    }

    /// How many characters must go from the end of `value` for the paragraph to lose a line, where
    /// `latex` turns a value into the paragraph's text (escaping it and adding what the block
    /// macro adds); nil when the paragraph has one line or even an empty value keeps its lines.
    /// `set` is the paragraph as already set with the whole value, when the caller has it.
    ///
    /// The answer is read off the break positions of the paragraph as set: the last line must
    /// join the one before it, so the width to cut is what the two together take beyond that
    /// line's width, in characters of the paragraph's average width. Two settings confirm it —
    /// dropping that many loses the line, dropping one fewer does not — which keeps the answer
    /// TeX's own; where the estimate misses (a break TeX moved, a ligature), the search steps
    /// from it and bisects, as line counts only fall as text gets shorter, except in rare ties.
    public func charactersToSaveLine(
        value: String, style: ParagraphStyle, set alreadySet: SetParagraph? = nil, latex: (String) -> String
    ) -> Int? {
        // Where each character starts, and the end: a shorter value is a prefix, cut without copying characters.
        let ends = Array(value.indices) + [value.endIndex]
        let characters = ends.dropLast()
        func lines(dropping count: Int) -> [LineBox] {
            set(latex(String(value[..<ends[ends.count - 1 - count]])), style: style).lines
        }
        let fullLines = alreadySet?.lines ?? lines(dropping: 0)
        let full = fullLines.count
        guard full > 1, !characters.isEmpty else { return nil }
        func losesLine(dropping count: Int) -> Bool { lines(dropping: count).count < full }

        var keeps = 0
        var loses: Int?  // nil until a cut is found that loses a line
        var probe = min(max(Self.estimate(fullLines, characters: characters.count, style: style), 1), characters.count)
        var step = 1
        if losesLine(dropping: probe) {
            loses = probe
            while let known = loses, known - step > keeps {
                probe = known - step
                if losesLine(dropping: probe) { loses = probe } else { keeps = probe; break }
                step *= 2
            }
        } else {
            keeps = probe
            while loses == nil {
                probe = min(keeps + step, characters.count)
                if losesLine(dropping: probe) {
                    loses = probe
                } else if probe == characters.count {
                    return nil  // even an empty value keeps the lines
                } else {
                    keeps = probe
                }
                step *= 2
            }
        }
        guard var loses else { return nil }
        while loses - keeps > 1 {
            let middle = (keeps + loses) / 2
            if losesLine(dropping: middle) { loses = middle } else { keeps = middle }
        }
        return loses
    }

    /// The characters to cut for the last line to join the one before it, from the lines' widths:
    /// the two lines' material and a space, less the width of the line before the last, at the
    /// paragraph's average width per character.
    static func estimate(_ lines: [LineBox], characters: Int, style: ParagraphStyle) -> Int {
        let total = lines.reduce(0) { $0 + $1.naturalWidth }
        guard total > 0, characters > 0, lines.count > 1 else { return characters / max(lines.count, 1) }
        let perCharacter = Double(total) / Double(characters)
        let shape = style.parameters.lineShape
        let joined = lines.count - 1  // the number of the line before the last, from 1
        let width = joined <= shape.lastSpecialLine ? shape.firstWidth : shape.secondWidth
        let over = Double(lines[lines.count - 2].naturalWidth + lines[lines.count - 1].naturalWidth - width) + perCharacter
        return Int((over / perCharacter).rounded(.up))
    }

    /// The words on the last line: the glue between the last break and the end of the paragraph,
    /// less the glue a break discards and the closing `\parfillskip`, plus one.
    static func wordsOnLastLine(_ breaks: LineBreaks) -> Int {
        guard breaks.breakIndices.count > 1 else { return 0 }
        var index = breaks.breakIndices[breaks.breakIndices.count - 2] + 1
        while index < breaks.nodes.count, breaks.nodes[index].isDiscardable { index += 1 }
        let spaces = breaks.nodes[index...].dropLast().filter { if case .glue = $0 { true } else { false } }.count
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
