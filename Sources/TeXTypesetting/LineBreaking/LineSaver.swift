/// How many characters must go from the end of a paragraph for TeX to set it in a line less, from
/// the paragraph as already set: its horizontal list and the breaks TeX's line breaker chose.
///
/// One pass from the end of the list gives the answer in most paragraphs: the last line joins the
/// one before it once the material from that line's start to the end fits one line and TeX's
/// demerits for the joined line are below those of the two lines it replaces (tex.web §851–§859).
/// TeX may also break the earlier lines anew, so two runs of the line breaker over the list cut
/// short confirm the answer (cutting that many loses a line, one fewer does not), and bisect below
/// it when one fewer already does — without setting the text again, so the answer stays TeX's.
///
/// Cutting a character takes its width away, with the font kern before it; cutting the last
/// character of a word also drops the space before it, as TeX drops a paragraph's trailing glue.
/// A ligature counts as its characters (a dash or quote ligature as one, the character of the
/// résumé it stands for).
struct LineSaver {
    /// The paragraph's horizontal list as it was broken (hyphenated when TeX needed its second pass).
    let list: [ListNode]
    let breaks: LineBreaks
    /// The parameters the breaks were found with.
    let parameters: LineBreakParameters
    let style: ParagraphStyle

    /// The characters to cut from the end of the paragraph, or nil when it has one line or even
    /// cutting everything keeps its lines.
    func charactersToCut() -> Int? {
        let full = breaks.lineCount
        guard full > 1 else { return nil }
        var cuts = CutWalk(list: list)
        let joins = joinTest()
        var estimate: Int?
        while let cut = cuts.next() {
            if joins(cut.removed) {
                estimate = cuts.count
                break
            }
        }
        guard var loses = estimate else { return nil }
        var resumes = ResumedBreaking(saver: self)
        func losesLine(_ count: Int) -> Bool { resumes.lines(of: cuts, cutBy: count) < full }
        var keeps = 0
        if !losesLine(loses) {
            // TeX keeps the line longer than the joined line suggests: step up until it loses it.
            keeps = loses
            var step = 1
            while true {
                while cuts.count < keeps + step, cuts.next() != nil {}
                let probe = min(keeps + step, cuts.count)
                guard probe > keeps else { return nil }
                if losesLine(probe) {
                    loses = probe
                    break
                }
                keeps = probe
                step *= 2
            }
        } else if loses > 1, losesLine(loses - 1) {
            // TeX breaks the earlier lines anew and loses the line sooner.
            loses -= 1
        } else {
            return loses
        }
        while loses - keeps > 1 {
            let middle = (keeps + loses) / 2
            if losesLine(middle) { loses = middle } else { keeps = middle }
        }
        return loses
    }

    /// How many characters of the résumé a ligature stands for: its components, except a dash or
    /// a quote (`--`, ` `` `), which stands for one.
    static func characters(ofLigature components: [UInt8]) -> Int {
        guard let first = components.first else { return 1 }
        return punctuationLigatures.contains(first) ? 1 : components.count
    }

    /// The first characters of T1's dash and quote ligatures: `--`, `---`, ` `` `, `''`, `,,`, `<<`, `>>`.
    private static let punctuationLigatures: Set<UInt8> = [
        UInt8(ascii: "-"), UInt8(ascii: "`"), UInt8(ascii: "'"), UInt8(ascii: ","), UInt8(ascii: "<"), UInt8(ascii: ">"),
    ]
}

/// The paragraph's list cut short character by character from its end: where the kept material
/// ends after each cut, and the widths the cuts took away.
private struct CutWalk {
    /// The list kept after a cut: `list[..<node]`, and the first `item` items of `list[node]`.
    struct Cut {
        var node: Int
        var item: Int
        var removed: Widths
        /// Inside a ligature (the last kept item): how many of its characters are kept, which TeX
        /// sets anew (`fi` cut to `f`); 0 when the cut is between items.
        var keptComponents = 0
    }

