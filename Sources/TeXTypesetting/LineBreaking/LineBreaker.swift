/// Breaks a paragraph into lines exactly as TeX's `line_break` does (tex.web §813–§890): the
/// Knuth–Plass algorithm with TeX's passes, integer badness, fitness classes, penalties and
/// demerits, so the number of lines and the break positions match the typeset document.
package struct LineBreaker: Sendable {
    public var parameters: LineBreakParameters

    public init(parameters: LineBreakParameters) {
        self.parameters = parameters
    }

    /// The best breaks for `nodes`, a paragraph without its final `\parfillskip` (added here,
    /// as TeX adds it, after removing trailing glue).
    package func breakLines(_ nodes: [HorizontalNode]) -> LineBreaks {
        breakLines(nodes, resumingAfter: nil)
    }

    /// The best breaks for `nodes`, which begin with the nodes of `prefix`: each pass resumes from
    /// where it stood after them instead of scanning them again.
    func breakLines(_ nodes: [HorizontalNode], resumingAfter prefix: BreakingPrefix?) -> LineBreaks {
        var list = nodes
        if case .glue = list.last { list.removeLast() }
        list.append(.penalty(infinitePenalty))
        list.append(.glue(parameters.parFillSkip))

        var background = Widths()
        background.add(parameters.leftSkip)
        background.add(parameters.rightSkip)

        var pass = LineBreaks.Pass.first
        var threshold = parameters.pretolerance
        if threshold < 0 {
            pass = .second
            threshold = parameters.tolerance
        }
        var attempt = 0
        var runs: [PassRun] = []
        while true {
            let isFinal = pass == .emergency || (pass == .second && parameters.emergencyStretch <= 0)
            var run = PassRun(
                nodes: list, parameters: parameters, background: background,
                threshold: min(threshold, infiniteBadness), hyphenates: pass != .first, isFinal: isFinal)
            let found: (indices: [Int], usedArtificialDemerits: Bool)?
            if let prefix {
                found = prefix.resume(run, attempt: attempt)
            } else {
                found = run.perform()
                runs.append(run)
            }
            attempt += 1
            if let breaks = found {
                return LineBreaks(
                    breakIndices: breaks.indices, pass: pass, isOverfull: breaks.usedArtificialDemerits, nodes: list, runs: runs)
            }
            switch pass {
            case .first:
                pass = .second
                threshold = parameters.tolerance
            case .second, .emergency:
                pass = .emergency
                background.stretch.0 += parameters.emergencyStretch
            }
        }
    }
}

/// Where a paragraph breaks, and how it got there.
package struct LineBreaks: Sendable {
    /// TeX's three passes: without hyphenation, with it, and with emergency stretch.
    public enum Pass: Sendable { case first, second, emergency }

    /// The node index of every break; the last one is the end of the paragraph.
    package var breakIndices: [Int]
    public var pass: Pass
    /// Whether a line had to be left overfull because nothing else fit.
    package var isOverfull: Bool
    /// The nodes broken, with the closing penalty and `\parfillskip`.
    package var nodes: [HorizontalNode]
    /// Each pass as it ended, with the record of its breaks, from which `BreakingPrefix` tells
    /// the state after the first nodes without scanning them again; none for a list broken after
    /// a prefix.
    fileprivate var runs: [PassRun]

    /// The number of lines, TeX's `\prevgraf`.
    package var lineCount: Int { breakIndices.count }
}

private let infinitePenalty = TeXConstants.infinitePenalty
private let ejectPenalty = TeXConstants.ejectPenalty
private let awfulBad = TeXConstants.awfulBad

/// Natural width, stretch of each order (finite, fil, fill, filll) and shrink: TeX's six widths,
/// held inline so that the arithmetic of the inner loop allocates nothing.
struct Widths: Equatable {
    var width = 0
    var stretch = (0, 0, 0, 0)
    var shrink = 0

    static func == (lhs: Widths, rhs: Widths) -> Bool {
        lhs.width == rhs.width && lhs.stretch == rhs.stretch && lhs.shrink == rhs.shrink
    }

