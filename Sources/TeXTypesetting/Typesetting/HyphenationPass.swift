import TeXHyphenation

/// Inserts the discretionary hyphens TeX's second line-breaking pass finds: after every glue node
/// it looks for the next word and hyphenates it when TeX's rules allow (TeX: The Program §866,
/// §894–§903).
struct HyphenationPass {
    let hyphenator: Hyphenator

    /// Hyphenates the word after each glue in `nodes`; returns whether anything changed.
    func apply(to nodes: inout [ListNode]) -> Bool {
        var changed = false
        var index = 0
        while index < nodes.count {
            if case .glue = nodes[index], hyphenateWord(after: index, in: &nodes) { changed = true }
            index += 1
        }
        return changed
    }
}

private extension HyphenationPass {
    /// §896–§899 for the word after the glue at `glue`; replaces its glyph runs by the
    /// reconstituted word with discretionaries.
    func hyphenateWord(after glue: Int, in nodes: inout [ListNode]) -> Bool {
        guard let (first, item) = firstLetter(after: glue, in: nodes),
            case .glyphs(let run) = nodes[first]
        else { return false }
        var start = first
        if item == 0, first - 1 > glue, case .glyphs(let previous) = nodes[first - 1], previous.font === run.font {
            start = first - 1
        }
        var end = first
        while end + 1 < nodes.count, case .glyphs(let next) = nodes[end + 1], next.font === run.font { end += 1 }
        guard permitsHyphenation(after: end, in: nodes) else { return false }

        var items: [TypesetItem] = []
        for index in start...end {
            if case .glyphs(let part) = nodes[index] { items += part.items }
        }
        let letters = items.reduce(0) { count, item in
            switch item {
            case .character(let code): count + (CharacterCodes.isLetter(code) ? 1 : 0)
            case .ligature(_, let components, _, _): count + components.count
            default: count
            }
        }
        guard letters >= hyphenator.leftHyphenMin + hyphenator.rightHyphenMin else { return false }
        let hyphenator = self.hyphenator
        let hyphenated = run.font.scaled.hyphenate(
            items, isLetter: CharacterCodes.isLetter,
            hyphenPositions: { letters in
                Set(hyphenator.hyphenationPoints(ofLowercaseCodes: letters.map(CharacterCodes.lowercaseCode)))
            },
            leftHyphenMin: hyphenator.leftHyphenMin, rightHyphenMin: hyphenator.rightHyphenMin)
        guard hyphenated != items else { return false }
        nodes.replaceSubrange(start...end, with: [.glyphs(GlyphRun(font: run.font, items: hyphenated))])
        return true
    }

    /// §896: skipping non-letters, font kerns and whatsits, the node and item index of the first
    /// letter after the glue, or nil when something else comes first.
    func firstLetter(after glue: Int, in nodes: [ListNode]) -> (node: Int, item: Int)? {
        var index = glue + 1
        while index < nodes.count {
            switch nodes[index] {
            case .whatsit:
                break
            case .glyphs(let run):
                for (position, item) in run.items.enumerated() {
                    switch item {
                    case .character(let code):
                        if CharacterCodes.isLetter(code) { return (index, position) }
                    case .ligature(_, let components, _, _):
                        if let code = components.first, CharacterCodes.isLetter(code) { return (index, position) }
                    case .kern:
                        break
                    case .discretionary:
                        return nil
                    }
                }
            case .glue, .kern, .penalty, .box, .discretionary:
                return nil
            }
            index += 1
        }
        return nil
    }

    /// §899: what follows the word's font run must be characters, ligatures and font kerns up to
    /// glue, a penalty, an explicit kern, a whatsit or the end; a box or discretionary forbids it.
    func permitsHyphenation(after end: Int, in nodes: [ListNode]) -> Bool {
        var index = end + 1
        while index < nodes.count {
            switch nodes[index] {
            case .glyphs(let run):
                if run.items.contains(where: { if case .discretionary = $0 { true } else { false } }) { return false }
            case .whatsit, .glue, .penalty, .kern:
                return true
            case .box, .discretionary:
                return false
            }
            index += 1
        }
        return true
    }
}
