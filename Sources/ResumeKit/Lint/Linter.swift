/// Runs the rules over a résumé and returns their findings in file order.
public struct Linter: Sendable {
    /// Every rule, in the order they are documented.
    public static let rules: [any Rule] = [
        PageCountRule(),
        ItemLinesRule(),
        ShortLastLineRule(),
        RequiredSectionsRule(),
        QuantifiedResultRule(),
        ActionVerbRule(),
        FirstPersonRule(),
        TenseRule(),
        DateOrderRule(),
        ConsistentPunctuationRule(),
        LinkFormatRule(),
        DuplicateTextRule(),
    ]

    public let rules: [any Rule]

    public init(rules: [any Rule] = Linter.rules) {
        self.rules = rules
    }

    public func lint(_ subject: LintSubject) -> [Diagnostic] {
        rules.flatMap { $0.check(subject) }.sortedByLocation()
    }

    /// Whether any rule could use the line-savers, so the fit must measure them.
    public static func needsLineSavers(_ fit: FitReport) -> Bool {
        fit.items.contains { item in
            (item.lines > ItemLinesRule.maximumLines && ItemLinesRule.isProject(item.path)) || ShortLastLineRule.isShort(item)
        }
    }
}