    /// Stretch of the given order: 0 finite, 1 fil, 2 fill, 3 filll.
    func stretch(order: Int) -> Int {
        switch order {
        case 0: stretch.0
        case 1: stretch.1
        case 2: stretch.2
        default: stretch.3
        }
    }

    mutating func add(_ glue: Glue, sign: Int = 1) {
        width += sign * glue.width
        switch glue.stretchOrder {
        case 0: stretch.0 += sign * glue.stretch
        case 1: stretch.1 += sign * glue.stretch
        case 2: stretch.2 += sign * glue.stretch
        default: stretch.3 += sign * glue.stretch
        }
        shrink += sign * glue.shrink
    }

    mutating func subtract(_ glue: Glue) {
        add(glue, sign: -1)
    }

    /// Adds a node as it stands where the line does not break: a discretionary as its unbroken
    /// text.
    mutating func add(_ node: HorizontalNode) {
        switch node {
        case .box(let width), .kern(let width, _): self.width += width
        case .glue(let glue): add(glue)
        case .penalty: break
        case .discretionary(let discretionary): self.width += discretionary.noBreak
        }
    }

    var hasInfiniteStretch: Bool { stretch.1 != 0 || stretch.2 != 0 || stretch.3 != 0 }

    static func - (lhs: Widths, rhs: Widths) -> Widths {
        Widths(
            width: lhs.width - rhs.width,
            stretch: (lhs.stretch.0 - rhs.stretch.0, lhs.stretch.1 - rhs.stretch.1, lhs.stretch.2 - rhs.stretch.2, lhs.stretch.3 - rhs.stretch.3),
            shrink: lhs.shrink - rhs.shrink)
    }
}

/// The first nodes of a paragraph, with the line breaker's state after them in each of its
/// passes (made when a pass first needs it), for breaking lists that begin with the same nodes:
/// the paragraph cut short by a few characters, which `LineSaver` breaks again and again.
///
/// The state after a node depends only on the nodes before it and, where a break is tried, on the
/// glue and penalties right after it up to the next box; so the prefix ends in a box, and what
/// follows it cannot change the state. When the prefix begins a list already broken, each pass
/// that breaking ran is rewound to the prefix's end rather than run over the prefix again.
final class BreakingPrefix {
    let nodes: [HorizontalNode]
    /// The breaking of a list that begins with `nodes`.
    private let origin: LineBreaks?
    private var states: [Int: PassRun?] = [:]

    /// Nil unless `nodes` ends in a box.
    init?(_ nodes: [HorizontalNode]) {
        guard case .box = nodes.last else { return nil }
        self.nodes = nodes
        origin = nil
    }

    /// The first `count` nodes of the list `breaks` broke; nil unless they end in a box.
    init?(first count: Int, of breaks: LineBreaks) {
        guard count > 0, case .box = breaks.nodes[count - 1] else { return nil }
        nodes = Array(breaks.nodes[..<count])
        origin = breaks
    }

    /// `run`'s pass (the breaker's `attempt`-th) over its nodes, which begin with this prefix,
    /// resumed from the state after the prefix.
    fileprivate func resume(_ run: PassRun, attempt: Int) -> (indices: [Int], usedArtificialDemerits: Bool)? {
        let state: PassRun?
        if let known = states[attempt] {
            state = known
        } else if let origin, attempt < origin.runs.count, origin.runs[attempt].isRun(like: run),
            let rewound = origin.runs[attempt].rewound(to: nodes.count)
        {
            state = rewound.failed ? nil : rewound
            states[attempt] = state
        } else {
            var start = run
            start.nodes = nodes
            state = start.scan(from: 0) ? start : nil
            states[attempt] = state
        }
        guard var resumed = state else { return nil }
        resumed.nodes = run.nodes
        guard resumed.scan(from: nodes.count) else { return nil }
        return resumed.finish()
    }
}

/// One pass of `line_break` over the list (§863–§876).
private struct PassRun {
    /// A feasible break (TeX's passive node) and, while lines can still be measured from it, an
    /// active one (TeX's active node). Its line width at the current position is
    /// `activeWidth - offset`, the sum TeX keeps in delta nodes.
    struct Break {
        /// The node index of the break; -1 for the paragraph's start.
        var position: Int
        /// The break before it in the best chain ending here (TeX's `prev_break`); nil at the start.
        var previous: Int?
        var lineNumber: Int
        var fitness: Int
        var hyphenated: Bool
        var totalDemerits: Int
        var offset: Widths
    }

