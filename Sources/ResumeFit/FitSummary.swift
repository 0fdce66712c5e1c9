/// One-line descriptions of a fit for people.
public enum FitSummary {
    /// In place of the description when the fit could not be measured.
    public static let unmeasured = "the fit was not measured (see the fit error)"

    public static func describe(_ fit: FitReport) -> String {
        var text = "\(fit.pages) page\(fit.pages == 1 ? "" : "s") in theme \(fit.theme)"
        text += ", \(fit.lastPageFreeLines) line\(fit.lastPageFreeLines == 1 ? "" : "s") free on the last page"
        if fit.nearPageBoundary { text += " (near a page boundary: a small change can add or remove a page)" }
        if fit.approximate { text += " (approximate: some text has no exact font metrics)" }
        return text
    }
}
