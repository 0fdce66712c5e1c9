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
        UnsupportedCharacterRule(),
    ]

    public let rules: [any Rule]

    public init(rules: [any Rule] = Linter.rules) {
        self.rules = rules
    }

    public func lint(_ subject: LintSubject) -> [Diagnostic] {
        rules.flatMap { $0.check(subject) }.sortedByLocation()
    }

    /// Whether any rule could use the line-savers, so the fit must measure them: an item over the
    /// configured line limit, or one whose last line is short.
    public static func needsLineSavers(_ fit: FitReport, options: [String: [String: Int]] = [:]) -> Bool {
        let maximumLines = options[ItemLinesRule.description.id]?["max"] ?? ItemLinesRule.maximumLines
        let words = options[ShortLastLineRule.description.id]?["words"] ?? ShortLastLineRule.maximumWords
        return fit.items.contains { item in
            (item.lines > maximumLines && ItemLinesRule.isProject(item.path)) || ShortLastLineRule.isShort(item, words: words)
        }
    }
}
