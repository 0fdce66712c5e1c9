/// Splits a vertical list into pages exactly as TeX's page builder does (tex.web §980–§1028) for
/// pages without insertions: breaks only at legal breakpoints, TeX's cost of each, the best one
/// taken when the page overflows or a penalty forces a break, and `\topskip` on each new page.
package struct PageBuilder: Sendable {
    /// `\vsize`: the height of the text area.
    package var goal: Int
    package var topSkip: Int
    /// `\maxdepth`.
    package var maxDepth: Int

    public init(goal: Int, topSkip: Int, maxDepth: Int) {
        self.goal = goal
        self.topSkip = topSkip
        self.maxDepth = maxDepth
    }

    /// The pages the list makes, in order.
    public func pages(_ list: [VerticalNode]) -> [Page] {
        var pages: [Page] = []
        var start = 0
        while let (page, next) = page(of: list, from: start) {
            pages.append(page)
            start = next
        }
        return pages
    }

    /// Every breakpoint the builder weighed, as `\tracingpages` shows them: page total, penalty
    /// and cost (for comparing with TeX's log).
    public func trace(_ list: [VerticalNode]) -> [[Breakpoint]] {
        var traces: [[Breakpoint]] = []
        var start = 0
        while let (page, next) = page(of: list, from: start) {
            traces.append(page.breakpoints)
            start = next
        }
        return traces
    }

    /// Fills one page from `list[start...]`; returns it and where the next page starts, or nil
    /// when no box is left (TeX discards glue, kerns and penalties at the top of an empty page).
    private func page(of list: [VerticalNode], from start: Int) -> (Page, Int)? {
        var state = PageState(goal: goal, maxDepth: maxDepth, start: start)
        var index = start
        while index < list.count {
            let node = list[index]
            switch node {
            case .box(let height, let depth, let block), .rule(let height, let depth, let block):
                if !state.hasBox {
                    state.hasBox = true
                    state.firstBlock = block
                    // TeX puts \topskip glue ahead of the first box, a breakpoint like any glue.
                    if state.tailAllowsBreak, state.consider(penalty: 0, at: index) {
                        return state.finish()
                    }
                    state.addGlue(max(topSkip - height, 0))
                }
                state.addBox(height: height, depth: depth, block: block)
            case .whatsit:
                state.tailAllowsBreak = true
            case .glue(let width):
                if state.hasBox {
                    if state.tailAllowsBreak, state.consider(penalty: 0, at: index) {
                        return state.finish()
                    }
                    state.addGlue(width)
                }
            case .fil:
                if state.hasBox {
                    if state.tailAllowsBreak, state.consider(penalty: 0, at: index) {
                        return state.finish()
                    }
                    state.addGlue(0)
                    state.hasFil = true
                }
            case .kern(let width):
                if state.hasBox {
                    if index + 1 < list.count, list[index + 1].isGlue, state.consider(penalty: 0, at: index) {
                        return state.finish()
                    }
                    state.addGlue(width)
                }
            case .penalty(let value):
                if state.hasBox {
                    if value < infinitePenalty, state.consider(penalty: value, at: index) {
                        return state.finish()
                    }
                    state.tailAllowsBreak = false
                }
            }
            index += 1
        }
        guard state.hasBox else { return nil }
        // \end{document} ends the last page with \vfil\penalty-10000.
        let page = Page(
            total: state.total, firstBlock: state.firstBlock, lastBlock: state.lastBlock, nodes: start..<list.count,
            breakpoints: state.breakpoints)
        return (page, list.count)
    }
}

private extension VerticalNode {
    var isGlue: Bool {
        switch self {
        case .glue, .fil: true
        default: false
        }
    }
}

/// A finished page: how full it is and which blocks it holds.
package struct Page: Sendable, Equatable {
    /// `\pagetotal` at the chosen break: the height of the material on the page, without the
    /// depth of its last line.
    package var total: Int
    /// The first and last blocks with a line or rule on this page.
    package var firstBlock: Int?
    package var lastBlock: Int?
    /// The nodes of the vertical list from the top of this page to its break.
    package var nodes: Range<Int>
    package var breakpoints: [Breakpoint]
}

/// One legal breakpoint as `\tracingpages` reports it.
package struct Breakpoint: Sendable, Equatable {
    package var total: Int
    /// Whether `total` has infinite stretch (`plus 1fil` in TeX's trace).
    package var stretchesInfinitely: Bool
    package var penalty: Int
    package var cost: Int
}

private let ejectPenalty = TeXConstants.ejectPenalty
private let infinitePenalty = TeXConstants.infinitePenalty
private let awfulBad = TeXConstants.awfulBad
private let deplorable = TeXConstants.deplorable

/// The page under construction: TeX's `page_total` and `page_depth`, and the best break so far.
private struct PageState {
    let goal: Int
    let maxDepth: Int
    /// The node the page starts at.
    let start: Int
    var hasBox = false
    /// Whether the page holds infinitely stretchable glue, which makes any shortfall cost nothing.
    var hasFil = false
    var total = 0
    var depth = 0
    /// Whether glue here would be a legal breakpoint: the last node is a box, rule or whatsit.
    var tailAllowsBreak = false
    var firstBlock: Int?
    var lastBlock: Int?
    var leastCost = awfulBad
    var best: (index: Int, total: Int, lastBlock: Int?)?
    var breakpoints: [Breakpoint] = []

    mutating func addBox(height: Int, depth: Int, block: Int) {
        total += self.depth + height
        self.depth = depth
        if self.depth > maxDepth {
            total += self.depth - maxDepth
            self.depth = maxDepth
        }
        tailAllowsBreak = true
        lastBlock = block
    }

    mutating func addGlue(_ width: Int) {
        total += depth + width
        depth = 0
        tailAllowsBreak = false
    }

    /// Weighs a break at `index` (§1005): records it when it is the best so far, and says whether
    /// the page must end now, because it is full or the penalty forces it.
    mutating func consider(penalty: Int, at index: Int) -> Bool {
        let badness: Int
        if total < goal {
            badness = hasFil ? 0 : TeXTypesetting.badness(goal - total, 0)
        } else {
            badness = total > goal ? awfulBad : 0
        }
        let cost: Int
        if badness < awfulBad {
            if penalty <= ejectPenalty {
                cost = penalty
            } else if badness < TeXConstants.infiniteBadness {
                cost = badness + penalty
            } else {
                cost = deplorable
            }
        } else {
            cost = badness
        }
        breakpoints.append(Breakpoint(total: total, stretchesInfinitely: hasFil, penalty: penalty, cost: cost))
        if cost <= leastCost {
            best = (index, total, lastBlock)
            leastCost = cost
        }
        return cost == awfulBad || penalty <= ejectPenalty
    }

    /// The page up to the best break, and where the next page starts (at that breakpoint, which
    /// the next page discards).
    func finish() -> (Page, Int) {
        let best = best ?? (index: 0, total: total, lastBlock: lastBlock)
        let page = Page(
            total: best.total, firstBlock: firstBlock, lastBlock: best.lastBlock, nodes: start..<max(start, best.index), breakpoints: breakpoints)
        return (page, best.index)
    }
}