    let list: [ListNode]
    /// Cut `i` leaves out `i + 1` characters.
    private(set) var cuts: [Cut] = []
    private var node: Int
    private var item = 0
    private var removed = Widths()
    private var pendingCharacters = 0
    /// Where the ligature being cut stands in its run.
    private var ligature = 0
    /// Whether the list ends in the italic correction of its last character, or in italic text
    /// that would take one but for its last character.
    private var correctsItalic = false
    /// The characters no italic correction goes after.
    private static let noCorrection: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ".")]

    init(list: [ListNode]) {
        self.list = list
        var end = list.count - 1
        while end >= 0, case .glue = list[end] { end -= 1 }  // TeX drops trailing glue
        node = end
        if end >= 0, case .glyphs(let run) = list[end] { item = run.items.count }
        // `\textit{…}` ends in the italic correction of its last character, unless that is a
        // comma or period (LaTeX's `\nocorrlist`): a cut text gets the correction of its new end.
        if end > 0, case .kern(let kern) = list[end], case .glyphs(let run) = list[end - 1], let code = run.items.last?.code {
            correctsItalic = run.font.slant > 0 && (run.font.scaled.italicCorrection(of: code) ?? 0) == kern
        } else if end >= 0, case .glyphs(let run) = list[end], run.font.slant > 0, let code = run.items.last?.code {
            correctsItalic = Self.noCorrection.contains(code)
        }
    }

    /// How many characters the cuts so far leave out.
    var count: Int { cuts.count }

    /// The cut that leaves out `count` characters (at least 1, at most `self.count`).
    func cut(_ count: Int) -> Cut { cuts[count - 1] }

    /// The next character cut, or nil at the start of the list.
    mutating func next() -> Cut? {
        if pendingCharacters > 0 {
            // Inside a ligature: the next character of it, its share of the width already gone.
            pendingCharacters -= 1
            cuts.append(
                Cut(node: node, item: pendingCharacters > 0 ? ligature + 1 : item, removed: removed, keptComponents: pendingCharacters))
            return cuts.last
        }
        while node >= 0 {
            switch list[node] {
            case .glyphs(let run):
                while item > 0 {
                    item -= 1
                    switch run.items[item] {
                    case .character(let code):
                        removed.width += run.font.extent(of: code).width
                        dropKerns(before: run)
                        return appendCut()
                    case .ligature(let code, let components, _, _):
                        removed.width += run.font.extent(of: code).width
                        let characters = LineSaver.characters(ofLigature: components)
                        ligature = item
                        dropKerns(before: run)
                        pendingCharacters = characters - 1
                        // The ligature stays in the kept list until its last character is cut.
                        cuts.append(
                            Cut(node: node, item: characters > 1 ? ligature + 1 : item, removed: removed,
                                keptComponents: characters > 1 ? characters - 1 : 0))
                        return cuts.last
                    case .kern(let kern):
                        removed.width += kern
                    case .discretionary(let discretionary):
                        removed.width += run.font.extent(of: discretionary.unbroken).width
                    }
                }
            case .glue(let glue):
                // The word after the space is gone, and the space with it, as trailing glue; cutting
                // the space itself is one more character that changes nothing.
                removed.add(glue)
                if let last = cuts.indices.last { cuts[last].removed = removed }
                moveBack()
                return appendCut()
            case .kern(let kern):
                removed.width += kern
            case .box(let extent):
                removed.width += extent.width
                moveBack()
                return appendCut()
            case .discretionary(let discretionary):
                removed.width += discretionary.noBreak.width
            case .penalty, .whatsit:
                break
            }
            moveBack()
        }
        return nil
    }

    /// What is left of `list` after `cut`, from its node `start` on, ending in the italic
    /// correction of its new last character when the list ended in one (`\textit{…}` around the
    /// text).
    func kept(_ cut: Cut, from start: Int = 0) -> [ListNode] {
        var kept = Array(list[start..<cut.node])
        if cut.item > 0, case .glyphs(let run) = list[cut.node] {
            kept.append(.glyphs(GlyphRun(font: run.font, items: Self.items(of: run, keeping: cut))))
        }
        if correctsItalic, case .glyphs(let run) = kept.last, let code = run.items.last?.code, !Self.noCorrection.contains(code) {
            kept.append(.kern(run.font.scaled.italicCorrection(of: code) ?? 0))
        }
        return kept
    }

    /// The items of `run` a cut keeps. A ligature cut inside keeps its first characters, set as
    /// TeX sets the shorter word: the run's characters typeset again (`classifi` → `classif`, its
    /// `f` alone), when typesetting the run's characters gives the run as it is.
    private static func items(of run: GlyphRun, keeping cut: Cut) -> [TypesetItem] {
        let kept = Array(run.items[..<cut.item])
        guard cut.keptComponents > 0, case .ligature(_, let components, _, _) = kept.last else { return kept }
        var codes: [UInt8] = []
        for item in kept.dropLast() {
            switch item {
            case .character(let code): codes.append(code)
            case .ligature(_, let parts, _, _): codes += parts
            case .kern: break
            case .discretionary: return kept
            }
        }
        guard run.font.typeset(codes + components, explicitHyphenBreaks: false) == kept else { return kept }
        return run.font.typeset(codes + components.prefix(cut.keptComponents), explicitHyphenBreaks: false)
    }

    private mutating func appendCut() -> Cut {
        cuts.append(Cut(node: node, item: item, removed: removed))
        return cuts[cuts.count - 1]
    }

    /// Font kerns right before a cut character go with it.
    private mutating func dropKerns(before run: GlyphRun) {
        while item > 0, case .kern(let kern) = run.items[item - 1] {
            removed.width += kern
            item -= 1
        }
    }

    /// Steps to the node before, at the end of its items.
    private mutating func moveBack() {
        node -= 1
        item = 0
        if node >= 0, case .glyphs(let run) = list[node] { item = run.items.count }
    }
}

