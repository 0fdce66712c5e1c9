import Foundation
import ResumeModel
import ResumeSupport

extension Linter {
    /// What `lint` finds in `subject` with the fit `measure` returns, and that fit; the rules that
    /// do not read the fit run on a thread of their own while `measure` runs, and on this one too
    /// once it is done (unless not `concurrently`), and those that do after it.
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

    /// `lint`, also doing `beside` on the rules' thread: work the caller needs after the fit that
    /// does not depend on it.
    ///
    /// The rules that do not read the fit are shared out as the threads come free: the rules'
    /// thread takes them from the last one back, the fit's thread from the first one on once the
    /// fit is measured, so neither waits while the other still has rules to run. The longest
    /// (duplicate text, spelling) are near the end, so the rules' thread starts with them.
    func lint<Beside>(
        _ subject: LintSubject, besideMeasuring measure: () -> MeasuredFit,
        alongsideRules beside: @escaping @Sendable () -> Beside, concurrently: Bool = true
    ) -> (findings: [Diagnostic], measured: MeasuredFit, beside: Beside) {
        let rules = self.rules
        let needsFit = rules.map { type(of: $0).description.needsFit }
        var withoutFit = subject
        withoutFit.fit = nil
        let early = EarlyRules(indices: rules.indices.filter { !needsFit[$0] })
        let runEarly: @Sendable (EarlyRules.End) -> Void = { [withoutFit] end in
            while let index = early.claim(from: end) {
                early.set(index, rules[index].check(withoutFit))
            }
        }
        let (measured, besideValue) = ConcurrentMap.both(
            {
                let measured = measure()
                runEarly(.first)
                return measured
            },
            {
                let value = beside()
                runEarly(.last)
                return value
            }, concurrently: concurrently)
        let earlyFindings = early.findings
        var withFit = subject
        withFit.fit = measured.report
        // The rules that read the fit share the cores too: nothing else is left to run.
        let late = measured.report == nil ? [] : rules.indices.filter { needsFit[$0] }
        let lateFindings = Dictionary(
            uniqueKeysWithValues: zip(late, late.concurrentMap { [withFit] index in rules[index].check(withFit) }))
        let findings = rules.indices.flatMap { index in (needsFit[index] ? lateFindings[index] : earlyFindings[index]) ?? [] }
        return (findings.sortedByLocation(), measured, besideValue)
    }
}

/// The rules that do not read the fit, claimed one at a time from either end of their list by
/// the two threads of a lint, and what each found, by the rule's index.
private final class EarlyRules: @unchecked Sendable {
    enum End {
        case first, last
    }

    private var unclaimed: ArraySlice<Int>
    private(set) var findings: [Int: [Diagnostic]] = [:]
    private let lock = NSLock()

    init(indices: [Int]) {
        unclaimed = indices[...]
    }

    /// The index of the next rule to run from `end`, or nil when every rule is taken.
    func claim(from end: End) -> Int? {
        lock.withLock {
            switch end {
            case .first: unclaimed.popFirst()
            case .last: unclaimed.popLast()
            }
        }
    }

    func set(_ index: Int, _ found: [Diagnostic]) {
        lock.withLock { findings[index] = found }
    }
}
