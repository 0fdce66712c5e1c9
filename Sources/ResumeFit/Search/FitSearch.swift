import ResumeModel
import ResumeThemes

/// Finds the layout that sets a résumé in exactly a given number of pages, within the ranges its
/// theme's `fit:` section allows, by measuring each candidate with the fit engine.
///
/// The answer is the most generous setting in the order of what matters most to a reader: the
/// largest type size that can fit, then at that size the largest line spacing, then the widest
/// side margins, the top margins, and the spaces above sections, entries and highlights last;
/// with a line left free on the last page where the ranges allow it.
/// A résumé that runs long only gives space up (type size last: every other value goes to its
/// smallest first); one that ends short only takes space on, and keeps its type size. When even
/// the tightest setting runs long, the answer says where to trim instead.
public struct FitSearch: Sendable {
    /// The theme as it loads, without the résumé's `meta.layout`.
    public let theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// The setting for `resume` in `pages` pages.
    public func fit(_ resume: Resume, pages: Int) throws -> FitAnswer {
        var trial = Trial(theme: theme, resume: resume, target: pages)
        let knobs = FitKnob.allCases.filter { theme.manifest.fit[$0] != nil }
        let start = trial.startingSetting(knobs)
        let before = try trial.measure(start)
        let direction: Direction = before.pages > pages || before.hasPageBreakDefect ? .shrink : .grow
        // Each knob's bounds: from where it is to as far as its range goes, one way only.
        var bounds: [FitKnob: [FitValue]] = [:]
        for knob in knobs {
            let values = theme.manifest.fit[knob]!.values
            let own = start[knob]!
            bounds[knob] = switch direction {
            case .shrink: values.filter { $0.magnitude < own.magnitude - 1e-9 } + [own]
            case .grow: knob == .fontSize ? [own] : [own] + values.filter { $0.magnitude > own.magnitude + 1e-9 }
            }
        }
        // Most important first: each takes the largest value that still fits with every less
        // important knob at its smallest.
        var setting = start
        for knob in knobs { setting[knob] = bounds[knob]!.first! }
        let tightest = try trial.measure(setting)
        // A line left free on the last page where the ranges allow it, so that one more word
        // does not start a new page.
        let spare = tightest.isAccepted(target: pages, sparing: 1) ? 1 : 0
        guard tightest.isAccepted(target: pages, sparing: spare) else {
            return try answer(
                resume, trial: &trial, start: start, before: before, chosen: setting, after: tightest,
                outcome: tightest.pages > pages ? .needsTrimming : .cannotFill)
        }
        var after = tightest
        for knob in knobs.reversed() {
            let candidates = bounds[knob]!
            // The largest index that fits; index 0 does, since every later knob is at its smallest.
            var fits = 0
            var fails = candidates.count
            while fails - fits > 1 {
                let middle = (fits + fails) / 2
                var probe = setting
                probe[knob] = candidates[middle]
                let measured = try trial.measure(probe)
                if measured.isAccepted(target: pages, sparing: spare) { fits = middle } else { fails = middle }
            }
            setting[knob] = candidates[fits]
            after = try trial.measure(setting)
        }
        let outcome: FitAnswer.Outcome = after.pages == pages ? .fits : .cannotFill
        return try answer(resume, trial: &trial, start: start, before: before, chosen: setting, after: after, outcome: outcome)
    }

    /// Whether the search gives space up or takes it on.
    enum Direction {
        case shrink, grow
    }
}

private extension FitSearch {
    func answer(
        _ resume: Resume, trial: inout Trial, start: [FitKnob: FitValue], before: Trial.Measurement,
        chosen: [FitKnob: FitValue], after: Trial.Measurement, outcome: FitAnswer.Outcome
    ) throws -> FitAnswer {
        let changes = FitKnob.allCases.compactMap { knob -> FitAnswer.Setting? in
            guard let range = theme.manifest.fit[knob], let from = start[knob], let to = chosen[knob] else { return nil }
            return FitAnswer.Setting(knob: knob, from: from, to: to, rangeFrom: range.from, rangeTo: range.to)
        }
        var trims: TrimAdvice?
        if outcome == .needsTrimming {
            let report = try trial.report(chosen)
            var advice = TrimAdvice(report: report, resume: resume, target: trial.target)
            // The cuts made and measured at the same setting, so the advice says what it gains.
            var cut = Trial(theme: theme, resume: resume.cutting(advice.cutsByPath), target: trial.target)
            advice.withCuts = FitAnswer.Result(try cut.measure(chosen))
            trims = advice
        }
        return FitAnswer(
            theme: theme.name, targetPages: trial.target, outcome: outcome,
            before: FitAnswer.Result(before), after: FitAnswer.Result(after), settings: changes, trims: trims,
            approximate: after.approximate, measurements: trial.count)
    }
}

/// The measurements of one search: each setting measured once.
struct Trial {
    let theme: Theme
    let resume: Resume
    let target: Int
    private var measured: [[FitKnob: FitValue]: Measurement] = [:]
    private(set) var count = 0

    init(theme: Theme, resume: Resume, target: Int) {
        self.theme = theme
        self.resume = resume
        self.target = target
    }

    /// What one setting sets the résumé in.
    struct Measurement {
        var pages: Int
        var lastPageFreeLines: Int
        var hasPageBreakDefect: Bool
        /// Whether the measurement is an estimate (text without exact metrics, set by XeLaTeX).
        var approximate: Bool

        /// Within the pages asked for, with at least `sparing` lines free when it takes them all,
        /// and no page-break defect.
        func isAccepted(target: Int, sparing: Int = 0) -> Bool {
            (pages < target || (pages == target && lastPageFreeLines >= sparing)) && !hasPageBreakDefect
        }
    }

    /// Each knob where the résumé's `meta.layout` puts it, else where the theme does; a value
    /// outside the range is brought to its nearer end.
    func startingSetting(_ knobs: [FitKnob]) -> [FitKnob: FitValue] {
        var setting: [FitKnob: FitValue] = [:]
        for knob in knobs {
            let range = theme.manifest.fit[knob]!
            let own = resume.meta.layout.values[knob] ?? knob.value(in: theme.manifest.layout)
            setting[knob] =
                own.magnitude < range.from.magnitude ? range.from : own.magnitude > range.to.magnitude ? range.to : own
        }
        return setting
    }

    mutating func measure(_ setting: [FitKnob: FitValue]) throws -> Measurement {
        if let known = measured[setting] { return known }
        let analysis = try FitEngine(theme: theme).analyze(adjusted(setting), lineSavers: .none)
        count += 1
        let measurement = Measurement(
            pages: analysis.report.pages, lastPageFreeLines: analysis.report.lastPageFreeLines,
            // The page-break rule's defects but a short last page, which the search itself weighs.
            hasPageBreakDefect: !PageBreakDefects.find(in: analysis.report, shortLastPage: 0).isEmpty,
            approximate: analysis.report.approximate)
        measured[setting] = measurement
        return measurement
    }

    /// The full report of one setting, with line-savers.
    func report(_ setting: [FitKnob: FitValue]) throws -> FitReport {
        try FitEngine(theme: theme).fit(adjusted(setting))
    }

    /// The résumé with `setting` as its `meta.layout`; values equal to the theme's own are left
    /// out, so that a setting of the theme's values measures as the theme does.
    func adjusted(_ setting: [FitKnob: FitValue]) -> Resume {
        var resume = resume
        resume.meta.layout = LayoutOverrides(setting.filter { knob, value in value != knob.value(in: theme.manifest.layout) })
        return resume
    }
}
