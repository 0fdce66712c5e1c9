/// One value of the layout that `resume fit` may move: a kind of space, or the type size.
///
/// The cases are in the order the search gives them up when a résumé is too long: the spaces
/// between items first, the type size last, since a reader notices a smaller type before tighter
/// spacing. A theme's `fit:` section says how far each may move; a résumé's `meta.layout` gives the
/// values it uses.
public enum FitKnob: String, Sendable, CaseIterable, Codable {
    /// `layout.itemBefore`: the space above each highlight.
    case itemSpacing
    /// `layout.entryBefore`: the space above each entry but the first of a section.
    case entrySpacing
    /// `layout.headingBefore`: the space above a section heading.
    case sectionSpacing
    /// `layout.margins.top` and `.bottom`.
    case topMargin
    /// `layout.margins.left` and `.right`.
    case sideMargin
    /// The distance between baselines as a multiple of the type size (`layout.baselineSkip` ÷
    /// `layout.fontSize`); a number, not a length.
    case lineSpacing
    /// `layout.fontSize`: the body text size; the baseline distance follows it at the same
    /// line spacing.
    case fontSize

    /// Whether the knob's values are lengths (`10pt`, `16mm`); `lineSpacing` is a plain factor.
    public var isLength: Bool { self != .lineSpacing }

    /// What it changes, for help texts and messages.
    public var summary: String {
        switch self {
        case .itemSpacing: "space above each highlight"
        case .entrySpacing: "space above each entry"
        case .sectionSpacing: "space above each section heading"
        case .topMargin: "top and bottom margins"
        case .sideMargin: "left and right margins"
        case .lineSpacing: "baseline distance as a multiple of the type size"
        case .fontSize: "body text size"
        }
    }

    /// The values any theme may allow, in points (or as a factor): sizes the Latin Modern metrics
    /// cover, spaces TeX accepts, margins that leave a page to write on.
    var allowed: ClosedRange<Double> {
        switch self {
        case .fontSize: 5...20
        case .lineSpacing: 1...2
        case .itemSpacing, .entrySpacing, .sectionSpacing: 0...72
        case .topMargin, .sideMargin: 0...200
        }
    }

    /// `allowed` in words, for messages.
    var allowedText: String {
        let ends = [allowed.lowerBound, allowed.upperBound].map { isLength ? Length($0, .pt).description : Length.format($0) }
        return isLength ? "a length from \(ends[0]) to \(ends[1])" : "a number from \(ends[0]) to \(ends[1])"
    }

    /// The manifest values the knob is read from.
    var layoutPaths: [String] {
        switch self {
        case .itemSpacing: ["layout.itemBefore"]
        case .entrySpacing: ["layout.entryBefore"]
        case .sectionSpacing: ["layout.headingBefore"]
        case .topMargin: ["layout.margins.top"]
        case .sideMargin: ["layout.margins.left"]
        case .lineSpacing: ["layout.baselineSkip", "layout.fontSize"]
        case .fontSize: ["layout.fontSize"]
        }
    }

    /// The knob's value in a layout.
    public func value(in layout: PageLayout) -> FitValue {
        switch self {
        case .itemSpacing: FitValue(layout[.itemBefore])
        case .entrySpacing: FitValue(layout[.entryBefore])
        case .sectionSpacing: FitValue(layout[.headingBefore])
        case .topMargin: FitValue(layout.margins.top)
        case .sideMargin: FitValue(layout.margins.left)
        case .lineSpacing: FitValue(factor: layout[.baselineSkip].points / layout[.fontSize].points)
        case .fontSize: FitValue(layout[.fontSize])
        }
    }
}

/// A value of a `FitKnob`: a length, or for `lineSpacing` a factor.
public struct FitValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var value: Double
    /// Nil for a factor.
    public var unit: Length.Unit?

    public init(_ length: Length) {
        self.value = length.value
        self.unit = length.unit
    }

    public init(factor: Double) {
        self.value = factor
        self.unit = nil
    }

    /// `10pt`, `16mm` or a bare number such as `1.2`.
    public init?(parsing text: String, isLength: Bool) {
        if isLength {
            guard let length = Length(parsing: text) else { return nil }
            self.init(length)
        } else {
            let text = text.trimmingHorizontalSpace
            guard !text.isEmpty, text.allSatisfy({ $0.isASCIIDigit || $0 == "." }), let value = Double(text), value.isFinite
            else { return nil }
            self.init(factor: value)
        }
    }

    public var length: Length? { unit.map { Length(value, $0) } }

    /// The size compared across units: points for a length, the factor itself otherwise.
    public var magnitude: Double { length?.points ?? value }

    /// As written in YAML: `9.5pt`, `16mm`, `1.25`.
    public var description: String {
        length?.description ?? Length.format(value)
    }

    /// The same amount written in `unit` (nil: a factor), rounded to a thousandth of it.
    func expressed(in unit: Length.Unit?) -> FitValue {
        guard let unit, let length else { return self }
        let points = length.points
        let perUnit = Length(1, unit).points
        return FitValue(Length(((points / perUnit) * 1000).rounded() / 1000, unit))
    }
}

