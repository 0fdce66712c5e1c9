import ResumeModel

/// What `resume fit` found: the setting chosen, what it sets the résumé in, and where to trim when
/// no setting is enough.
public struct FitAnswer: Sendable, Equatable, Encodable {
    public var theme: String
    public var targetPages: Int
    public var outcome: Outcome
    /// The résumé as it is, and with the chosen setting.
    public var before: Result
    public var after: Result
    /// Every knob the theme lets move, with where it was and where the answer puts it.
    public var settings: [Setting]
    /// Where to cut, when even the tightest setting runs long.
    public var trims: TrimAdvice?
    /// Whether the answer rests on estimates (text without exact metrics, such as Hangul set by
    /// XeLaTeX), so that the page count is not certain.
    public var approximate: Bool
    /// How many settings were measured.
    public var measurements: Int

    public enum Outcome: String, Sendable, Encodable {
        /// The chosen setting sets the résumé in exactly the pages asked for.
        case fits
        /// Even the tightest setting runs past the pages asked for: `trims` says where to cut.
        case needsTrimming = "needs-trimming"
        /// Even the most generous setting ends before the last page asked for.
        case cannotFill = "cannot-fill"
    }

    /// Pages and the lines left free on the last one.
    public struct Result: Sendable, Equatable, Encodable {
        public var pages: Int
        public var lastPageFreeLines: Int

        init(_ measurement: Trial.Measurement) {
            pages = measurement.pages
            lastPageFreeLines = measurement.lastPageFreeLines
        }
    }

    /// One knob: its value before and after, and the theme's range for it.
    public struct Setting: Sendable, Equatable, Encodable {
        public var knob: FitKnob
        public var from: FitValue
        public var to: FitValue
        public var rangeFrom: FitValue
        public var rangeTo: FitValue

        public var changed: Bool { from.magnitude != to.magnitude }

        enum CodingKeys: String, CodingKey {
            case knob, from, to, changed, range
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(knob, forKey: .knob)
            try container.encode(from.description, forKey: .from)
            try container.encode(to.description, forKey: .to)
            try container.encode(changed, forKey: .changed)
            try container.encode([rangeFrom.description, rangeTo.description], forKey: .range)
        }
    }

    /// The values to record in `meta.layout`: every knob the answer moves, and every knob the
    /// résumé already sets.
    public func layout(keeping existing: LayoutOverrides) -> LayoutOverrides {
        var values = existing.values
        for setting in settings where setting.changed || existing.values[setting.knob] != nil {
            values[setting.knob] = setting.to
        }
        return LayoutOverrides(values)
    }
}
