import Foundation
import ResumeModel
import ResumeRender
import ResumeThemes
import TeXTypesetting

/// A paragraph a block macro typesets: its text and the context the macro sets it in.
package struct BlockParagraph: Sendable {
    /// The paragraph's LaTeX text, from its start to `\par`.
    package var latex: String
    package var style: ParagraphStyle

    public init(latex: String, style: ParagraphStyle) {
        self.latex = latex
        self.style = style
    }
}

/// The paragraphs of the block macros, built from the theme's layout and looks and a block's
/// LaTeX arguments (as the rendered document passes them, already escaped).
///
/// Each method mirrors one macro `BlockMacros` defines: `\parindent` is 0pt, the alignment and
/// spacing are the manifest's `paragraph`, and the header and headings follow its `blocks`.
package struct BlockParagraphs: Sendable {
    public let layout: PageLayout
    /// Whether the preamble says `\frenchspacing` (classic does) rather than LaTeX's default.
    package let frenchSpacing: Bool
    /// `\textwidth`: paper width less the side margins, in sp, as geometry computes it.
    package let textWidth: Int

    private let normal: FontSelection
    private let smallSize: Int
    /// The block vocabulary's macros a value's text may hold (`BlockMacros` defines them): a
    /// contact as one box, `\cvsmall`'s size, `\cvsep` between contacts (a middle dot with 0.6em
    /// each side, or a break), `\cvicon`'s marvosym picture.
    private let textMacros: [String: TextMacro]
    private let headingSize: Int
    private let nameSize: Int
    private let itemIndent: Int
    private let quad: Int
    /// The `\baselineskip` of each font size the macros set, in sp.
    private let baselineSkips: [Int: Int]
    /// Whether the résumé's CJK text keeps its spaces (Korean) rather than xeCJK's Chinese and
    /// Japanese spacing.
    private let cjkRegion: CJKRegion

    /// The paragraph settings of the theme: tolerances, alignment, spacing.
    public let settings: ParagraphSettings
    /// How the theme's `\cventry` lays out an entry.
    package let entryStyle: EntryStyle
    /// How the header and headings look.
    package let look: BlockLook

    /// The paragraphs of a theme, from its manifest, in the typeface the document is set in, with
    /// xeCJK's spacing for a language that separates words with spaces (Korean) or not.
    public init(manifest: ThemeManifest, typeface: Typeface = .latinModern, cjkRegion: CJKRegion = .korean) {
        self.init(
            layout: manifest.layout, settings: manifest.paragraph, entryStyle: manifest.entryStyle, look: manifest.blocks,
            typeface: typeface, cjkRegion: cjkRegion)
    }

    public init(
        layout: PageLayout, settings: ParagraphSettings, entryStyle: EntryStyle = .stacked, look: BlockLook = .classic,
        typeface: Typeface = .latinModern, cjkRegion: CJKRegion = .korean
    ) {
        self.cjkRegion = cjkRegion
        self.layout = layout
        self.settings = settings
        self.entryStyle = entryStyle
        self.look = look
        self.frenchSpacing = settings.frenchSpacing
        textWidth = TeXLength.scaledPoints(layout.paper.width) - TeXLength.scaledPoints(layout.margins.left)
            - TeXLength.scaledPoints(layout.margins.right)
        normal = FontSelection(
            typeface: typeface, family: settings.font.latinModernFamily, size: TeXLength.scaledPoints(layout[.fontSize]))
        smallSize = TeXLength.scaledPoints(layout[.smallSize])
        textMacros = [
            "cvcontact": .box, "cvsmall": .fontSize(smallSize),
            "cvsep": .separator(#"\hspace{0.6em}\textperiodcentered\hspace{0.6em}"#), "cvicon": .marvosymIcon,
        ]
        headingSize = TeXLength.scaledPoints(layout[.headingSize])
        nameSize = TeXLength.scaledPoints(layout[.nameSize])
        itemIndent = TeXLength.scaledPoints(layout[.itemIndent])
        quad = FontCache.shared.font(FontKey(selection: normal, encoding: .t1))?.quad ?? normal.size
        baselineSkips = Dictionary(
            [(LayoutLength.fontSize, LayoutLength.baselineSkip), (.smallSize, .smallSkip), (.headingSize, .headingSkip), (.nameSize, .nameSkip)].map {
                (TeXLength.scaledPoints(layout[$0.0]), TeXLength.scaledPoints(layout[$0.1]))
            }, uniquingKeysWith: { first, _ in first })
    }

    /// `\cvname{name}`: in the name size, centred or flush left, after an empty indentation box.
    public func name(_ argument: String) -> BlockParagraph {
        BlockParagraph(latex: argument, style: header(FontSelection(typeface: normal.typeface, family: normal.family, size: nameSize)))
    }

    /// `\cvlabel{label}`: italic, or upright in the muted colour.
    public func label(_ argument: String) -> BlockParagraph {
        var font = normal
        guard look.headerDetails == .muted else {
            font.shape = .italic
            return BlockParagraph(latex: argument, style: header(font))
        }
        return BlockParagraph(latex: Self.muted(argument), style: header(font))
    }

    /// `\cvcontacts{contacts}`: in the small size, balanced: its skips stretch by the line's
    /// width in all (`0pt plus .5\hsize` each side when centred, `0pt plus \hsize` on the right
    /// when flush left), and the last line as well.
    package func contacts(_ argument: String) -> BlockParagraph {
        var font = normal
        font.size = smallSize
        var style = body(font)
        switch look.header {
        case .centered:
            style.parameters.leftSkip = Glue(width: 0, stretch: textWidth / 2, stretchOrder: 0)
            style.parameters.rightSkip = Glue(width: 0, stretch: textWidth - textWidth / 2, stretchOrder: 0)
        case .flushLeft:
            style.parameters.leftSkip = .zero
            style.parameters.rightSkip = Glue(width: 0, stretch: textWidth, stretchOrder: 0)
        }
        style.parameters.parFillSkip = .zero
        style.startsWithIndentBox = true
        let latex = look.headerDetails == .muted ? Self.muted(argument) : argument
        return BlockParagraph(latex: latex, style: style)
    }

    /// `\cvsummary{text}`.
    public func summary(_ argument: String) -> BlockParagraph {
        BlockParagraph(latex: argument, style: body())
    }

    /// `\cvsection{title}`: in the heading size, in small capitals or as written, after an empty
    /// indentation box.
    public func section(_ argument: String) -> BlockParagraph {
        let shape: LatinModern.Shape = look.heading == .smallCaps ? .smallCaps : normal.shape
        var style = body(FontSelection(typeface: normal.typeface, family: normal.family, shape: shape, size: headingSize))
        style.startsWithIndentBox = true
        return BlockParagraph(latex: argument, style: style)
    }

    /// `\cventry{title}{dates}{subtitle}{place}`, one paragraph per line the entry style gives it.
    ///
    /// Stacked: the bold title line with the dates flush right, then, unless both are empty, the
    /// italic subtitle line with the place. Inline: one paragraph of the bold title, the italic
    /// subtitle after a comma and the small muted place after a centred dot, with the dates flush
    /// right on its last line.
    public func entry(title: String, dates: String, subtitle: String, place: String) -> [BlockParagraph] {
        switch entryStyle {
        case .stacked:
            var lines = [line(#"\textbf{"# + title + "}", dates)]
            if !(subtitle + place).isEmpty {
                lines.append(line(#"\textit{"# + subtitle + "}", place))
            }
            return lines
        case .inline:
            // The macro tests the subtitle before `\textbf`, so a comma follows the bold title
            // directly and LaTeX adds no italic correction there, as here.
            var left = #"\textbf{"# + title + "}"
            if !subtitle.isEmpty { left += #", \textit{"# + subtitle + "}" }
            if !place.isEmpty { left += #"~\textperiodcentered\ {\cvsmall\color{muted}"# + place + "}" }
            return [line(left, dates)]
        }
    }

    /// `\cvitem{text}`: indented by `itemIndent`, with the bullet hanging in the indentation.
    public func item(_ argument: String) -> BlockParagraph {
        var style = body()
        style.parameters.leftSkip = Glue(width: itemIndent)
        return BlockParagraph(latex: #"\llap{\textbullet\hspace{0.5em}}"# + argument, style: style)
    }

    /// The paragraphs a prose block sets: one per paragraph of its value, where the rendering
    /// wrote `\par` for a blank line. Those after the first start as TeX starts a paragraph inside
    /// the block: after an empty indentation box (`\parindent` is 0pt), with the block's skips but
    /// not the hanging indentation TeX resets at `\par`.
    package func parts(of paragraph: BlockParagraph) -> [BlockParagraph] {
        let separator = ResumeContentType.paragraphBreak(for: .tex)
        guard paragraph.latex.firstByteRange(of: separator) != nil else { return [paragraph] }
        var next = paragraph.style
        next.startsWithIndentBox = true
        next.parameters.hangIndent = 0
        next.parameters.hangAfter = 1
        return paragraph.latex.components(separatedBy: separator).enumerated().map { index, latex in
            BlockParagraph(latex: latex, style: index == 0 ? paragraph.style : next)
        }
    }

    /// `\cvtext{text}`.
    public func text(_ argument: String) -> BlockParagraph {
        BlockParagraph(latex: argument, style: body())
    }

    /// `\cvpair{name}{value}`: the bold name and a colon before the value, lines after the first
    /// indented by `itemIndent`.
    package func pair(name: String, value: String) -> BlockParagraph {
        var style = body()
        style.parameters.hangIndent = itemIndent
        style.parameters.hangAfter = 1
        var latex = ""
        if !name.isEmpty {
            latex = #"\textbf{"# + name + "}" + (value.isEmpty ? "" : ": ")
        }
        return BlockParagraph(latex: latex + value, style: style)
    }
}

private extension BlockParagraphs {
    /// `\cvline{left}{right}`: `right` in the small muted font flush right on the last line of
    /// `left`, or on a line of its own, with `\rightskip` 0pt plus 4em.
    func line(_ left: String, _ right: String) -> BlockParagraph {
        var style = body()
        style.parameters.rightSkip = Glue(width: 0, stretch: 4 * quad)
        var latex = left
        if !right.isEmpty {
            latex += #"\nobreak\hfil\penalty50\hskip1.5em\hbox{}\nobreak\hfil{\cvsmall\color{muted}"# + right
                + #"}\parfillskip=0pt"#
        }
        return BlockParagraph(latex: latex, style: style)
    }

    /// The body's settings from the theme: tolerances and emergency stretch, `\raggedright`
    /// (which also sets `\finalhyphendemerits` to 0) or justified, and no indentation.
    func body(_ font: FontSelection? = nil) -> ParagraphStyle {
        var parameters = LineBreakParameters(lineWidth: textWidth)
        parameters.pretolerance = settings.pretolerance
        parameters.tolerance = settings.tolerance
        parameters.emergencyStretch = TeXLength.scaledPoints(settings.emergencyStretch)
        if settings.alignment == .raggedRight {
            parameters.rightSkip = Glue(width: 0, stretch: 65536, stretchOrder: 1)
            parameters.finalHyphenDemerits = 0
        }
        return ParagraphStyle(
            font: font ?? normal, macros: textMacros, parameters: parameters, frenchSpacing: frenchSpacing,
            baselineSkips: baselineSkips, cjkRegion: cjkRegion)
    }

    /// The header's name and label: centred, or flush left as the body is, after an empty
    /// indentation box.
    func header(_ font: FontSelection) -> ParagraphStyle {
        guard look.header == .centered else {
            var style = body(font)
            style.startsWithIndentBox = true
            return style
        }
        return centered(font)
    }

    /// Text in the muted colour, as `\leavevmode{\color{muted}…}` sets it: the colour's specials
    /// around it.
    static func muted(_ argument: String) -> String {
        #"{\color{muted}"# + argument + "}"
    }

    /// `\centering`: both skips 0pt plus 1fil, `\parfillskip` 0pt, after an empty indentation box.
    func centered(_ font: FontSelection) -> ParagraphStyle {
        var style = body(font)
        style.parameters.leftSkip = Glue(width: 0, stretch: 65536, stretchOrder: 1)
        style.parameters.parFillSkip = .zero
        style.startsWithIndentBox = true
        return style
    }
}

/// Converts theme lengths to scaled points exactly as TeX reads them.
enum TeXLength {
    /// The length as TeX scans its LaTeX spelling (`18mm`, `12.5pt`).
    static func scaledPoints(_ length: Length) -> Int {
        scanned.points(of: length) {
            TeXDimensionScanner(quad: 0, xHeight: 0).dimension(length.description) ?? Int((length.points * 65536).rounded())
        }
    }

    /// The lengths scanned so far: a document's layout asks for the same few skips at every block,
    /// and spelling and scanning one costs thousands of instructions.
    private static let scanned = ScannedLengths()

    private final class ScannedLengths: @unchecked Sendable {
        private struct Key: Hashable {
            var value: UInt64
            var unit: String
        }

        private var points: [Key: Int] = [:]
        private let lock = NSLock()

        func points(of length: Length, scan: () -> Int) -> Int {
            let key = Key(value: length.value.bitPattern, unit: length.unit.rawValue)
            if let known = lock.withLock({ points[key] }) { return known }
            let scanned = scan()
            lock.withLock { points[key] = scanned }
            return scanned
        }
    }
}

extension Resume {
    /// The typeface the résumé's LaTeX document is set in by `engine`: CMU for a XeLaTeX
    /// document with Cyrillic or Greek (see ``CyrillicAndGreek``), Latin Modern's OpenType faces
    /// for any other XeLaTeX document, its TFM fonts for pdflatex.
    func typeface(for engine: TeXEngine) -> Typeface {
        guard engine == .xelatex else { return .latinModern }
        return setsCyrillicAndGreekInCMU ? .computerModernUnicode : .latinModernOpenType
    }
}

extension ParagraphSettings.FontFamily {
    /// The NFSS family a theme's document is set in: `lmr`, or `lmss` or `qhv` for a theme whose
    /// setup makes that sans family the default (`\renewcommand\familydefault{\sfdefault}`).
    package var latinModernFamily: LatinModern.Family {
        switch self {
        case .latinModern: .roman
        case .latinModernSans: .sans
        case .texGyreHeros: .heros
        }
    }
}
