extension Theme {
    /// A theme from its files in memory, keyed by their paths in a theme folder (`theme.yaml`,
    /// `html/resume.mustache`, …), checked as a theme folder is; `origin` names it in errors.
    public static func load(files: [String: String], origin: String) throws -> Theme {
        try ThemeLoader(origin: origin).load(files: files, checkingTemplates: true)
    }
}