    var nodes: [HorizontalNode]
    let parameters: LineBreakParameters
    let background: Widths
    let threshold: Int
    let hyphenates: Bool
    let isFinal: Bool
    let lineShape: (lastSpecialLine: Int, firstWidth: Int, secondWidth: Int)

    var breaks = BreakList()
    var activeWidth = Widths()
    var minimumDemerits = awfulBad
    var best = BestBreaks()
    /// The position of the first break tried with artificial demerits (§854), if any.
    var artificialDemeritsAt: Int?
    /// Whether a best break was kept with `awfulBad` demerits: then no active break is made of it,
    /// and it stays best for the next position (§855), which the record of breaks does not show.
    var keptAwfulBest = false

    init(nodes: [HorizontalNode], parameters: LineBreakParameters, background: Widths, threshold: Int, hyphenates: Bool, isFinal: Bool) {
        self.nodes = nodes
        self.parameters = parameters
        self.background = background
        self.threshold = threshold
        self.hyphenates = hyphenates
        self.isFinal = isFinal
        self.lineShape = parameters.lineShape
    }

    /// Whether no active break is left, so the pass has failed.
    var failed: Bool { breaks.isEmpty }

    /// The break positions of the best paragraph, or nil when this pass found none.
    mutating func perform() -> (indices: [Int], usedArtificialDemerits: Bool)? {
        guard scan(from: 0) else { return nil }
        return finish()
    }

    /// Reads `nodes[start...]`, from the first node or from where an earlier scan of the same
    /// first nodes stopped; false when no active break is left, so the pass has failed.
    mutating func scan(from start: Int) -> Bool {
        if start == 0 {
            breaks = BreakList(
                start: Break(position: -1, previous: nil, lineNumber: 1, fitness: decentFit, hyphenated: false, totalDemerits: 0, offset: Widths()),
                capacity: nodes.count / 2)
            activeWidth = background
        }
        for index in start..<nodes.count {
            guard !breaks.isEmpty else { return false }
            switch nodes[index] {
            case .box(let width):
                activeWidth.width += width
            case .glue(let glue):
                if index > 0, nodes[index - 1].allowsBreakAtFollowingGlue {
                    tryBreak(0, hyphenated: false, at: index)
                }
                activeWidth.add(glue)
            case .kern(let width, let explicit):
                if explicit, index + 1 < nodes.count, case .glue = nodes[index + 1] {
                    tryBreak(0, hyphenated: false, at: index)
                }
                activeWidth.width += width
            case .penalty(let value):
                tryBreak(value, hyphenated: false, at: index)
            case .discretionary(let discretionary):
                if discretionary.automatic && !hyphenates {
                    activeWidth.width += discretionary.noBreak
                } else {
                    activeWidth.width += discretionary.preBreak
                    tryBreak(discretionary.penalty, hyphenated: true, at: index)
                    activeWidth.width += discretionary.noBreak - discretionary.preBreak
                }
            }
        }
        return !breaks.isEmpty
    }

    /// The final break at the end of the list and the best chain of breaks ending there.
    mutating func finish() -> (indices: [Int], usedArtificialDemerits: Bool)? {
        tryBreak(ejectPenalty, hyphenated: true, at: nodes.count)
        guard let best = breaks.fewestDemerits else { return nil }
        return (breaks.chain(endingAt: best), artificialDemeritsAt != nil)
    }

    /// Whether `other` is a pass of the same settings: the same pass of the same paragraph
    /// settings, whatever its nodes.
    func isRun(like other: PassRun) -> Bool {
        parameters == other.parameters && background == other.background && threshold == other.threshold
            && hyphenates == other.hyphenates && isFinal == other.isFinal
    }

