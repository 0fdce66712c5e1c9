import ResumeModel

extension FitKnob {
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
    package func adjusted(by overrides: LayoutOverrides) -> ThemeManifest {
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
