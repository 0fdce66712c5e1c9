/// One item of a paragraph's horizontal list, as TeX's line breaker sees it; dimensions are in
/// scaled points (sp, 1/65536 pt).
package enum HorizontalNode: Sendable, Equatable {
    /// Characters, ligatures and boxes: material that is never a breakpoint.
    case box(width: Int)
    /// Interword space or skip: a breakpoint when it follows a box or a font kern.
    case glue(Glue)
    /// A kern; an explicit kern (`\kern`) followed by glue is a breakpoint, a font kern is not.
    case kern(width: Int, explicit: Bool)
    /// A penalty: a breakpoint costing `value` (10000 forbids, -10000 forces).
    case penalty(Int)
    /// A place the line may break, with what is typeset before and after the break, and what
    /// stands there when it does not break. `automatic` marks breaks found by hyphenation, which
    /// the first pass does not see.
    case discretionary(Discretionary)

    /// Whether glue right after this node is a legal breakpoint (TeX's `precedes_break`,
    /// plus a font kern).
    var allowsBreakAtFollowingGlue: Bool {
        switch self {
        case .box, .discretionary: true
        case .kern(_, let explicit): !explicit
        case .glue, .penalty: false
        }
    }
}

/// Stretchable, shrinkable space; `stretchOrder` 0 is finite, 1 is `fil`, 2 `fill`, 3 `filll`.
package struct Glue: Sendable, Equatable {
    public var width: Int
    package var stretch: Int
    package var stretchOrder: Int
    package var shrink: Int

    public init(width: Int, stretch: Int = 0, stretchOrder: Int = 0, shrink: Int = 0) {
        self.width = width
        self.stretch = stretch
        self.stretchOrder = stretchOrder
        self.shrink = shrink
    }

    /// `\parfillskip`: 0pt plus 1fil.
    package static let parFillSkip = Glue(width: 0, stretch: 65536, stretchOrder: 1)
    public static let zero = Glue(width: 0)
}

/// A discretionary break: `\discretionary{pre}{post}{no-break}`, by width.
package struct Discretionary: Sendable, Equatable {
    /// Width typeset at the end of the line when breaking here (the hyphen, with its kern).
    package var preBreak: Int
    /// Width typeset at the start of the next line when breaking here; nil when nothing is.
    package var postBreak: Int?
    /// Width typeset when not breaking here (and dropped when breaking).
    package var noBreak: Int
    /// Found by hyphenation: only the second and later passes may break here.
    package var automatic: Bool
    /// The break penalty: `\hyphenpenalty` for a hyphenation or a discretionary with a
    /// pre-break text, `\exhyphenpenalty` for an empty one (after an explicit hyphen).
    package var penalty: Int

    public init(preBreak: Int, postBreak: Int? = nil, noBreak: Int = 0, automatic: Bool, penalty: Int) {
        self.preBreak = preBreak
        self.postBreak = postBreak
        self.noBreak = noBreak
        self.automatic = automatic
        self.penalty = penalty
    }
}
