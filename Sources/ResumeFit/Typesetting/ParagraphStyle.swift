import ResumeThemes

/// A Latin Modern text font as LaTeX selects it: family, series, shape and size.
public struct FontSelection: Sendable, Hashable {
    /// The family a paragraph starts in; series and shape changes keep it.
    public var family: LatinModern.Family
    public var series: LatinModern.Series
    public var shape: LatinModern.Shape
    /// The size in scaled points (sp), as `\fontsize` gives it.
    public var size: Int

    public init(
        family: LatinModern.Family = .roman, series: LatinModern.Series = .regular,
        shape: LatinModern.Shape = .upright, size: Int
    ) {
        self.family = family
        self.series = series
        self.shape = shape
        self.size = size
    }
}

extension ParagraphSettings.FontFamily {
    /// The NFSS family a theme's document is set in: `lmr`, or `lmss` for a theme whose preamble
    /// makes the sans family the default (`\renewcommand\familydefault{\sfdefault}`).
    public var latinModernFamily: LatinModern.Family {
        switch self {
        case .latinModern: .roman
        case .latinModernSans: .sans
        }
    }
}

/// The context a block macro sets up before its paragraph's text: the font, the line-breaking
/// settings and what else TeX's paragraph builder depends on.
public struct ParagraphStyle: Sendable {
    /// The font the paragraph's text starts in.
    public var font: FontSelection
    /// The size `\cvsmall` switches to, in sp.
    public var smallSize: Int
    /// `\hsize`, `\leftskip`, `\rightskip`, `\parfillskip`, hanging indentation, tolerances and
    /// demerits, as they stand when the paragraph begins; the text may still change `\rightskip`
    /// and `\parfillskip`, whose values at the paragraph's end count.
    public var parameters: LineBreakParameters
    /// Whether the paragraph begins with an indentation box (`\parindent` wide); false after `\noindent`.
    public var startsWithIndentBox: Bool
    /// `\parindent`, in sp: the width of the indentation box.
    public var parIndent: Int
    /// `\frenchspacing`: every space after punctuation is an ordinary interword space.
    public var frenchSpacing: Bool
    /// `\hyphenpenalty`: the cost of breaking at a hyphenation or a discretionary with a hyphen.
    public var hyphenPenalty: Int
    /// `\exhyphenpenalty`: the cost of breaking after an explicit hyphen or at an empty discretionary.
    public var exHyphenPenalty: Int

    public init(
        font: FontSelection, smallSize: Int, parameters: LineBreakParameters,
        startsWithIndentBox: Bool = false, parIndent: Int = 0, frenchSpacing: Bool = false,
        hyphenPenalty: Int = 50, exHyphenPenalty: Int = 50
    ) {
        self.font = font
        self.smallSize = smallSize
        self.parameters = parameters
        self.startsWithIndentBox = startsWithIndentBox
        self.parIndent = parIndent
        self.frenchSpacing = frenchSpacing
        self.hyphenPenalty = hyphenPenalty
        self.exHyphenPenalty = exHyphenPenalty
    }
}