/// How far a theme lets one knob move: from `from` to `to` in steps of `step`, all in one unit.
public struct FitRange: Sendable, Equatable {
    public var from: FitValue
    public var to: FitValue
    public var step: FitValue

    public init(from: FitValue, to: FitValue, step: FitValue) {
        self.from = from
        self.to = to
        self.step = step
    }

    /// Whether `value` lies in the range (on a step or not), with a hair of tolerance for rounding.
    public func contains(_ value: FitValue) -> Bool {
        value.magnitude >= from.magnitude - 1e-6 && value.magnitude <= to.magnitude + 1e-6
    }

    /// Every value the search tries, smallest first: `from`, each step after it, and `to`.
    public var values: [FitValue] {
        let unit = from.unit
        let start = from.value
        let end = to.expressed(in: unit).value
        let stride = step.expressed(in: unit).value
        guard stride > 0 else { return [from] }
        var values: [FitValue] = []
        var index = 0.0
        while true {
            let value = ((start + index * stride) * 1000).rounded() / 1000
            guard value < end - 1e-9 else { break }
            values.append(unit.map { FitValue(Length(value, $0)) } ?? FitValue(factor: value))
            index += 1
        }
        values.append(to.expressed(in: unit))
        return values
    }
}

extension ThemeManifest {
    /// The manifest with a résumé's `meta.layout` values in place of the theme's own. A value
    /// outside the theme's `fit:` range is used as given; `LayoutOverrides.problems` reports it.
    public func adjusted(by overrides: LayoutOverrides) -> ThemeManifest {
        guard !overrides.values.isEmpty else { return self }
        var manifest = self
        var layout = manifest.layout
        for (knob, value) in overrides.values {
            guard let length = value.length else { continue }
            switch knob {
            case .itemSpacing: layout.lengths[.itemBefore] = length
            case .entrySpacing: layout.lengths[.entryBefore] = length
            case .sectionSpacing: layout.lengths[.headingBefore] = length
            case .topMargin: (layout.margins.top, layout.margins.bottom) = (length, length)
            case .sideMargin: (layout.margins.left, layout.margins.right) = (length, length)
            case .fontSize: layout.lengths[.fontSize] = length
            case .lineSpacing: break
            }
        }
        if overrides.values[.fontSize] != nil || overrides.values[.lineSpacing] != nil {
            // The baseline distance follows the type size at the chosen (or the theme's) spacing,
            // to a hundredth of a point, which LaTeX and the fit engine then read alike.
            let factor = overrides.values[.lineSpacing]?.value ?? FitKnob.lineSpacing.value(in: self.layout).value
            let skip = (layout[.fontSize].points * factor * 100).rounded() / 100
            layout.lengths[.baselineSkip] = Length(skip, .pt)
        }
        manifest.layout = layout
        return manifest
    }
}

extension LayoutOverrides {
    /// Each value the theme does not let move, or moves less far: the knob and what is wrong.
    public func problems(in theme: Theme) -> [(knob: FitKnob, message: String)] {
        FitKnob.allCases.compactMap { knob in
            guard let value = values[knob] else { return nil }
            guard let range = theme.manifest.fit[knob] else {
                let allowed = theme.manifest.fit.keys.sorted { $0.order < $1.order }.map(\.rawValue)
                let list = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
                return (knob, "theme '\(theme.name)' does not let meta.layout.\(knob.rawValue) change (it lets: \(list))")
            }
            guard range.contains(value) else {
                return (knob, "meta.layout.\(knob.rawValue) is \(value); theme '\(theme.name)' allows \(range.from) to \(range.to)")
            }
            return nil
        }
    }
}

extension FitKnob {
    /// The position in `allCases`: the search's order.
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
