import ResumeModel

extension Linter {
    /// What `lint` finds in `subject` with the fit `measure` returns, and that fit; the rules that
    /// do not read the fit run on a thread of their own while `measure` runs (unless not
    /// `concurrently`), and those that do after it.
    ///
    /// On a long résumé measuring the fit and the other rules cost about the same, so a lint of
    /// one file takes the longer of the two instead of their sum. The findings are gathered in
    /// the rules' order before they are sorted, as `lint` gathers them, so they are the same.
    func lint(
        _ subject: LintSubject, besideMeasuring measure: () -> MeasuredFit, concurrently: Bool = true
    ) -> (findings: [Diagnostic], measured: MeasuredFit) {
        let (findings, measured, _) = lint(subject, besideMeasuring: measure, alongsideRules: {}, concurrently: concurrently)
        return (findings, measured)
    }

    /// `lint`, also doing `beside` on the rules' thread after the rules that do not read the fit:
    /// work the caller needs after the fit that does not depend on it.
    func lint<Beside>(
        _ subject: LintSubject, besideMeasuring measure: () -> MeasuredFit,
        alongsideRules beside: @escaping @Sendable () -> Beside, concurrently: Bool = true
    ) -> (findings: [Diagnostic], measured: MeasuredFit, beside: Beside) {
        let rules = self.rules
        let needsFit = rules.map { type(of: $0).description.needsFit }
        var withoutFit = subject
        withoutFit.fit = nil
        let early: @Sendable () -> ([[Diagnostic]], Beside) = { [withoutFit] in
            (zip(rules, needsFit).map { rule, needsFit in needsFit ? [] : rule.check(withoutFit) }, beside())
        }
        let (measured, (earlyFindings, besideValue)) = concurrently ? ConcurrentMap.both(measure, early) : (measure(), early())
        var withFit = subject
        withFit.fit = measured.report
        let findings = zip(rules, needsFit).enumerated().flatMap { index, rule -> [Diagnostic] in
            guard rule.1 else { return earlyFindings[index] }
            return measured.report == nil ? [] : rule.0.check(withFit)
        }
        return (findings.sortedByLocation(), measured, besideValue)
    }
}
