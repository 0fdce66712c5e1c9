/// One node of typeset text in a single font, as TeX's main loop and hyphenation build them.
package enum TypesetItem: Sendable, Equatable {
    /// A character of the font.
    case character(UInt8)
    /// A ligature character standing for the original characters (`components`, possibly none);
    /// the flags record a ligature formed with the left or right word boundary (TeX's subtype).
    case ligature(UInt8, components: [UInt8], leftBoundary: Bool, rightBoundary: Bool)
    /// A kern from the font's lig/kern program, in scaled points.
    case kern(Int)
    /// A place to break: what ends the line, what starts the next, and what stands here unbroken.
    case discretionary(TypesetDiscretionary)
}

/// A discretionary break in typeset text, as `\discretionary{pre}{post}{unbroken}` would hold it.
package struct TypesetDiscretionary: Sendable, Equatable {
    /// Typeset at the end of the line when the line breaks here (for a hyphenation: the hyphen).
    package var preBreak: [TypesetItem]
    /// Typeset at the start of the next line when the line breaks here.
    package var postBreak: [TypesetItem]
    /// Typeset when the line does not break here (TeX's `replace_count` nodes that follow).
    package var unbroken: [TypesetItem]

    public init(preBreak: [TypesetItem], postBreak: [TypesetItem], unbroken: [TypesetItem]) {
        self.preBreak = preBreak
        self.postBreak = postBreak
        self.unbroken = unbroken
    }
}

/// A run of characters typeset in one font: its nodes and natural width in scaled points.
package struct TypesetRun: Sendable, Equatable {
    public let items: [TypesetItem]
    public let width: Int
}

/// Whether TeX's implicit boundary characters act at the ends of a run (`\noboundary` turns one off).
package struct RunBoundaries: Sendable, Equatable {
    public var left: Bool
    package var right: Bool

    public init(left: Bool, right: Bool) {
        self.left = left
        self.right = right
    }

    /// A word between spaces, or anything that is not a character: both boundaries act.
    public static let both = RunBoundaries(left: true, right: true)
}

extension ScaledFont {
    /// The natural width of typeset nodes; a discretionary counts as its unbroken text.
    public func width(of items: [TypesetItem]) -> Int {
        items.reduce(0) { total, item in
            switch item {
            case .character(let code), .ligature(let code, _, _, _): total + (width(of: code) ?? 0)
            case .kern(let width): total + width
            case .discretionary(let discretionary): total + width(of: discretionary.unbroken)
            }
        }
    }

    /// Typesets a run of character codes the way TeX's main loop does (§1034–§1040): ligatures,
    /// kerns and boundary-character effects, so the width equals TeX's `\wd` of the run in an hbox.
    ///
    /// A run is what TeX sees as consecutive characters of one font: a space, a font change or any
    /// non-character command ends it. With `explicitHyphenBreaks`, an empty discretionary follows
    /// each hyphen character, as TeX inserts in a paragraph (not in an hbox).
    package func typeset(
        _ codes: [UInt8], boundaries: RunBoundaries = .both, explicitHyphenBreaks: Bool = false
    ) -> TypesetRun {
        var loop = MainLoop(font: metrics, scaled: self, hyphenChar: explicitHyphenBreaks ? 45 : nil)
        let items = loop.run(codes, boundaries: boundaries)
        return TypesetRun(items: items, width: width(of: items))
    }
}
