/// What a lint rule is, for people and for the shared test: its id, name, why it exists, how
/// serious a finding is by default, and résumés that must and must not trigger it.
public struct RuleDescription: Sendable {
    /// Kebab-case, as written in configuration and suppressions: `item-lines`.
    public var id: String
    public var name: String
    /// One line on why the rule exists.
    public var rationale: String
    public var defaultSeverity: Severity
    /// YAML résumés that must produce at least one finding.
    public var triggering: [String]
    /// YAML résumés that must produce none.
    public var nonTriggering: [String]
}

/// One check of a résumé. A rule returns diagnostics; reporters print them.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    func check(_ subject: LintSubject) -> [Diagnostic]
}

/// What rules look at: the résumé, where it came from, and how it fits its theme's pages.
public struct LintSubject: Sendable {
    public var resume: Resume
    public var file: String
    public var fit: FitReport

    public init(resume: Resume, file: String, fit: FitReport) {
        self.resume = resume
        self.file = file
        self.fit = fit
    }

    /// The location of a value, or the top of the file when it has none.
    func location(of path: String) -> SourceLocation {
        resume.sourceMap[path] ?? SourceLocation(file: file, line: 1, column: 1)
    }
}

extension Rule {
    /// A finding of this rule at its default severity.
    func diagnostic(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(Self.description.defaultSeverity, at: location, message, rule: Self.description.id)
    }
}
