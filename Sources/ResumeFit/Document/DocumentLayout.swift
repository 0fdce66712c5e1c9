import ResumeRender
import ResumeSupport
import ResumeThemes
import TeXTypesetting

/// The vertical spacing of the block macros, from the theme's layout values: which glue,
/// penalties and specials each block macro puts on the main vertical list around its paragraphs.
///
/// This mirrors the macro definitions in the theme's LaTeX preamble (`\cvstart`, `\cvsection`,
/// `\cventry`, …), with an entry of one or two lines as the manifest's `entryStyle` says; the
/// accuracy tests compare the result with pdfLaTeX's own page breaks.
struct DocumentLayout {
    let layout: PageLayout
    let paragraphs: BlockParagraphs
    let setter = ParagraphSetter()

    /// Whether the typographer's defaults of the built-in macros apply: a heading and an entry's
    /// title stay with what follows, an entry's first line and a list's first and last bullets of
    /// one line are not left alone. Off only in tests, to show what the defaults prevent; TeX
    /// always applies them.
    var typographerDefaults = true

    /// The layout of a theme's document, set in `typeface` (the renderer's choice for the résumé),
    /// with xeCJK's spacing for the résumé's language.
    init(manifest: ThemeManifest, typeface: Typeface = .latinModern, cjkRegion: CJKRegion = .korean) {
        self.layout = manifest.layout
        self.paragraphs = BlockParagraphs(manifest: manifest, typeface: typeface, cjkRegion: cjkRegion)
    }

    let penalties = ParagraphPenalties(interline: 0, club: 10000, widow: 10000, broken: 100)

    /// The main vertical list of a document made of `blocks`, with each line tagged by its
    /// block, and the paragraphs each block set.
    ///
    /// The paragraphs do not depend on each other, only the vertical list on them: they are set
    /// first, on every core, and the list is made of them in order.
    func verticalList(_ blocks: [BlockCall]) throws -> (nodes: [VerticalNode], paragraphs: [[SetParagraph]]) {
        let set = blocks.concurrentMap { [self] block in
            paragraphs(setBy: block).map { setter.set($0.latex, style: $0.style) }
        }
        var list = VerticalListBuilder()
        var state = BlockState()
        list.appendWhatsit()  // \begin{document}: hyperref's anchor and the body colour
        for (index, block) in blocks.enumerated() {
            try append(block, index: index, set: set[index], to: &list, state: &state)
        }
        list.appendDocumentEnd(maxDepth: maxDepth)
        return (list.nodes, set)
    }

    /// `\topskip` and `\maxdepth`.
    var topSkip: Int { skip(.topSkip) }
    var maxDepth: Int { skip(.maxDepth) }

    /// `\textheight`: the paper height less the top and bottom margins.
    var textHeight: Int {
        TeXLength.scaledPoints(layout.paper.height) - TeXLength.scaledPoints(layout.margins.top)
            - TeXLength.scaledPoints(layout.margins.bottom)
    }

    private func skip(_ key: LayoutLength) -> Int { TeXLength.scaledPoints(layout[key]) }
}

/// What the block macros keep between blocks (the TeX registers of the same names), which decides
/// whether a page may break before the next block.
struct BlockState {
    /// `\ifcvkeep`: the next block stays with what precedes it (after a heading, an entry's title,
    /// or before a list's last bullet of one line).
    var keep = false
    /// `\ifcvfirst`: the next block is the first of a section, with no space above it.
    var first = false
    /// `\ifcvclub`: the block just set must not end a page if it is one line.
    var club = false
    /// `\ifcvhead`: the next block is the first under an entry's title.
    var head = false
    /// `\cvtogetherdepth` and `\cvopened`: how many kept-together regions are open, and how many
    /// of them opened since the last block began (the break before their first block is allowed).
    var together = 0
    var opened = 0
    /// `\interlinepenalty`: 10000 inside a kept-together region.
    var interlinePenalty = 0
    /// `\cvcount` and `\cvleft`: the bullets the list announced and those not yet set.
    var listCount = 0
    var listLeft = 0
    /// `\prevgraf`: the lines of the last paragraph set.
    var previousLines = 0

    /// `\cvreset`, at each heading and entry.
    mutating func reset() {
        (club, head, listCount, listLeft) = (false, false, 0, 0)
    }
}

extension DocumentLayout {
    /// Every block the fit engine lays out between other blocks, and its number of arguments.
    static let arity = Dictionary(
        uniqueKeysWithValues: Block.allCases.filter { $0.role != .inline }.map { ($0.rawValue, $0.arguments.count) })

    /// The paragraphs `block` sets, in order; none for a block that sets none or that `append`
    /// rejects.
    func paragraphs(setBy block: BlockCall) -> [BlockParagraph] {
        let arguments = block.arguments
        guard let kind = Block(command: block.name), kind.role != .inline, arguments.count == kind.arguments.count else {
            return []
        }
        switch kind {
        case .name: return [paragraphs.name(arguments[0])]
        case .label: return [paragraphs.label(arguments[0])]
        case .contacts: return [paragraphs.contacts(arguments[0])]
        case .summary, .text, .pair, .item: return proseParagraph(kind, arguments).map(paragraphs.parts) ?? []
        case .section: return [paragraphs.section(arguments[0])]
        case .entry: return paragraphs.entry(title: arguments[0], dates: arguments[1], subtitle: arguments[2], place: arguments[3])
        case .headerEnd, .list, .newPage, .together, .apart, .contact, .separator, .small, .icon: return []
        }
    }

