import ResumeFit
import ResumeModel

/// Runs the rules over a résumé and returns their findings in file order.
public struct Linter: Sendable {
    /// Every rule, in the order they are documented.
    public static let rules: [any Rule] = [
        PageCountRule(),
        ItemLinesRule(),
        ShortLastLineRule(),
        PageBreakRule(),
        RequiredSectionsRule(),
        QuantifiedResultRule(),
        ActionVerbRule(),
        FirstPersonRule(),
        TenseRule(),
        DateOrderRule(),
        ConsistentPunctuationRule(),
        LinkFormatRule(),
        DuplicateTextRule(),
        UnsupportedCharacterRule(),
        LayoutRangeRule(),
        SpellingRule(),
    ]

    public let rules: [any Rule]

    public init(rules: [any Rule] = Linter.rules) {
        self.rules = rules
    }

    /// The findings of every rule; without a fit, of every rule that needs none.
    public func lint(_ subject: LintSubject) -> [Diagnostic] {
        rules.filter { subject.fit != nil || !type(of: $0).description.needsFit }.flatMap { $0.check(subject) }.sortedByLocation()
    }

    /// The line-savers the findings about `subject` can show: of the items a rule would tell
    /// what to cut.
    package func lineSavers(for subject: LintSubject) -> LineSavers {
        .only { [rules] item in rules.contains { $0.showsLineSaver(of: item, in: subject) } }
    }

    /// The ids of the rules that read the fit, in documented order.
    package var rulesNeedingFit: [String] {
        rules.map { type(of: $0).description }.filter(\.needsFit).map(\.id)
    }
}

extension Linter {
    /// The id of the finding that stands for the rules that need the fit when it cannot be measured.
    package static let fitRuleID = "fit"

    /// The one finding for a résumé whose fit cannot be measured: why, which rules did not run
    /// for it (none named when `rulesNotRun` is empty), and what to do.
    package static func unmeasuredFit(
        because reason: String, remedy: String, at location: SourceLocation, rulesNotRun: [String] = []
    ) -> Diagnostic {
        var message = "cannot measure the fit: \(reason)"
        if !rulesNotRun.isEmpty {
            let names = rulesNotRun.count == 1
                ? rulesNotRun[0] : rulesNotRun.dropLast().joined(separator: ", ") + " and " + rulesNotRun.last!
            message += ", so \(names) did not run"
        }
        return Diagnostic(.error, at: location, message + "; " + remedy, rule: fitRuleID)
    }
}