    /// The pass as it stood after scanning `nodes[..<position]`, told from the record of its breaks:
    /// those made before `position` and still active there, in the order they were made. Nil when
    /// the record cannot tell it: with lines of special width, whose breaks are not always made at
    /// the end of the list, or when a best break outlived its position.
    func rewound(to position: Int) -> PassRun? {
        guard lineShape.lastSpecialLine == 0, !keptAwfulBest, position <= nodes.count else { return nil }
        var run = self
        run.breaks = breaks.rewound(to: position)
        run.activeWidth = background
        for node in nodes[..<position] { run.activeWidth.add(node) }
        run.minimumDemerits = awfulBad
        run.best = BestBreaks()
        if let artificial = artificialDemeritsAt, artificial >= position { run.artificialDemeritsAt = nil }
        return run
    }

    /// TeX's `try_break` (§829): considers a break at `position` after every active break.
    mutating func tryBreak(_ penalty: Int, hyphenated: Bool, at position: Int) {
        var penalty = penalty
        if abs(penalty) >= infinitePenalty {
            if penalty > 0 { return }
            penalty = ejectPenalty
        }
        let costs = BreakCosts(penalty: penalty, hyphenated: hyphenated, atEnd: position == nodes.count, parameters: parameters)
        var breakWidth: Widths?
        var oldLine = 0
        var lineWidth = lineShape.secondWidth
        /// The break tried (TeX's `r`) and the active one before it (`prev_r`).
        var slot = breaks.first
        var previous = BreakList.end
        while true {
            let reachedEnd = slot == BreakList.end
            let line = reachedEnd ? Int.max : breaks[slot].lineNumber
            if line > oldLine {
                if minimumDemerits < awfulBad, oldLine != lineShape.lastSpecialLine || reachedEnd {
                    let width: Widths
                    if let breakWidth {
                        width = breakWidth
                    } else {
                        width = computeBreakWidth(at: position, hyphenated: hyphenated)
                        breakWidth = width
                    }
                    createActiveNodes(at: position, hyphenated: hyphenated, breakWidth: width, after: &previous)
                }
                if reachedEnd { return }
                // Past the lines of special width, all line numbers form one class (§850).
                if line > lineShape.lastSpecialLine {
                    lineWidth = lineShape.secondWidth
                    oldLine = Int.max - 1
                } else {
                    lineWidth = lineShape.firstWidth
                    oldLine = line
                }
            }
            let node = breaks[slot]
            let next = breaks.next(after: slot)
            let (badness, fitness) = measure(from: node.offset, lineWidth: lineWidth)
            var artificial = false
            let staysActive: Bool
            if badness > infiniteBadness || penalty == ejectPenalty {
                // The last resort of the final pass: the only active break left (§854).
                if isFinal, minimumDemerits == awfulBad, previous == BreakList.end, next == BreakList.end {
                    artificial = true
                } else if badness > threshold {
                    breaks.deactivate(slot, after: previous, at: position)
                    slot = next
                    continue
                }
                staysActive = false
            } else {
                if badness > threshold {
                    previous = slot
                    slot = next
                    continue
                }
                staysActive = true
            }
            var demerits = node.totalDemerits
            if !artificial {
                demerits += costs.demerits(badness: badness, fitness: fitness, after: node)
            }
            if demerits <= best[fitness].demerits {
                best[fitness] = BestBreaks.Best(demerits: demerits, after: slot, line: line)
                if demerits < minimumDemerits { minimumDemerits = demerits }
                if demerits >= awfulBad { keptAwfulBest = true }
                if artificial, artificialDemeritsAt == nil { artificialDemeritsAt = position }
            }
            if staysActive {
                previous = slot
            } else {
                breaks.deactivate(slot, after: previous, at: position)
            }
            slot = next
        }
    }

