/// A text font as LaTeX selects it: typeface, family, series, shape and size.
package struct FontSelection: Sendable, Hashable {
    /// The typeface the whole document is set in; no command in the text changes it.
    package var typeface: Typeface
    /// The family a paragraph starts in; series and shape changes keep it.
    package var family: LatinModern.Family
    package var series: LatinModern.Series
    package var shape: LatinModern.Shape
    /// The size in scaled points (sp), as `\fontsize` gives it.
    public var size: Int

    public init(
        typeface: Typeface = .latinModern, family: LatinModern.Family = .roman, series: LatinModern.Series = .regular,
        shape: LatinModern.Shape = .upright, size: Int
    ) {
        self.typeface = typeface
        self.family = family
        self.series = series
        self.shape = shape
        self.size = size
    }
}

/// The typeface a document's text is set in, which the renderer chooses for the whole document.
package enum Typeface: Sendable, Hashable {
    /// Latin Modern (or TeX Gyre Heros): its TFM fonts, which pdflatex sets a document in (T1
    /// and TS1).
    case latinModern
    /// Latin Modern's (or TeX Gyre Heros's) OpenType faces, which XeLaTeX sets a document without
    /// Cyrillic or Greek in: measured with their OpenType tables, laid out as TFM fonts
    /// (``OpenTypeTFM``), as XeTeX sets them.
    case latinModernOpenType
    /// Computer Modern Unicode through fontspec, which XeLaTeX sets a document with Cyrillic or
    /// Greek in (see ``CyrillicAndGreek``): measured with its OpenType tables, laid out as TFM
    /// fonts (``OpenTypeTFM``).
    case computerModernUnicode
}

/// The context a block macro sets up before its paragraph's text: the font, the line-breaking
/// settings and what else TeX's paragraph builder depends on.
package struct ParagraphStyle: Sendable {
    /// The font the paragraph's text starts in.
    public var font: FontSelection
    /// The document's own macros the text may use, by name, with what each does: the list
    /// builder knows TeX's and LaTeX's commands, and learns these from whoever defined them.
    package var macros: [String: TextMacro]
    /// `\hsize`, `\leftskip`, `\rightskip`, `\parfillskip`, hanging indentation, tolerances and
    /// demerits, as they stand when the paragraph begins; the text may still change `\rightskip`
    /// and `\parfillskip`, whose values at the paragraph's end count.
    public var parameters: LineBreakParameters
    /// Whether the paragraph begins with an indentation box (`\parindent` wide); false after `\noindent`.
    package var startsWithIndentBox: Bool
    /// `\parindent`, in sp: the width of the indentation box.
    package var parIndent: Int
    /// `\frenchspacing`: every space after punctuation is an ordinary interword space.
    package var frenchSpacing: Bool
    /// `\hyphenpenalty`: the cost of breaking at a hyphenation or a discretionary with a hyphen.
    package var hyphenPenalty: Int
    /// `\exhyphenpenalty`: the cost of breaking after an explicit hyphen or at an empty discretionary.
    package var exHyphenPenalty: Int
    /// The `\baselineskip` each of the theme's font sizes sets (`\fontsize{size}{skip}`), in sp,
    /// which xeCJK's glue between CJK characters stretches by a part of.
    package var baselineSkips: [Int: Int]
    /// xeCJK's spacing for Korean, which separates words with spaces (`CJKspace=true`, no glue
    /// between CJK and Latin text), or for Chinese and Japanese when false: a space between two
    /// CJK characters is dropped, and one (`\CJKecglue`) stands between CJK and Latin text.
    package var cjkRegion: CJKRegion

    public init(
        font: FontSelection, macros: [String: TextMacro] = [:], parameters: LineBreakParameters,
        startsWithIndentBox: Bool = false, parIndent: Int = 0, frenchSpacing: Bool = false,
        hyphenPenalty: Int = 50, exHyphenPenalty: Int = 50, baselineSkips: [Int: Int] = [:],
        cjkRegion: CJKRegion = .korean
    ) {
        self.font = font
        self.macros = macros
        self.parameters = parameters
        self.startsWithIndentBox = startsWithIndentBox
        self.parIndent = parIndent
        self.frenchSpacing = frenchSpacing
        self.hyphenPenalty = hyphenPenalty
        self.exHyphenPenalty = exHyphenPenalty
        self.baselineSkips = baselineSkips
        self.cjkRegion = cjkRegion
    }
}

/// What a document's own macro does inside a paragraph's text, in terms the list builder sets.
package enum TextMacro: Sendable, Hashable {
    /// `\name{text}`: its argument as an unbreakable box, as `\hbox` sets it.
    case box
    /// `\name`: the text goes on in this size (sp), as `\fontsize{size}{…}\selectfont` sets it.
    case fontSize(Int)
    /// `\name`: a place to break that is `text` (LaTeX) when the line does not break there and
    /// nothing when it does, at `\exhyphenpenalty`: `\discretionary{}{}{\hbox{text}}`.
    case separator(String)
    /// `\name{code}`: the character `code` of marvosym at the current size, then 0.4em of glue.
    case marvosymIcon
}
