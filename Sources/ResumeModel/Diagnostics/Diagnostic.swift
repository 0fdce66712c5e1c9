/// How serious a finding is.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A finding about an input file, at a place in it: a loading problem now, a lint finding later.
public struct Diagnostic: Sendable, Equatable {
    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, with the values involved; no trailing period.
    public var message: String
    /// The rule that found it, for lint findings.
    public var rule: String?
    /// The value it is about, when it is about one; reporters print it (`work[0].highlights[2]`).
    public var path: ValuePath?

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, rule: String? = nil, path: ValuePath? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
        self.path = path
    }

    /// A finding about a value whose path is given as text, as the fit's verification still
    /// gives it.
    public init(_ severity: Severity, at location: SourceLocation, _ message: String, rule: String? = nil, path text: String?) {
        self.init(severity, at: location, message, rule: rule, path: text.map(ValuePath.init(parsing:)))
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of these stops the work.
    public var containsErrors: Bool { contains { $0.severity == .error } }

    /// The findings in file order, so people read them top to bottom.
    package func sortedByLocation() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }
}