    /// Badness and fitness class of the line from the break whose widths are `offset` to the
    /// current position (§851–§853), working out only the widths the answer needs.
    func measure(from offset: Widths, lineWidth: Int) -> (badness: Int, fitness: Int) {
        let shortfall = lineWidth - (activeWidth.width - offset.width)
        if shortfall > 0 {
            if activeWidth.stretch.1 != offset.stretch.1 || activeWidth.stretch.2 != offset.stretch.2
                || activeWidth.stretch.3 != offset.stretch.3
            {
                return (0, decentFit)
            }
            let stretch = activeWidth.stretch.0 - offset.stretch.0
            if shortfall > 7_230_584, stretch < 1_663_497 {
                return (infiniteBadness, veryLooseFit)
            }
            let b = TeXTypesetting.badness(shortfall, stretch)
            return (b, b > 99 ? veryLooseFit : b > 12 ? looseFit : decentFit)
        }
        let shrink = activeWidth.shrink - offset.shrink
        let b = -shortfall > shrink ? infiniteBadness + 1 : TeXTypesetting.badness(-shortfall, shrink)
        return (b, b > 12 ? tightFit : decentFit)
    }

    /// The widths a line starting after a break here begins with: the background, less what the
    /// break discards, plus what a discretionary puts on the next line (§837–§840).
    func computeBreakWidth(at position: Int, hyphenated: Bool) -> Widths {
        var width = background
        var next = position
        if hyphenated, position < nodes.count, case .discretionary(let discretionary) = nodes[position] {
            width.width += discretionary.preBreak - discretionary.noBreak + (discretionary.postBreak ?? 0)
            guard discretionary.postBreak == nil else { return width }
            next = position + 1
        }
        while next < nodes.count {
            switch nodes[next] {
            case .glue(let glue): width.subtract(glue)
            case .penalty: break
            case .kern(let kernWidth, let explicit):
                guard explicit else { return width }
                width.width -= kernWidth
            case .box, .discretionary:
                return width
            }
            next += 1
        }
        return width
    }

    /// Turns the best break of each fitness class into an active node (§836, §845), put after the
    /// active break `previous` (first for `BreakList.end`), which becomes the last one put.
    mutating func createActiveNodes(at position: Int, hyphenated: Bool, breakWidth: Widths, after previous: inout Int) {
        let adjustment = parameters.adjDemerits
        if abs(adjustment) >= awfulBad - minimumDemerits {
            minimumDemerits = awfulBad - 1
        } else {
            minimumDemerits += abs(adjustment)
        }
        for fitness in veryLooseFit...tightFit {
            let found = best[fitness]
            if found.demerits <= minimumDemerits {
                let node = Break(
                    position: position, previous: found.after, lineNumber: found.line + 1, fitness: fitness,
                    hyphenated: hyphenated, totalDemerits: found.demerits, offset: activeWidth - breakWidth)
                previous = breaks.append(node, after: previous)
            }
            best[fitness] = BestBreaks.Best()
        }
        minimumDemerits = awfulBad
    }
}

/// Every break a pass made, in the order made, with the active ones linked in TeX's order
/// (§819), so that a break leaves or joins the middle of the active list without moving the
/// others, and the list at an earlier position can be told again.
private struct BreakList {
    /// The slot after the last active break, and before the first of an empty list.
    static let end = -1

    private struct Slot {
        var node: PassRun.Break
        /// The next active break, while this one is active.
        var next: Int
        /// The position of the break whose trying deactivated this one; `Int.max` while active.
        var deactivatedAt = Int.max
    }

    private var slots: [Slot] = []
    /// The slot of the first active break.
    private(set) var first = end

    init() {}

    /// The list at the start of a paragraph: its start, active; room for `capacity` breaks, about
    /// as many as a pass over a paragraph makes of one for every two nodes, so that the list is
    /// not grown by doubling.
    init(start: PassRun.Break, capacity: Int) {
        slots.reserveCapacity(capacity)
        slots.append(Slot(node: start, next: Self.end))
        first = 0
    }

    var isEmpty: Bool { first == Self.end }

    subscript(slot: Int) -> PassRun.Break { slots[slot].node }

    /// The slot of the active break after the one in `slot`.
    func next(after slot: Int) -> Int { slots[slot].next }

    /// Adds `node`, active after the break in `previous` (first for `end`); returns its slot.
    mutating func append(_ node: PassRun.Break, after previous: Int) -> Int {
        let slot = slots.count
        slots.append(Slot(node: node, next: previous == Self.end ? first : slots[previous].next))
        if previous == Self.end { first = slot } else { slots[previous].next = slot }
        return slot
    }