/// Breaks the paragraph cut short, resuming the line breaker after the paragraph's nodes up to a
/// space before the cut, which the cut list shares: only what follows that space is converted
/// for the breaker and scanned again. The breaker's state after each such space is kept for the
/// next cut that comes after it.
private struct ResumedBreaking {
    let saver: LineSaver
    /// For each interword space of the list that follows a box: its index in the list and in
    /// the nodes broken. Empty when the two do not pair up.
    private let spaces: [(list: Int, broken: Int)]
    /// The breaker's state after the broken nodes before a space, by the space's index in the list.
    private var prefixes: [Int: BreakingPrefix] = [:]

    init(saver: LineSaver) {
        self.saver = saver
        let nodes = saver.breaks.nodes
        // The nodes broken end in the closing `\parfillskip`, and lack the list's trailing glue.
        var brokenGlues: [Int] = []
        brokenGlues.reserveCapacity(nodes.count(where: \.isGlue))
        for index in nodes.indices.dropLast() where nodes[index].isGlue { brokenGlues.append(index) }
        var spaces: [(list: Int, broken: Int)] = []
        spaces.reserveCapacity(brokenGlues.count)
        var paired = 0
        var unpaired = 0
        for index in saver.list.indices {
            guard case .glue = saver.list[index] else { continue }
            guard paired < brokenGlues.count else {
                unpaired += 1
                continue
            }
            let broken = brokenGlues[paired]
            paired += 1
            if broken > 0, case .box = nodes[broken - 1] { spaces.append((index, broken)) }
        }
        let trailing = if case .glue = saver.list.last { 1 } else { 0 }
        self.spaces = unpaired == trailing && paired == brokenGlues.count ? spaces : []
    }

    /// How many lines TeX makes of the list with its last `count` characters cut.
    mutating func lines(of cuts: CutWalk, cutBy count: Int) -> Int {
        let cut = cuts.cut(count)
        let breaker = LineBreaker(parameters: saver.parameters)
        guard let prefix = prefix(before: cut.node) else {
            let kept = cuts.kept(cut)
            return kept.isEmpty ? 0 : breaker.breakLines(BreakableList(kept, style: saver.style).nodes).lineCount
        }
        let rest = BreakableList(cuts.kept(cut, from: prefix.space), style: saver.style).nodes
        return breaker.breakLines(prefix.breaking.nodes + rest, resumingAfter: prefix.breaking).lineCount
    }

    /// The kept state with the latest space before list node `node`, else one made at the latest
    /// space before it; nil when no space comes before it.
    private mutating func prefix(before node: Int) -> (space: Int, breaking: BreakingPrefix)? {
        if let space = prefixes.keys.lazy.filter({ $0 < node }).max() { return (space, prefixes[space]!) }
        guard let space = spaces.last(where: { $0.list < node }),
            let breaking = BreakingPrefix(first: space.broken, of: saver.breaks)
        else { return nil }
        prefixes[space.list] = breaking
        return (space.list, breaking)
    }
}

private extension LineSaver {
    /// Whether the last line joins the one before it once `removed` is cut from the end: the
    /// joined line fits and costs TeX fewer demerits than the two lines it replaces.
    func joinTest() -> (Widths) -> Bool {
        let last = breaks.lineCount  // the number of the last line, from 1
        let joinedStart = start(ofLine: last - 1)
        let before = last > 2 ? line(last - 2) : nil
        let kept = line(last - 1, fitnessBefore: before?.fitness, hyphenatedBefore: before?.hyphenated ?? false)
        let alone = line(last, fitnessBefore: kept.fitness, hyphenatedBefore: kept.hyphenated)
        var joined = widths(from: joinedStart.index, to: breaks.nodes.count)
        joined.width += joinedStart.extra
        let width = lineWidth(last - 1)
        let limit = kept.demerits + alone.demerits
        let parameters = parameters
        return { removed in
            guard let (badness, fitness) = Self.measure(joined - removed, lineWidth: width), badness <= parameters.tolerance else {
                return false
            }
            var demerits = Self.lineDemerits(badness, parameters: parameters)
            if let previous = before?.fitness, abs(fitness - previous) > 1 { demerits += parameters.adjDemerits }
            if before?.hyphenated == true { demerits += parameters.finalHyphenDemerits }
            return demerits < limit
        }
    }