    /// Appends one block, whose paragraphs (`paragraphs(setBy:)`) are `set`.
    func append(_ block: BlockCall, index: Int, set: [SetParagraph], to list: inout VerticalListBuilder, state: inout BlockState) throws {
        let arguments = block.arguments
        guard let kind = Block(command: block.name), kind.role != .inline, arguments.count == kind.arguments.count else {
            throw LaTeXBodyReader.Problem.unknownCommand(block.name)
        }
        var results = set.makeIterator()
        /// The block's next paragraph, with the `\baselineskip` it is set with.
        func paragraph(baselineSkip: LayoutLength) {
            guard let result = results.next() else { return }
            list.appendGlue(0)  // \parskip, twice: LaTeX's paragraph hook adds its own
            list.appendGlue(0)
            let lines = result.lines.map { (height: $0.height, depth: $0.depth, endsWithHyphen: false) }
            var penalties = self.penalties
            penalties.interline = state.interlinePenalty
            list.appendParagraph(lines, baselineSkip: skip(baselineSkip), penalties: penalties, block: index)
            state.previousLines = result.lineCount
        }
        func vspace(_ key: LayoutLength) {
            list.appendGlue(skip(key))
            list.appendGlue(0)
        }
        /// A prose block's paragraphs: one, or one per paragraph of its value.
        func prose() {
            for _ in set { paragraph(baselineSkip: .baselineSkip) }
        }
        /// The block's opening space: a plain `\vspace`, or `\cvstart{penalty}{space}`.
        func open(_ block: Block) {
            switch block.opening {
            case .space(let key)?: vspace(key)
            case .start(let penalty, let key)?: start(penalty: penalty, space: key)
            case nil: break
            }
        }
        func start(penalty: Int, space: LayoutLength) {
            let kept =
                state.together > state.opened || (typographerDefaults && (state.keep || (state.club && state.previousLines == 1)))
            list.appendPenalty(kept ? TeXConstants.infinitePenalty : penalty)
            if !state.first { vspace(space) }
            (state.keep, state.first, state.club, state.opened) = (false, false, false, 0)
            if state.head { (state.club, state.head) = (true, false) }
        }

        switch kind {
        case .name:
            list.appendWhatsit()
            paragraph(baselineSkip: .nameSkip)
            list.appendWhatsit()
        case .label:
            open(kind)
            paragraph(baselineSkip: .baselineSkip)
        case .contacts:
            open(kind)
            paragraph(baselineSkip: .smallSkip)
        case .headerEnd:
            open(kind)
        case .summary, .text, .pair:
            open(kind)
            prose()
        case .section:
            state.reset()
            state.opened = 0
            list.appendPenalty(-100)
            vspace(.headingBefore)
            list.appendWhatsit()
            paragraph(baselineSkip: .headingSkip)
            list.appendWhatsit()
            list.appendPenalty(TeXConstants.infinitePenalty)
            vspace(.ruleGap)
            list.appendWhatsit()
            list.appendRule(height: skip(.ruleThickness), depth: 0, block: index)
            list.appendWhatsit()
            list.appendPenalty(typographerDefaults ? TeXConstants.infinitePenalty : 0)
            vspace(.headingAfter)
            state.keep = true
            state.first = true
        case .entry:
            state.reset()
            open(kind)
            // Stacked: two paragraphs, kept together; inline: one.
            for number in set.indices {
                if number > 0 { list.appendPenalty(TeXConstants.infinitePenalty) }  // \nopagebreak
                paragraph(baselineSkip: .baselineSkip)
            }
            state.keep = true
            state.head = true
        case .item:
            // The last bullet of a list, if one line (its last paragraph, as `\prevgraf` counts), stays
            // with the one before.
            if state.listLeft == 1, set.last?.lineCount == 1 { state.keep = true }
            open(kind)
            // The first of several bullets, if one line, stays with the second.
            if state.listLeft > 1, state.listLeft == state.listCount { state.club = true }
            if state.listLeft > 0 { state.listLeft -= 1 }
            prose()
        case .list:
            guard let count = Int(arguments[0].trimmingWhitespace) else {
                throw LaTeXBodyReader.Problem.unexpectedText(arguments[0])
            }
            (state.listCount, state.listLeft) = (count, count)
        case .newPage:
            list.appendPenalty(TeXConstants.ejectPenalty)
        case .together:
            state.together += 1
            state.opened += 1
            state.interlinePenalty = TeXConstants.infinitePenalty
        case .apart:
            state.together -= 1
            if state.together == 0 { state.interlinePenalty = 0 }
        case .contact, .separator, .small, .icon:
            throw LaTeXBodyReader.Problem.unknownCommand(block.name)
        }
    }
}

extension DocumentLayout {
    /// The paragraph a prose block sets (one per paragraph of its value once `parts` splits it),
    /// or nil for other blocks.
    func paragraph(of block: BlockCall) -> BlockParagraph? {
        guard let kind = Block(command: block.name), block.arguments.count == kind.arguments.count else { return nil }
        return proseParagraph(kind, block.arguments)
    }

    /// The paragraph of a prose block of `kind` with these arguments, their number checked.
    private func proseParagraph(_ kind: Block, _ arguments: [String]) -> BlockParagraph? {
        switch kind {
        case .summary: paragraphs.summary(arguments[0])
        case .item: paragraphs.item(arguments[0])
        case .text: paragraphs.text(arguments[0])
        case .pair: paragraphs.pair(name: arguments[0], value: arguments[1])
        default: nil
        }
    }
}
