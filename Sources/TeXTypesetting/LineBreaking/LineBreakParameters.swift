/// The paragraph settings that decide TeX's line breaks, with plain TeX and LaTeX's defaults.
package struct LineBreakParameters: Sendable, Equatable {
    /// `\hsize`, or the width of the list item or box the paragraph is set in.
    package var lineWidth: Int
    package var pretolerance = 100
    package var tolerance = 200
    /// `\emergencystretch`, in sp; a third pass runs when it is positive.
    package var emergencyStretch = 0
    package var linePenalty = 10
    package var adjDemerits = 10000
    package var doubleHyphenDemerits = 10000
    package var finalHyphenDemerits = 5000
    package var leftSkip = Glue.zero
    package var rightSkip = Glue.zero
    package var parFillSkip = Glue.parFillSkip
    /// `\hangindent`, in sp: lines after the first `hangAfter` (or, when negative, the first
    /// `-hangAfter`) are this much narrower.
    package var hangIndent = 0
    /// `\hangafter`.
    package var hangAfter = 1

    public init(lineWidth: Int) {
        self.lineWidth = lineWidth
    }

    /// The lines whose width differs from the rest (`last_special_line`), the width of those
    /// lines and the width of all others (tex.web §848–§849).
    var lineShape: (lastSpecialLine: Int, firstWidth: Int, secondWidth: Int) {
        guard hangIndent != 0 else { return (0, lineWidth, lineWidth) }
        let narrower = lineWidth - abs(hangIndent)
        return hangAfter < 0 ? (-hangAfter, narrower, lineWidth) : (hangAfter, lineWidth, narrower)
    }

    /// LaTeX's `\sloppy`: tolerance 9999, emergency stretch 3em.
    package static func sloppy(lineWidth: Int, em: Int) -> LineBreakParameters {
        var parameters = LineBreakParameters(lineWidth: lineWidth)
        parameters.tolerance = 9999
        parameters.emergencyStretch = 3 * em
        return parameters
    }
}
