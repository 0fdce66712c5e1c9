/// A paragraph's horizontal list in the form the line breaker reads, with the heights and depths
/// it drops, so the lines it chooses can be packed into boxes afterwards.
struct BreakableList {
    private(set) var nodes: [HorizontalNode] = []
    /// For each node: its extent (for a discretionary, that of its unbroken text).
    private(set) var extents: [Extent] = []
    /// For each discretionary node: the extents of its pre-break and post-break texts.
    private(set) var breakExtents: [Int: (pre: Extent, post: Extent)] = [:]

    init(_ list: [ListNode], style: ParagraphStyle) {
        nodes.reserveCapacity(list.count * 2)
        extents.reserveCapacity(list.count * 2)
        // By index, not by element: the nodes are read in place rather than copied out one by one.
        for index in list.indices {
            switch list[index] {
            case .glyphs(let run): appendGlyphs(run, style: style)
            case .glue(let glue): appendNode(.glue(glue), Extent(width: glue.width))
            case .kern(let width): appendNode(.kern(width: width, explicit: true), Extent(width: width))
            case .penalty(let value): appendNode(.penalty(value), Extent())
            case .whatsit: appendBox(Extent())
            case .box(let extent): appendBox(extent)
            case .discretionary(let discretionary):
                appendDiscretionary(
                    Discretionary(
                        preBreak: discretionary.preBreak?.width ?? 0, postBreak: discretionary.postBreak?.width,
                        noBreak: discretionary.noBreak.width, automatic: false, penalty: discretionary.penalty),
                    pre: discretionary.preBreak ?? Extent(), post: discretionary.postBreak ?? Extent(),
                    noBreak: discretionary.noBreak)
            }
        }
    }

    /// Packs the lines between the breaks into boxes as TeX's `post_line_break` does (§877–§881):
    /// a discretionary's pre-break text ends its line and its post-break text starts the next, and
    /// glue, penalties and explicit kerns after a break are discarded.
    func lines(_ breaks: LineBreaks, parameters: LineBreakParameters) -> (lines: [LineBox], isOverfull: Bool) {
        var boxes: [LineBox] = []
        boxes.reserveCapacity(breaks.breakIndices.count)
        var isOverfull = false
        let shape = parameters.lineShape
        let all = breaks.nodes
        var previous: Int?
        for (number, end) in breaks.breakIndices.enumerated() {
            var extent = Extent(width: parameters.leftSkip.width + parameters.rightSkip.width)
            var shrink = parameters.leftSkip.shrink + parameters.rightSkip.shrink
            var index = 0
            if let previous {
                index = previous + 1
                var prunes = true
                if case .discretionary(let discretionary) = all[previous] {
                    extent.append(breakExtents[previous]?.post ?? Extent())
                    prunes = discretionary.postBreak == nil
                }
                while prunes, index < end {
                    switch all[index] {
                    case .glue, .penalty: index += 1
                    case .kern(_, let explicit) where explicit: index += 1
                    default: prunes = false
                    }
                }
            }
            while index < end {
                switch all[index] {
                case .glue(let glue):
                    extent.width += glue.width
                    shrink += glue.shrink
                case .kern(let width, _):
                    extent.width += width
                case .penalty:
                    break
                case .box, .discretionary:
                    extent.append(index < extents.count ? extents[index] : Extent())
                }
                index += 1
            }
            if end < all.count, case .discretionary = all[end] {
                extent.append(breakExtents[end]?.pre ?? Extent())
            }
            let width = number + 1 > shape.lastSpecialLine ? shape.secondWidth : shape.firstWidth
            if extent.width - shrink - width > Self.hfuzz { isOverfull = true }
            boxes.append(LineBox(height: extent.height, depth: extent.depth, naturalWidth: extent.width))
            previous = end
        }
        return (boxes, isOverfull)
    }

    /// `\hfuzz`: how far a line may stick out before TeX calls it overfull (0.1pt).
    static let hfuzz = 6554
}

private extension BreakableList {
    /// Appends a run's characters, ligatures and font kerns as boxes, each stretch of them
    /// between discretionaries summed before it is appended as one: the whole run when it holds
    /// none. (A box's height and depth count from zero in its line, as the run's do.)
    mutating func appendGlyphs(_ run: GlyphRun, style: ParagraphStyle) {
        guard run.hasDiscretionary else {
            if !run.items.isEmpty { appendBox(run.extent) }
            return
        }
        let font = run.font
        var box: Extent?
        for item in run.items {
            switch item {
            case .character(let code), .ligature(let code, _, _, _):
                box.append(font.extent(of: code))
            case .kern(let width):
                // A font kern breaks and packs like a box of its width (§866, §837).
                box.append(Extent(width: width))
            case .discretionary(let discretionary):
                if let extent = box {
                    appendBox(extent)
                    box = nil
                }
                let pre = font.extent(of: discretionary.preBreak)
                let post = font.extent(of: discretionary.postBreak)
                let noBreak = font.extent(of: discretionary.unbroken)
                let isHyphenation = !discretionary.preBreak.isEmpty
                appendDiscretionary(
                    Discretionary(
                        preBreak: pre.width, postBreak: discretionary.postBreak.isEmpty ? nil : post.width,
                        noBreak: noBreak.width, automatic: isHyphenation,
                        penalty: isHyphenation ? style.hyphenPenalty : style.exHyphenPenalty),
                    pre: pre, post: post, noBreak: noBreak)
            }
        }
        if let extent = box { appendBox(extent) }
    }

    /// Adds a box, merged with a box right before it: nothing can break between them.
    mutating func appendBox(_ extent: Extent) {
        if case .box(let width) = nodes.last {
            nodes[nodes.count - 1] = .box(width: width + extent.width)
            extents[extents.count - 1].append(extent)
        } else {
            appendNode(.box(width: extent.width), extent)
        }
    }

    mutating func appendNode(_ node: HorizontalNode, _ extent: Extent) {
        nodes.append(node)
        extents.append(extent)
    }

    mutating func appendDiscretionary(_ discretionary: Discretionary, pre: Extent, post: Extent, noBreak: Extent) {
        breakExtents[nodes.count] = (pre, post)
        appendNode(.discretionary(discretionary), noBreak)
    }
}

private extension Extent? {
    /// Sets `other` after the material so far, the first of it when there is none.
    mutating func append(_ other: Extent) {
        if self == nil { self = other } else { self!.append(other) }
    }
}