    /// One line as the breaker chose it: its demerits (§859), fitness class and whether it ends
    /// at a hyphen.
    struct Line {
        var demerits: Int
        var fitness: Int
        var hyphenated: Bool
    }

    /// Line `number` (from 1) as set, with what the line before it ended with.
    func line(_ number: Int, fitnessBefore: Int? = nil, hyphenatedBefore: Bool = false) -> Line {
        let ends = breaks.breakIndices
        let end = ends[number - 1]
        let start = start(ofLine: number)
        var material = widths(from: start.index, to: min(end, breaks.nodes.count))
        material.width += start.extra
        var penalty = 0
        var hyphenated = false
        let isLast = number == ends.count
        if isLast {
            hyphenated = true  // TeX's final break counts as hyphenated (§873)
            material = widths(from: start.index, to: breaks.nodes.count)
            material.width += start.extra
        } else {
            switch breaks.nodes[end] {
            case .penalty(let value): penalty = value
            case .discretionary(let discretionary):
                material.width += discretionary.preBreak
                penalty = discretionary.penalty
                hyphenated = true
            default: break
            }
        }
        let (badness, fitness) = Self.measure(material, lineWidth: lineWidth(number)) ?? (TeXConstants.infiniteBadness, 3)
        var demerits = Self.lineDemerits(badness, parameters: parameters)
        if !isLast, penalty > 0 {
            demerits += penalty * penalty
        } else if !isLast, penalty < 0, penalty > TeXConstants.ejectPenalty {
            demerits -= penalty * penalty
        }
        if hyphenated && hyphenatedBefore {
            demerits += isLast ? parameters.finalHyphenDemerits : parameters.doubleHyphenDemerits
        }
        if let fitnessBefore, abs(fitness - fitnessBefore) > 1 { demerits += parameters.adjDemerits }
        return Line(demerits: demerits, fitness: fitness, hyphenated: hyphenated && !isLast)
    }

    /// Where line `number` (from 1) starts: after the break before it and the glue, penalties and
    /// explicit kerns the break discards, and the width a discretionary's post-break text adds.
    func start(ofLine number: Int) -> (index: Int, extra: Int) {
        guard number > 1 else { return (0, 0) }
        let nodes = breaks.nodes
        let previous = breaks.breakIndices[number - 2]
        var index = previous + 1
        if previous < nodes.count, case .discretionary(let discretionary) = nodes[previous] {
            if let post = discretionary.postBreak { return (index, post) }
        }
        while index < nodes.count {
            switch nodes[index] {
            case .glue, .penalty: index += 1
            case .kern(_, let explicit) where explicit: index += 1
            default: return (index, 0)
            }
        }
        return (index, 0)
    }

    /// The widths of `nodes[start..<end]` with the paragraph's left and right skips; a
    /// discretionary not broken at counts as its unbroken text.
    func widths(from start: Int, to end: Int) -> Widths {
        var widths = Widths()
        widths.add(parameters.leftSkip)
        widths.add(parameters.rightSkip)
        guard start < end else { return widths }
        for node in breaks.nodes[start..<end] { widths.add(node) }
        return widths
    }

    func lineWidth(_ number: Int) -> Int {
        let shape = parameters.lineShape
        return number > shape.lastSpecialLine ? shape.secondWidth : shape.firstWidth
    }

    /// Badness and fitness class of a line (§851–§853), nil when it cannot shrink enough.
    static func measure(_ width: Widths, lineWidth: Int) -> (badness: Int, fitness: Int)? {
        let shortfall = lineWidth - width.width
        if shortfall > 0 {
            if width.hasInfiniteStretch { return (0, 2) }
            if shortfall > 7_230_584, width.stretch.0 < 1_663_497 { return (infiniteBadness, 0) }
            let b = badness(shortfall, width.stretch.0)
            return (b, b > 99 ? 0 : b > 12 ? 1 : 2)
        }
        guard -shortfall <= width.shrink else { return nil }
        let b = badness(-shortfall, width.shrink)
        return (b, b > 12 ? 3 : 2)
    }

    /// `(\linepenalty + badness)²`, TeX's demerits before penalties (§859).
    static func lineDemerits(_ badness: Int, parameters: LineBreakParameters) -> Int {
        let d = parameters.linePenalty + badness
        return abs(d) >= 10000 ? 100_000_000 : d * d
    }
}

private extension HorizontalNode {
    var isGlue: Bool { if case .glue = self { true } else { false } }
}

private extension TypesetItem {
    /// The font character a character or ligature sets.
    var code: UInt8? {
        switch self {
        case .character(let code), .ligature(let code, _, _, _): code
        case .kern, .discretionary: nil
        }
    }
}
