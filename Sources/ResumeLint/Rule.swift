import Foundation
import ResumeFit
import ResumeModel
import ResumeRender
import ResumeThemes

/// What a lint rule is, for people and for the shared test: its id, name, why it exists, how
/// serious a finding is by default, and résumés that must and must not trigger it.
public struct RuleDescription: Sendable {
    /// Kebab-case, as written in configuration and suppressions: `item-lines`.
    public var id: String
    public var name: String
    /// One line on why the rule exists.
    public var rationale: String
    package var defaultSeverity: Severity
    /// YAML résumés that must produce at least one finding.
    package var triggering: [String]
    /// YAML résumés that must produce none.
    package var nonTriggering: [String]
    /// The numbers a configuration may set for this rule, with their defaults: `max: 2`.
    public var options: [String: Int] = [:]
    /// Whether the rule reads the fit (pages, lines per item): it does not run when the fit cannot
    /// be measured, and one finding says so instead.
    package var needsFit = false
}

/// One check of a résumé. A rule returns diagnostics; reporters print them.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    func check(_ subject: LintSubject) -> [Diagnostic]
    /// Whether a finding of this rule about `item`, as measured without its line-saver, tells
    /// how many characters to cut to save a line. A lint measures only those items' line-savers
    /// (each costs a few runs of the line breaker), unless its report shows the whole fit.
    func showsLineSaver(of item: FitItem, in subject: LintSubject) -> Bool
}

extension Rule {
    /// Most rules show none.
    public func showsLineSaver(of item: FitItem, in subject: LintSubject) -> Bool { false }
}

/// What rules look at: the résumé, where it came from, how it fits its theme's pages (when that
/// could be measured), and the day it is checked on.
public struct LintSubject: Sendable {
    public var resume: Resume {
        didSet { texts = ResumeTexts() }
    }
    public var file: String
    /// How the résumé fits its theme's pages; nil when it could not be measured, and then the
    /// rules that need it do not run.
    public var fit: FitReport?
    /// The theme the output is set in, whose fonts its characters need; nil when it could not be
    /// loaded, and then the rule about its fonts does not run.
    public var theme: Theme?
    /// The file's text, for findings about a character inside a value; without it they point at
    /// the value.
    public var source: String?
    /// The day the check runs, so dates in the future can be told apart; tests pin it.
    public var today: PartialDate
    /// The options a configuration set, by rule id.
    public var options: [String: [String: Int]]
    /// The configuration's word list and dictionary language for the `spelling` rule.
    public var spelling = SpellingSettings()
    /// What several rules read of `resume`, made for the first that asks.
    private var texts = ResumeTexts()

    public init(
        resume: Resume, file: String, fit: FitReport?, theme: Theme?, source: String? = nil, today: PartialDate = .today(),
        options: [String: [String: Int]] = [:]
    ) {
        self.resume = resume
        self.file = file
        self.fit = fit
        self.theme = theme
        self.source = source
        self.today = today
        self.options = options
    }

    /// A rule's option as configured, or its default.
    func option(_ name: String, of rule: RuleDescription) -> Int {
        options[rule.id]?[name] ?? rule.options[name] ?? 0
    }

    /// The location of a value, or the top of the file when it has none.
    func location(of path: ValuePath) -> SourceLocation {
        resume.sourceMap[path] ?? top
    }

    /// The top of the file, for findings about the whole résumé.
    var top: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// Every string the output can show, the dates among them (`Resume.shownText`), made once for
    /// all the rules.
    var shownText: [ShownText] { texts.shown.value { resume.shownText } }

    /// The résumé's prose values (`Resume.proseValues`), made once for all the rules.
    var proseValues: [ProseValue] { texts.prose.value { resume.proseValues } }

    /// The résumé's dated entries (`Resume.lintEntries`), made once for all the rules.
    var lintEntries: [LintEntry] { texts.entries.value { resume.lintEntries } }
}

/// The texts and entries of a résumé that several rules read, each made the first time a rule
/// asks for it and then shared: the rules of one lint run on two threads, and copies of a subject
/// share them.
private struct ResumeTexts: Sendable {
    let shown = Once<[ShownText]>()
    let prose = Once<[ProseValue]>()
    let entries = Once<[LintEntry]>()
}

/// A value made by the first caller that asks for it; the others wait for it and share it.
private final class Once<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    func value(_ make: () -> Value) -> Value {
        lock.withLock {
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

extension PartialDate {
    /// Today's date in the local time zone, to the day. The C library's clock is used because
    /// setting up Foundation's current calendar costs a few percent of a whole lint run.
    public static func today(now: time_t = time(nil)) -> PartialDate {
        var now = now
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return PartialDate(year: 1970, month: 1, day: 1) }
        return PartialDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}

extension Rule {
    /// A finding of this rule at its default severity.
    func diagnostic(at location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(Self.description.defaultSeverity, at: location, message, rule: Self.description.id)
    }

    /// A finding of this rule about one value, located where the value is written.
    func diagnostic(about path: ValuePath, in subject: LintSubject, _ message: String) -> Diagnostic {
        Diagnostic(Self.description.defaultSeverity, at: subject.location(of: path), message, rule: Self.description.id, path: path)
    }
}
