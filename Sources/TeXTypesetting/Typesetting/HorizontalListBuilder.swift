/// Builds the horizontal list TeX makes of a paragraph's LaTeX text, for the commands the classic
/// theme's macros and the LaTeX escaping produce; anything else marks the list approximate.
struct HorizontalListBuilder {
    let style: ParagraphStyle
    let tokens: [LaTeXToken]
    /// The name of each command token (``LaTeXTokens/commandNames``).
    let commandNames: [String]
    /// The tokens this builder interprets: all of them, or an hbox's argument.
    let range: Range<Int>
    /// Inside an hbox (restricted horizontal mode): no discretionaries after hyphens.
    let isRestricted: Bool

    private(set) var nodes: [ListNode] = []
    private(set) var isApproximate = false
    /// `\leftskip`, `\rightskip` and `\parfillskip` as the text last set them.
    private(set) var leftSkip: Glue?
    private(set) var rightSkip: Glue?
    private(set) var parFillSkip: Glue?

    private var font: FontSelection
    private var textFont: LoadedFont?
    private var pendingCodes: [UInt8] = []
    private var pendingFont: LoadedFont?
    private var spaceFactor = 1000
    private var pendingSize: Int?
    /// Colour pops owed at the end of each open group (xcolor's `\aftergroup\reset@color`).
    private var colorPops: [Int] = [0]
    /// What xeCJK puts between the CJK characters of the list (``CJKSpacing``).
    private var cjk = CJKSpacing()
    /// The last character set, until glue follows it: where `\CJKecglue` may go.
    private var lastCharacter: Unicode.Scalar?
    /// The last node's character and font when it is a character measured by its OpenType advance,
    /// for the kern between it and the next.
    private var followsOpenTypeCharacter: (scalar: Unicode.Scalar, font: OpenTypeWidths)?
    /// The indices of the letters of the current word set as boxes by their OpenType advances,
    /// which ``OpenTypeLetterWords`` checks when the word ends.
    private var openTypeLetters: [Int] = []

    init(style: ParagraphStyle, tokens: LaTeXTokens, range: Range<Int>? = nil, font: FontSelection, isRestricted: Bool) {
        self.init(
            style: style, tokens: tokens, range: range, font: font, textFont: FontCache.shared.font(FontKey(selection: font, encoding: .t1)),
            isRestricted: isRestricted)
    }

    /// A builder starting in `font`, whose T1 font is `textFont` (nil when the typeface has none).
    private init(style: ParagraphStyle, tokens: LaTeXTokens, range: Range<Int>?, font: FontSelection, textFont: LoadedFont?, isRestricted: Bool) {
        self.style = style
        self.tokens = tokens.tokens
        self.commandNames = tokens.commandNames
        self.range = range ?? 0..<tokens.tokens.count
        self.isRestricted = isRestricted
        self.font = font
        self.textFont = textFont
        if textFont == nil { isApproximate = true }
        // A paragraph's list holds about a node for every four tokens (a word's glyphs and the
        // space after it): reserved, it is not grown by doubling as it is built.
        if !isRestricted { nodes.reserveCapacity(self.range.count / 4) }
    }

    /// A builder for an hbox inside this list: restricted, in the current font.
    private func box(of tokens: LaTeXTokens, range: Range<Int>? = nil) -> HorizontalListBuilder {
        HorizontalListBuilder(style: style, tokens: tokens, range: range, font: font, textFont: textFont, isRestricted: true)
    }

    /// Interprets every token.
    mutating func interpretAll() {
        interpret(range)
        flush()
        endOpenTypeLetterWord()
    }

    /// Appends an hbox, such as the paragraph's indentation.
    mutating func appendBox(_ extent: Extent) {
        flush()
        append(.box(extent))
        spaceFactor = 1000
    }
}

// MARK: - Tokens

