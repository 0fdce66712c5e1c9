import ResumeModel

/// The one place that decides which theme a résumé is rendered and measured in.
public enum ThemeChoice {
    /// The theme used when neither the command line nor `meta.theme` names one.
    public static let defaultName = "classic"

    /// The theme named on the command line (`flag`), else the résumé's `meta.theme`, else the default.
    public static func name(flag: String?, resume: Resume) -> String {
        flag ?? resume.meta.theme ?? defaultName
    }
}
