/// A paragraph as TeX sets it: its lines, and whether the prediction is exact.
package struct SetParagraph: Sendable, Equatable {
    /// The lines, top to bottom; none for a paragraph TeX discards because it holds nothing.
    public var lines: [LineBox]
    /// Whether a line sticks out past its width by more than `\hfuzz` (0.1pt), as TeX warns.
    package var isOverfull: Bool
    /// Whether the text had something without exact metrics (Hangul, CJK, a character neither T1
    /// nor TS1 holds, an unknown command), so that the lines are an estimate.
    package var isApproximate: Bool
    /// How many words the last line holds: one more than its interword spaces.
    package var lastLineWords: Int = 0
    /// What finds the characters to cut to save a line, from the paragraph as set; nil for a
    /// single line. Not compared: it is the same paragraph.
    var lineSaver: LineSaver?

    /// How many characters must go from the end of the paragraph for it to take a line less; nil
    /// for a single line, or when even cutting everything keeps the lines. Measured when asked,
    /// as only the résumé's items need it.
    package var charactersToSaveLine: Int? { lineSaver?.charactersToCut() }

    package static func == (lhs: SetParagraph, rhs: SetParagraph) -> Bool {
        lhs.lines == rhs.lines && lhs.isOverfull == rhs.isOverfull && lhs.isApproximate == rhs.isApproximate
            && lhs.lastLineWords == rhs.lastLineWords
    }

    /// TeX's `\prevgraf` after the paragraph.
    package var lineCount: Int { lines.count }
}

/// One line of a set paragraph: the box TeX packs it into.
package struct LineBox: Sendable, Equatable {
    /// Height above the baseline, in sp.
    package var height: Int
    /// Depth below the baseline, in sp.
    package var depth: Int
    /// The natural width of the line's material, skips included, in sp.
    package var naturalWidth: Int
}