private extension HorizontalListBuilder {
    mutating func interpret(_ range: Range<Int>) {
        var index = range.lowerBound
        while index < range.upperBound {
            switch tokens[index] {
            case .character(let scalar):
                appendCharacter(scalar)
                index += 1
                if scalar.isPrintableASCII { index = continueASCIIWord(from: index, within: range) }
            case .space:
                let next = index + 1 < range.upperBound ? tokens[index + 1] : nil
                if cjk.dropsSpace(before: next, region: style.cjkRegion) {
                    // xeCJK sets nothing for it.
                } else if cjk.previous != nil, !style.cjkRegion.separatesWords {
                    appendSpace(spaceFactor: 1000)  // `\CJKecglue` in place of the space
                } else {
                    appendSpace(spaceFactor: spaceFactor)
                }
                index += 1
            case .tie:
                appendTie()
                index += 1
            case .beginGroup:
                let close = matchingEnd(of: index, within: range)
                if close == range.upperBound { isApproximate = true }
                group { $0.interpret((index + 1)..<close) }
                index = close + 1
            case .endGroup, .unsupported:
                isApproximate = true
                index += 1
            case .command(let number):
                index = command(commandNames[number], at: index + 1, within: range)
            }
        }
    }

    /// The index of the `}` closing the group opened at `open`, or the range's end when it is unclosed.
    func matchingEnd(of open: Int, within range: Range<Int>) -> Int {
        var depth = 0
        for index in open..<range.upperBound {
            switch tokens[index] {
            case .beginGroup: depth += 1
            case .endGroup:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return range.upperBound
    }

    /// The tokens of a braced argument starting at `index` (after optional spaces), and the index
    /// after it; a single token when the argument is not braced.
    mutating func argument(at index: Int, within range: Range<Int>) -> (tokens: Range<Int>, next: Int) {
        var start = index
        while start < range.upperBound, tokens[start] == .space { start += 1 }
        guard start < range.upperBound else {
            isApproximate = true
            return (start..<start, start)
        }
        guard tokens[start] == .beginGroup else { return (start..<(start + 1), start + 1) }
        let close = matchingEnd(of: start, within: range)
        if close == range.upperBound { isApproximate = true }
        return ((start + 1)..<close, min(close + 1, range.upperBound))
    }

    /// The characters of tokens, for reading a length.
    func text(of range: Range<Int>) -> String {
        var text = ""
        for token in tokens[range] {
            switch token {
            case .character(let scalar): text.unicodeScalars.append(scalar)
            case .space: text += " "
            default: text += "\u{0}"
            }
        }
        return text
    }

    /// Reads glue or a dimension written right after a primitive (`\hskip1.5em`, `\rightskip=0pt
    /// plus 4em`), returning it and the index of the first token not read.
    mutating func unbracedGlue(at index: Int, within range: Range<Int>, dimensionOnly: Bool = false) -> (Glue?, Int) {
        var start = index
        while start < range.upperBound, tokens[start] == .space { start += 1 }
        if start < range.upperBound, tokens[start] == .character("=") { start += 1 }
        var end = start
        scan: while end < range.upperBound {
            switch tokens[end] {
            case .character, .space: end += 1
            default: break scan
            }
        }
        var scanner = TextScanner(text(of: start..<end))
        let (quad, xHeight) = (textFont?.quad ?? 0, textFont?.xHeight ?? 0)
        let glue: Glue?
        if dimensionOnly {
            glue = scanner.dimension(quad: quad, xHeight: xHeight, allowsFil: false).map { Glue(width: $0.amount) }
        } else {
            glue = scanner.glue(quad: quad, xHeight: xHeight)
        }
        if glue == nil { isApproximate = true }
        return (glue, start + scanner.position)
    }

    /// The glue of a braced length such as `\hspace{0.5em}`.
    mutating func bracedGlue(_ range: Range<Int>) -> Glue? {
        let scanner = TeXDimensionScanner(quad: textFont?.quad ?? 0, xHeight: textFont?.xHeight ?? 0)
        let glue = scanner.glue(text(of: withoutSpacesAtEnds(range)))
        if glue == nil { isApproximate = true }
        return glue
    }

    /// The tokens of `range` without the spaces at its start and end.
    func withoutSpacesAtEnds(_ range: Range<Int>) -> Range<Int> {
        var (start, end) = (range.lowerBound, range.upperBound)
        while start < end, tokens[start] == .space { start += 1 }
        while end > start, tokens[end - 1] == .space { end -= 1 }
        return start..<end
    }

    /// Runs `body` inside a TeX group: the font and colour come back at its end.
    mutating func group(_ body: (inout Self) -> Void) {
        flush()
        let (savedFont, savedTextFont) = (font, textFont)
        colorPops.append(0)
        body(&self)
        flush()
        let pops = colorPops.removeLast()
        if font != savedFont { (font, textFont) = (savedFont, savedTextFont) }
        for _ in 0..<pops { append(.whatsit) }
    }
}

// MARK: - Commands

private extension HorizontalListBuilder {
    /// Carries out the command whose arguments start at `index`; returns the index after them.
    mutating func command(_ name: String, at index: Int, within range: Range<Int>) -> Int {
        if isOpenTypeDocument, let scalar = Self.unicodeCommands[name] {
            // XeLaTeX's TU encoding makes these commands characters of the word.
            appendOpenType(scalar)
            return index
        }
        if let macro = style.macros[name] { return self.macro(macro, at: index, within: range) }
        let primitive: Primitive
        switch Self.commands[name] {
        case .character(.continuing(let code))?:
            appendT1(code)
            return index
        case .character(.robust(let code))?:
            flush()
            appendT1(code)
            return index
        case .character(.companion(let code))?:
            appendTS1(code)
            return index
        case .primitive(let known)?:
            primitive = known
        case nil:
            flush()
            isApproximate = true
            return index
        }
        switch primitive {
        case .textellipsis:
            appendEllipsis()
        case .allowbreak:
            appendPenalty(0)
        case .nobreak:
            appendPenalty(10000)
        case .penalty:
            flush()
            var scanner = TextScanner(text(of: index..<min(index + 8, range.upperBound)).prefix { $0 != "\u{0}" })
            guard let value = scanner.integer() else {
                isApproximate = true
                return index
            }
            append(.penalty(value))
            return index + scanner.position
        case .discretionaryHyphen:
            appendHyphenDiscretionary()
        case .italicCorrection:
            appendItalicCorrection()
        case .controlSpace:
            flush()
            appendSpace(spaceFactor: 1000)
        case .nobreakspace:
            appendTie()
        case .hfil, .hfill:
            flush()
            append(.glue(Glue(width: 0, stretch: 65536, stretchOrder: primitive == .hfil ? 1 : 2)))
        case .hskip:
            flush()
            let (glue, next) = unbracedGlue(at: index, within: range)
            if let glue { append(.glue(glue)) }
            return next
        case .kern:
            flush()
            let (glue, next) = unbracedGlue(at: index, within: range, dimensionOnly: true)
            if let glue { append(.kern(glue.width)) }
            return next
        case .hspace:
            flush()
            var start = index
            if start < range.upperBound, tokens[start] == .character("*") { start += 1 }
            let (argument, next) = argument(at: start, within: range)
            if let glue = bracedGlue(argument) { append(.glue(glue)) }
            return next
        case .leftskip, .rightskip, .parfillskip:
            flush()
            let (glue, next) = unbracedGlue(at: index, within: range)
            guard let glue, !isRestricted else { return next }
            switch primitive {
            case .leftskip: leftSkip = glue
            case .rightskip: rightSkip = glue
            default: parFillSkip = glue
            }
            return next
        case .hbox, .mbox, .llap, .rlap:
            flush()
            let (argument, next) = argument(at: index, within: range)
            var extent = boxExtent(of: argument)
            if primitive == .llap || primitive == .rlap { extent.width = 0 }
            append(.box(extent))
            spaceFactor = 1000
            return next
        case .discretionary:
            flush()
            let (pre, afterPre) = argument(at: index, within: range)
            let (post, afterPost) = argument(at: afterPre, within: range)
            let (noBreak, next) = argument(at: afterPost, within: range)
            append(.discretionary(MeasuredDiscretionary(
                preBreak: pre.isEmpty ? nil : boxExtent(of: pre),
                postBreak: post.isEmpty ? nil : boxExtent(of: post),
                noBreak: boxExtent(of: noBreak),
                penalty: pre.isEmpty ? style.exHyphenPenalty : style.hyphenPenalty)))
            return next
        case .textbf, .textit, .textsc, .textup, .textmd:
            let (argument, next) = argument(at: index, within: range)
            appendTextFontCommand(primitive, argument: argument, next: next)
            return next
        case .bfseries, .itshape, .scshape, .upshape, .mdseries, .slshape:
            flush()
            setFont(Self.fontChange(primitive, of: font))
        case .fontsize:
            let (size, afterSize) = argument(at: index, within: range)
            let (_, next) = argument(at: afterSize, within: range)
            pendingSize = TeXDimensionScanner(quad: 0, xHeight: 0).dimension(text(of: size))
            if pendingSize == nil { isApproximate = true }
            return next
        case .selectfont:
            flush()
            if let size = pendingSize {
                var selection = font
                selection.size = size
                setFont(selection)
                pendingSize = nil
            }
        case .color:
            flush()
            let (_, next) = argument(at: index, within: range)
            append(.whatsit)
            colorPops[colorPops.count - 1] += 1
            return next
        case .href:
            flush()
            let (_, afterURL) = argument(at: index, within: range)
            let (text, next) = argument(at: afterURL, within: range)
            append(.whatsit)
            group { $0.interpret(text) }
            append(.whatsit)
            return next
        case .fontspec:
            // A symbol in Latin Modern Math (`SymbolFont`), in a group of its own: the font's name
            // is no text; the group's characters are measured with the math font's advances.
            flush()
            let (argument, next) = argument(at: index, within: range)
            if !isOpenTypeDocument || text(of: argument) != SymbolFont.file { isApproximate = true }
            return next
        case .relax, .noindent, .leavevmode, .ignorespaces:
            flush()
        }
        return index
    }

    /// A macro of the document's own (``TextMacro``) whose arguments start at `index`; returns
    /// the index after them.
    mutating func macro(_ macro: TextMacro, at index: Int, within range: Range<Int>) -> Int {
        flush()
        switch macro {
        case .box:
            let (argument, next) = argument(at: index, within: range)
            append(.box(boxExtent(of: argument)))
            spaceFactor = 1000
            return next
        case .fontSize(let size):
            var selection = font
            selection.size = size
            setFont(selection)
            return index
        case .separator(let text):
            var box = box(of: LaTeXTokenizer.tokens(text))
            box.interpretAll()
            if box.isApproximate { isApproximate = true }
            append(.discretionary(MeasuredDiscretionary(
                preBreak: nil, postBreak: nil, noBreak: box.nodes.extent, penalty: style.exHyphenPenalty)))
            return index
        case .marvosymIcon:
            let (argument, next) = argument(at: index, within: range)
            let icon = ScaledFont(Marvosym.font, size: font.size)
            if let code = UInt8(text(of: withoutSpacesAtEnds(argument))), let width = icon.width(of: code) {
                append(.box(Extent(width: width, height: icon.height(of: code) ?? 0, depth: icon.depth(of: code) ?? 0)))
            } else {
                isApproximate = true
            }
            if let glue = TeXDimensionScanner(quad: textFont?.quad ?? 0, xHeight: textFont?.xHeight ?? 0).glue("0.4em") {
                append(.glue(glue))
            }
            spaceFactor = 1000
            return next
        }
    }

    /// `\textbf{…}` and its kin: a group in another font, with the italic corrections LaTeX's
    /// `\check@icl` and `\check@icr` add where the slant changes (ltfntcmd.dtx).
    mutating func appendTextFontCommand(_ command: Primitive, argument: Range<Int>, next: Int) {
        flush()
        let checks = !argument.isEmpty && !(argument.count == 1 && tokens[argument.lowerBound] == .space)
        group { inner in
            inner.setFont(Self.fontChange(command, of: inner.font))
            if checks, !inner.isSlanted, !inner.isNoCorrection(at: argument.lowerBound) {
                inner.appendSlantCorrection()
            }
            inner.interpret(argument)
        }
        if checks, !isSlanted, !isNoCorrection(at: next) {
            appendSlantCorrection()
        }
    }

    static func fontChange(_ command: Primitive, of selection: FontSelection) -> FontSelection {
        var selection = selection
        switch command {
        case .textbf, .bfseries: selection.series = .bold
        case .textmd, .mdseries: selection.series = .regular
        case .textit, .itshape: selection.shape = .italic
        case .textsc, .scshape: selection.shape = .smallCaps
        case .slshape: selection.shape = .slanted
        default: selection.shape = .upright
        }
        return selection
    }

    /// Whether the token is in LaTeX's `\nocorrlist` (`,` and `.`), before which no italic
    /// correction goes.
    func isNoCorrection(at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        return tokens[index] == .character(",") || tokens[index] == .character(".")
    }

    var isSlanted: Bool { (textFont?.slant ?? 0) > 0 }

    /// LaTeX's `\sw@slant`: an italic correction before any trailing space and penalty.
    mutating func appendSlantCorrection() {
        flush()
        if case .glue(let glue) = nodes.last, glue.width != 0 {
            nodes.removeLast()
            appendCorrectionBeforePenalty()
            append(.glue(glue))
        } else {
            appendCorrectionBeforePenalty()
        }
    }

    /// LaTeX's `\fix@penalty`.
    mutating func appendCorrectionBeforePenalty() {
        if case .penalty(let value) = nodes.last, value != 0 {
            nodes.removeLast()
            appendItalicCorrection()
            append(.penalty(value))
        } else {
            appendItalicCorrection()
        }
    }

    /// `\/`: a kern of the last character's italic correction, when the list ends in a character.
    mutating func appendItalicCorrection() {
        flush()
        guard case .glyphs(let run) = nodes.last, let last = run.items.last else { return }
        switch last {
        case .character(let code), .ligature(let code, _, _, _):
            append(.kern(run.font.scaled.italicCorrection(of: code) ?? 0))
        case .kern, .discretionary:
            break
        }
    }

    /// The natural extent of an hbox holding the tokens.
    mutating func boxExtent(of range: Range<Int>) -> Extent {
        var box = box(of: LaTeXTokens(tokens: tokens, commandNames: commandNames), range: range)
        box.interpretAll()
        if box.isApproximate { isApproximate = true }
        return box.nodes.extent
    }

    /// A command that stands for one character.
    enum CharacterCommand {
        /// A `\chardef` token or T1 text symbol: a character of the current font that continues the
        /// run of characters before it.
        case continuing(UInt8)
        /// A robust command (`\DeclareRobustCommand`), whose `\protect` ends the run before its character.
        case robust(UInt8)
        /// A text symbol from the TS1 companion font, set in a group of its own.
        case companion(UInt8)
    }

    /// The commands the builder carries out, each named as in LaTeX.
    enum Primitive: String, CaseIterable {
        case textellipsis, allowbreak, nobreak, penalty
        /// `\-`, `\/` and `\ `.
        case discretionaryHyphen = "-", italicCorrection = "/", controlSpace = " "
        case nobreakspace, hfil, hfill, hskip, kern, hspace, leftskip, rightskip, parfillskip
        case hbox, mbox, llap, rlap, discretionary
        case textbf, textit, textsc, textup, textmd
        case bfseries, itshape, scshape, upshape, mdseries, slshape
        case fontsize, selectfont, color, href, fontspec
        case relax, noindent, leavevmode, ignorespaces
    }

    /// What a command's name means to the builder.
    enum Command {
        case character(CharacterCommand)
        case primitive(Primitive)
    }

    /// Every command the builder knows but the document's own, by name: one lookup finds a
    /// command, where comparing its name with each in turn took longer.
    static let commands: [String: Command] = {
        var commands = characterCommands.mapValues(Command.character)
        for primitive in Primitive.allCases { commands[primitive.rawValue] = .primitive(primitive) }
        return commands
    }()

    private static let characterCommands: [String: CharacterCommand] = {
        let continuing: [String: UInt8] = [
            "%": 37, "&": 38, "#": 35, "{": 123, "}": 125,
            "textbackslash": 92, "textasciicircum": 94, "textasciitilde": 126, "textquotedbl": 34,
            "textless": 60, "textgreater": 62, "textbar": 124, "textbraceleft": 123, "textbraceright": 125,
            "textunderscore": 95, "textdollar": 36, "textendash": 21, "textemdash": 22,
            "textquoteright": 39, "textquoteleft": 96,
        ]
        let companion: [String: UInt8] = [
            "textasciigrave": 96, "textbullet": 136, "textperiodcentered": 183, "texttimes": 214,
        ]
        var commands = continuing.mapValues(CharacterCommand.continuing)
        commands.merge(companion.mapValues(CharacterCommand.companion)) { $1 }
        commands["$"] = .robust(36)
        commands["_"] = .robust(95)
        return commands
    }()

    /// The commands XeLaTeX's TU encoding defines as characters (`\DeclareTextSymbol`), set in the
    /// word like any other; pdflatex takes them from TS1 or builds them.
    static let unicodeCommands: [String: Unicode.Scalar] = [
        "textellipsis": "\u{2026}", "textbullet": "\u{2022}", "textperiodcentered": "\u{00B7}", "texttimes": "\u{00D7}",
        "textasciigrave": "\u{0060}",
    ]
}

// MARK: - Characters and spaces

private extension HorizontalListBuilder {
    mutating func appendCharacter(_ scalar: Unicode.Scalar) {
        appendCJKLatinGlue(before: scalar)
        lastCharacter = scalar
        if isOpenTypeDocument, scalar.value > 0x7E, !scalar.isWide, !hasOwnT1Slot(scalar) {
            // In an OpenType face the text companion's characters and `…` are characters of the word too.
            appendOpenType(scalar)
            return
        }
        if scalar == "\u{2026}" {
            appendEllipsis()
            return
        }
        if scalar.isPrintableASCII {
            appendT1(UInt8(scalar.value))
            return
        }
        switch T1Encoding.encode(Character(scalar)) {
        case .t1(let code): appendT1(code)
        case .ts1(let code): appendTS1(code)
        case nil: appendEstimate(scalar)
        }
    }

    /// Appends the printable ASCII characters from `index` on, which follow one just appended:
    /// each is the T1 slot of its code in the current font, continuing the same run, as
    /// ``appendCharacter(_:)`` sets it there (no kern after a character set by its OpenType
    /// advance, no xeCJK glue between two Latin characters). Most of a paragraph's characters
    /// come this way. Returns the index of the first token not appended.
    mutating func continueASCIIWord(from index: Int, within range: Range<Int>) -> Int {
        guard textFont != nil else { return index }
        let spaceFactorCodes = CharacterCodes.spaceFactorCodes(frenchSpacing: style.frenchSpacing)
        var index = index
        while index < range.upperBound, case .character(let scalar) = tokens[index], scalar.isPrintableASCII {
            let code = UInt8(scalar.value)
            pendingCodes.append(code)
            adjustSpaceFactor(toCode: spaceFactorCodes[Int(code)])
            lastCharacter = scalar
            index += 1
        }
        return index
    }

    /// A character of the current font, continuing the run of characters before it.
    mutating func appendT1(_ code: UInt8) {
        // `textFont` is read where it is used, not bound once: this runs for every character.
        guard textFont != nil else { return }
        if let previous = followsOpenTypeCharacter, let openType = textFont?.openType, previous.font === openType.font,
            let next = openType.characters[Int(code)], let kern = openType.font.kern(between: previous.scalar.value, and: next, size: font.size) {
            // The shaper kerns across the word, from a character set by its advance to this one.
            append(.kern(kern))
        }
        followsOpenTypeCharacter = nil
        if pendingFont !== textFont {
            flush()
            pendingFont = textFont
        }
        pendingCodes.append(code)
        adjustSpaceFactor(code)
    }

    /// A TS1 character, which LaTeX sets in a group of its own.
    mutating func appendTS1(_ code: UInt8) {
        flush()
        let key = FontKey(selection: font, encoding: .ts1)
        guard let companion = FontCache.shared.font(key), companion.glyphs[Int(code)] != nil else {
            isApproximate = true
            append(.box(Extent(width: font.size / 2, height: font.size * 7 / 10)))
            return
        }
        append(.glyphs(companion.glyphRun([code], explicitHyphenBreaks: false)))
        adjustSpaceFactor(code)
    }

    /// `\textellipsis`: three periods, each followed by a kern of the font's interword stretch.
    mutating func appendEllipsis() {
        for _ in 0..<3 {
            appendT1(UInt8(ascii: "."))
            flush()
            append(.kern(textFont?.stretch ?? 0))
        }
    }

    /// Material without TFM metrics: a wide (CJK, Hangul, kana) character as xeCJK sets it in
    /// Noto CJK (``appendCJK(_:)``); a character of an OpenType font
    /// the engine has the advances of (Cyrillic and Greek in CMU, symbols, Vietnamese) as its
    /// advance and bounding box, kerned against such a character before it; anything else as
    /// half an em. All but the OpenType characters make the list approximate. An upper-case letter sets the space factor to 999,
    /// as LaTeX's `\sfcode` for every upper-case Unicode letter does.
    mutating func appendEstimate(_ scalar: Unicode.Scalar) {
        if isOpenTypeDocument, !scalar.isWide {
            appendOpenType(scalar)
            return
        }
        flush()
        let em = font.size
        if scalar.isWide {
            // Measured as xeCJK sets it; ``CJKSpacing`` says where it is not.
            appendCJK(scalar)
            spaceFactor = scalar.properties.isUppercase && scalar.properties.changesWhenLowercased ? 999 : 1000
            return
        }
        isApproximate = true
        if let metrics = OpenTypeWidths.font(for: scalar, in: font), let extent = metrics.extent(of: scalar, size: em) {
            if let previous = followsOpenTypeCharacter, previous.font === metrics,
                let kern = metrics.kern(between: previous.scalar, and: scalar, size: em) {
                append(.kern(kern))
            }
            append(.box(extent))
            followsOpenTypeCharacter = (scalar, metrics)
        } else if scalar.properties.generalCategory != .nonspacingMark {
            append(.box(Extent(width: em / 2, height: em * 7 / 10)))
        }
        spaceFactor = scalar.properties.isUppercase && scalar.properties.changesWhenLowercased ? 999 : 1000
    }

    /// A character xeCJK sets in Noto CJK, in the face the theme's family maps to (``CJKSpacing``).
    mutating func appendCJK(_ scalar: Unicode.Scalar) {
        let setting = CJKSpacing.Setting(
            region: style.cjkRegion, face: font.family == .roman ? .serif : .sans,
            weight: font.series == .bold || font.series == .boldNotExtended ? .bold : .regular, size: font.size,
            baselineSkip: style.baselineSkips[font.size] ?? font.size * 6 / 5, parIndent: style.parIndent)
        cjk.append(scalar, in: setting, to: &nodes)
        // Approximate still: each glyph is given the height and depth of 가 or 中, not its own,
        // which decides a page's break where the page is filled to a fraction of a point
        // (CJKFitAccuracyTests' Traditional Chinese document).
        isApproximate = true
    }

    /// In Chinese and Japanese, `\CJKecglue` (a normal interword space) between a CJK character
    /// and Latin text that touch, as xeCJK inserts it (across font commands and braces).
    mutating func appendCJKLatinGlue(before scalar: Unicode.Scalar) {
        guard !style.cjkRegion.separatesWords, let previous = lastCharacter, previous.isWide != scalar.isWide,
            NotoCJK.takesLatinGlue(between: previous, and: scalar)
        else { return }
        appendSpace(spaceFactor: 1000)
    }

    /// A character of a document set in OpenType faces that their T1 layout has no slot for —
    /// Cyrillic, Greek, Vietnamese, `…`, `•` — or a symbol in Latin Modern Math: its advance and bounding
    /// box, kerned against the character before it in the same face (a box, or the last character
    /// of a run of T1 slots), as XeTeX's shaper sets the word. A character neither font has is
    /// estimated as half an em.
    mutating func appendOpenType(_ scalar: Unicode.Scalar) {
        flush()
        let em = font.size
        guard let metrics = OpenTypeWidths.font(for: scalar, in: font), let extent = metrics.extent(of: scalar, size: em) else {
            isApproximate = true
            if scalar.properties.generalCategory != .nonspacingMark { append(.box(Extent(width: em / 2, height: em * 7 / 10))) }
            return
        }
        var previous = followsOpenTypeCharacter.flatMap { $0.font === metrics ? $0.scalar.value : nil }
        if previous == nil, case .glyphs(let run) = nodes.last, let openType = run.font.openType, openType.font === metrics {
            switch run.items.last {
            case .character(let code)?, .ligature(let code, _, _, _)?: previous = openType.characters[Int(code)]
            default: break
            }
        }
        if let previous, let kern = metrics.kern(between: previous, and: scalar.value, size: em) { append(.kern(kern)) }
        append(.box(extent))
        if !isRestricted, Self.letterCategories.contains(scalar.properties.generalCategory) { openTypeLetters.append(nodes.count - 1) }
        followsOpenTypeCharacter = (scalar, metrics)
        spaceFactor = scalar.properties.isUppercase && scalar.properties.changesWhenLowercased ? 999 : 1000
    }

    /// Whether the character is the one its T1 slot sets in the current OpenType face: not so for
    /// a character T1 lacks, nor for one that shares its slot with another (`Đ` and `Ð`, `ș` and
    /// `ş`), which the face may draw differently.
    func hasOwnT1Slot(_ scalar: Unicode.Scalar) -> Bool {
        guard case .t1(let code)? = T1Encoding.encode(Character(scalar)) else { return false }
        return textFont?.openType.map { $0.characters[Int(code)] == scalar.value } ?? true
    }

    /// The characters XeLaTeX's `\lccode` makes letters, which hyphenation counts.
    static let letterCategories: Set<Unicode.GeneralCategory> = [
        .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
    ]

    /// A word with letters set as boxes ended: where TeX's patterns find a break in it, XeTeX may
    /// hyphenate it and the engine does not, so the paragraph is approximate.
    mutating func endOpenTypeLetterWord() {
        guard !openTypeLetters.isEmpty else { return }
        if OpenTypeLetterWords.hyphenate(nodes, letters: openTypeLetters) { isApproximate = true }
        openTypeLetters.removeAll()
    }

    /// Whether the document is set in OpenType faces whose every character the engine measures
    /// (XeLaTeX's: CMU, or Latin Modern's or TeX Gyre Heros's OpenType faces).
    var isOpenTypeDocument: Bool { font.typeface != .latinModern }

    /// TeX's space factor rule (§1034): a code below 1000 sets it, zero leaves it, and a code
    /// above 1000 takes effect only from 1000 or more.
    mutating func adjustSpaceFactor(_ code: UInt8) {
        adjustSpaceFactor(toCode: CharacterCodes.spaceFactorCode(code, frenchSpacing: style.frenchSpacing))
    }

    /// The rule for a character whose `\sfcode` is `value`.
    mutating func adjustSpaceFactor(toCode value: Int) {
        if value == 1000 {
            spaceFactor = 1000
        } else if value < 1000 {
            if value > 0 { spaceFactor = value }
        } else {
            spaceFactor = spaceFactor < 1000 ? 1000 : value
        }
    }

    /// An interword space of the current font at a space factor (§1041–§1044).
    mutating func appendSpace(spaceFactor: Int) {
        flush()
        guard let textFont else { return }
        let glue = textFont.scaled.spacing.glue(spaceFactor: spaceFactor)
        append(.glue(Glue(width: glue.width, stretch: glue.stretch, shrink: glue.shrink)))
    }

    /// `~`: a penalty of 10000 and a normal space (`\nobreak\ `).
    mutating func appendTie() {
        appendPenalty(10000)
        appendSpace(spaceFactor: 1000)
    }

    mutating func appendPenalty(_ value: Int) {
        flush()
        append(.penalty(value))
    }

    /// `\-`: a discretionary hyphen in the current font.
    mutating func appendHyphenDiscretionary() {
        flush()
        let hyphen = ScaledFont.hyphenCharacter
        let extent = textFont?.extent(of: hyphen)
        append(.discretionary(MeasuredDiscretionary(
            preBreak: extent, postBreak: nil, noBreak: Extent(), penalty: style.hyphenPenalty)))
    }

    mutating func setFont(_ selection: FontSelection) {
        guard selection != font else { return }
        font = selection
        textFont = FontCache.shared.font(FontKey(selection: selection, encoding: .t1))
        if textFont == nil { isApproximate = true }
    }

    mutating func append(_ node: ListNode) {
        if case .glue = node {
            lastCharacter = nil
            endOpenTypeLetterWord()
        }
        nodes.append(node)
        cjk.reset()
        followsOpenTypeCharacter = nil
    }
}

extension HorizontalListBuilder {
    /// Sets the characters collected since the last command, space or font change as one run of
    /// TeX's main loop.
    mutating func flush() {
        guard !pendingCodes.isEmpty, let runFont = pendingFont else { return }
        defer { pendingCodes.removeAll(keepingCapacity: true) }
        append(.glyphs(runFont.glyphRun(pendingCodes, explicitHyphenBreaks: !isRestricted)))
    }
}

extension [ListNode] {
    /// The natural extent of an hbox holding the nodes.
    var extent: Extent {
        reduce(into: Extent()) { $0.append($1.extent) }
    }
}

private extension Unicode.Scalar {
    /// `!` to `~`: a character that is its own T1 slot.
    var isPrintableASCII: Bool { (0x21...0x7E).contains(value) }
}
