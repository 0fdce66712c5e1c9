/// The shortcut for a paragraph that fits on its first line with infinitely stretchable glue and
/// no negative penalty: TeX's first pass then sets it as that one line, whose demerits
/// (`\linepenalty`², badness 0) are below those of any paragraph of two or more lines.
struct OneLineParagraph {
    let line: LineBox

    /// The single line, or nil when the shortcut does not apply and the line breaker must decide.
    init?(_ nodes: [ListNode], parameters: LineBreakParameters) {
        guard parameters.linePenalty >= 0, parameters.pretolerance >= 0 else { return nil }
        var extent = Extent(width: parameters.leftSkip.width + parameters.rightSkip.width + parameters.parFillSkip.width)
        /// The line's glue, for its stretch of each order.
        var glues = Widths()
        glues.add(parameters.leftSkip)
        glues.add(parameters.rightSkip)
        glues.add(parameters.parFillSkip)
        // TeX removes glue that ends the paragraph before adding \parfillskip.
        let count = if case .glue = nodes.last { nodes.count - 1 } else { nodes.count }
        for node in nodes[..<count] {
            switch node {
            case .glyphs(let run):
                extent.append(run.extent)
            case .glue(let glue):
                extent.width += glue.width
                glues.add(glue)
            case .kern(let width):
                extent.width += width
            case .penalty(let value):
                guard value >= 0 else { return nil }
            case .whatsit:
                break
            case .box(let box):
                extent.append(box)
            case .discretionary(let discretionary):
                guard discretionary.penalty >= 0 else { return nil }
                extent.append(discretionary.noBreak)
            }
        }
        let shape = parameters.lineShape
        let width = shape.lastSpecialLine >= 1 ? shape.firstWidth : shape.secondWidth
        guard extent.width <= width, glues.hasInfiniteStretch || extent.width == width else {
            return nil
        }
        line = LineBox(height: extent.height, depth: extent.depth, naturalWidth: extent.width)
    }
}
