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

    init(manifest: ThemeManifest) {
        self.layout = manifest.layout
        self.paragraphs = BlockParagraphs(manifest: manifest)
    }

    let penalties = ParagraphPenalties(interline: 0, club: 10000, widow: 10000, broken: 100)

    /// The main vertical list of a document made of `blocks`, with each line tagged by its
    /// block, and the paragraphs each block set.
    func verticalList(_ blocks: [BlockCall]) throws -> (nodes: [VerticalNode], paragraphs: [[SetParagraph]]) {
        var list = VerticalListBuilder()
        var state = BlockState()
        var set: [[SetParagraph]] = []
        list.appendWhatsit()  // \begin{document}: hyperref's anchor and the body colour
        for (index, block) in blocks.enumerated() {
            set.append(try append(block, index: index, to: &list, state: &state))
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

/// The flags `\cvstart` keeps between blocks: keep with the previous block, first in a section.
struct BlockState {
    var keep = false
    var first = false
}

extension DocumentLayout {
    /// The block macros of the built-in preambles and their number of arguments.
    static let arity = [
        "cvname": 1, "cvlabel": 1, "cvcontacts": 1, "cvheaderend": 0, "cvsummary": 1, "cvsection": 1,
        "cventry": 4, "cvitem": 1, "cvtext": 1, "cvpair": 2,
    ]

    /// Appends one block and returns the paragraphs it set.
    func append(_ block: BlockCall, index: Int, to list: inout VerticalListBuilder, state: inout BlockState) throws -> [SetParagraph] {
        let arguments = block.arguments
        guard arguments.count == Self.arity[block.name] ?? 0 else { throw LaTeXBodyReader.Problem.unknownCommand(block.name) }
        var set: [SetParagraph] = []
        func paragraph(_ paragraph: BlockParagraph, baselineSkip: LayoutLength) {
            let result = setter.set(paragraph.latex, style: paragraph.style)
            set.append(result)
            list.appendGlue(0)  // \parskip, twice: LaTeX's paragraph hook adds its own
            list.appendGlue(0)
            let lines = result.lines.map { (height: $0.height, depth: $0.depth, endsWithHyphen: false) }
            list.appendParagraph(lines, baselineSkip: skip(baselineSkip), penalties: penalties, block: index)
        }
        func vspace(_ key: LayoutLength) {
            list.appendGlue(skip(key))
            list.appendGlue(0)
        }
        /// `\cvstart{penalty}{space}`.
        func start(penalty: Int, space: LayoutLength) {
            list.appendPenalty(state.keep ? TeXConstants.infinitePenalty : penalty)
            if !state.first { vspace(space) }
            state.keep = false
            state.first = false
        }

        switch block.name {
        case "cvname":
            list.appendWhatsit()
            paragraph(paragraphs.name(arguments[0]), baselineSkip: .nameSkip)
            list.appendWhatsit()
        case "cvlabel":
            vspace(.labelBefore)
            paragraph(paragraphs.label(arguments[0]), baselineSkip: .baselineSkip)
        case "cvcontacts":
            vspace(.labelBefore)
            paragraph(paragraphs.contacts(arguments[0]), baselineSkip: .smallSkip)
        case "cvheaderend":
            vspace(.headerAfter)
        case "cvsummary":
            vspace(.headingBefore)
            paragraph(paragraphs.summary(arguments[0]), baselineSkip: .baselineSkip)
        case "cvsection":
            list.appendPenalty(-100)
            vspace(.headingBefore)
            list.appendWhatsit()
            paragraph(paragraphs.section(arguments[0]), baselineSkip: .headingSkip)
            list.appendWhatsit()
            list.appendPenalty(TeXConstants.infinitePenalty)
            vspace(.ruleGap)
            list.appendWhatsit()
            list.appendRule(height: skip(.ruleThickness), depth: 0, block: index)
            list.appendWhatsit()
            list.appendPenalty(TeXConstants.infinitePenalty)
            vspace(.headingAfter)
            state.keep = true
            state.first = true
        case "cventry":
            start(penalty: 0, space: .entryBefore)
            // Stacked: two paragraphs, kept together; inline: one.
            let lines = paragraphs.entry(title: arguments[0], dates: arguments[1], subtitle: arguments[2], place: arguments[3])
            for (number, line) in lines.enumerated() {
                if number > 0 { list.appendPenalty(TeXConstants.infinitePenalty) }  // \nopagebreak
                paragraph(line, baselineSkip: .baselineSkip)
            }
            state.keep = true
        case "cvitem":
            start(penalty: 300, space: .itemBefore)
            paragraph(paragraphs.item(arguments[0]), baselineSkip: .baselineSkip)
        case "cvtext":
            start(penalty: 300, space: .itemBefore)
            paragraph(paragraphs.text(arguments[0]), baselineSkip: .baselineSkip)
        case "cvpair":
            start(penalty: 0, space: .itemBefore)
            paragraph(paragraphs.pair(name: arguments[0], value: arguments[1]), baselineSkip: .baselineSkip)
        default:
            throw LaTeXBodyReader.Problem.unknownCommand(block.name)
        }
        return set
    }
}

extension DocumentLayout {
    /// The blocks made of one paragraph of prose, which the report lists as items.
    static let paragraphBlocks: Set<String> = ["cvsummary", "cvitem", "cvtext", "cvpair"]

    /// The single paragraph a prose block sets, or nil for other blocks.
    func paragraph(of block: BlockCall) -> BlockParagraph? {
        guard block.arguments.count == Self.arity[block.name] else { return nil }
        switch block.name {
        case "cvsummary": return paragraphs.summary(block.arguments[0])
        case "cvitem": return paragraphs.item(block.arguments[0])
        case "cvtext": return paragraphs.text(block.arguments[0])
        case "cvpair": return paragraphs.pair(name: block.arguments[0], value: block.arguments[1])
        default: return nil
        }
    }
}