    /// Deactivates the break in `slot`, which follows the active one in `previous` (`end` when
    /// first), while trying a break at `position`.
    mutating func deactivate(_ slot: Int, after previous: Int, at position: Int) {
        let next = slots[slot].next
        if previous == Self.end { first = next } else { slots[previous].next = next }
        slots[slot].deactivatedAt = position
    }

    /// The slot of the first active break with the fewest total demerits (§874), nil when none is.
    var fewestDemerits: Int? {
        var best: Int?
        var slot = first
        while slot != Self.end {
            if best.map({ slots[slot].node.totalDemerits < slots[$0].node.totalDemerits }) ?? true { best = slot }
            slot = slots[slot].next
        }
        return best
    }

    /// The positions of the breaks of the chain ending with the one in `slot`, from the first.
    func chain(endingAt slot: Int) -> [Int] {
        var positions: [Int] = []
        var node = slots[slot].node
        while let previous = node.previous {
            positions.append(node.position)
            node = slots[previous].node
        }
        return positions.reversed()
    }

    /// The list as it stood before a break was tried at `position`: the breaks made before it,
    /// active those not deactivated before it, linked in the order they were made.
    func rewound(to position: Int) -> BreakList {
        var list = BreakList()
        list.slots = Array(slots.prefix { $0.node.position < position })
        var last = Self.end
        for slot in list.slots.indices.reversed() where list.slots[slot].deactivatedAt >= position {
            list.slots[slot].next = last
            list.slots[slot].deactivatedAt = Int.max
            last = slot
        }
        list.first = last
        return list
    }
}

/// What a break at one position adds to the demerits of every line ending there, besides the
/// line's own badness (§859): its penalty and, at a hyphen, the cost of two in a row.
private struct BreakCosts {
    let linePenalty: Int
    let adjDemerits: Int
    /// The penalty's share: its square, added when positive and taken off when negative (a
    /// forced break adds nothing).
    let penaltyDemerits: Int
    /// What a line ending at a hyphen here costs more after a line that ended at one too.
    let doubleHyphenDemerits: Int

    init(penalty: Int, hyphenated: Bool, atEnd: Bool, parameters: LineBreakParameters) {
        linePenalty = parameters.linePenalty
        adjDemerits = parameters.adjDemerits
        if penalty > 0 {
            penaltyDemerits = penalty * penalty
        } else if penalty < 0, penalty > ejectPenalty {
            penaltyDemerits = -penalty * penalty
        } else {
            penaltyDemerits = 0
        }
        doubleHyphenDemerits = hyphenated ? (atEnd ? parameters.finalHyphenDemerits : parameters.doubleHyphenDemerits) : 0
    }

    /// The demerits of a line of the given badness and fitness class ending here after `node`.
    func demerits(badness: Int, fitness: Int, after node: PassRun.Break) -> Int {
        var d = linePenalty + badness
        d = abs(d) >= 10000 ? 100_000_000 : d * d
        d += penaltyDemerits
        if node.hyphenated { d += doubleHyphenDemerits }
        if abs(fitness - node.fitness) > 1 { d += adjDemerits }
        return d
    }
}

/// The best break found so far before the position being tried, by the fitness class of the line
/// from it (TeX's `minimal_demerits`, `best_place` and `best_pl_line`), held inline so that the
/// inner loop's updates allocate and check nothing.
private struct BestBreaks {
    struct Best {
        var demerits = awfulBad
        /// The slot of the break the line starts after.
        var after = 0
        /// The number of the line ending at that break.
        var line = 0
    }

    private var classes = (Best(), Best(), Best(), Best())

    subscript(fitness: Int) -> Best {
        get {
            switch fitness {
            case veryLooseFit: classes.0
            case looseFit: classes.1
            case decentFit: classes.2
            default: classes.3
            }
        }
        set {
            switch fitness {
            case veryLooseFit: classes.0 = newValue
            case looseFit: classes.1 = newValue
            case decentFit: classes.2 = newValue
            default: classes.3 = newValue
            }
        }
    }
}

private let veryLooseFit = 0
private let looseFit = 1
private let decentFit = 2
private let tightFit = 3
