import ResumeSupport

/// The layout values a résumé may set in `meta.layout` and a theme's `fit:` ranges move: lengths
/// with their units, and the knobs `resume fit` turns.

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
    package var isLength: Bool { self != .lineSpacing }

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
    package var allowed: ClosedRange<Double> {
        switch self {
        case .fontSize: 5...20
        case .lineSpacing: 1...2
        case .itemSpacing, .entrySpacing, .sectionSpacing: 0...72
        case .topMargin, .sideMargin: 0...200
        }
    }

    /// `allowed` in words, for messages.
    package var allowedText: String {
        let ends = [allowed.lowerBound, allowed.upperBound].map { isLength ? Length($0, .pt).description : Length.format($0) }
        return isLength ? "a length from \(ends[0]) to \(ends[1])" : "a number from \(ends[0]) to \(ends[1])"
    }

    /// The manifest values the knob is read from.
    package var layoutPaths: [String] {
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
}

/// A value of a `FitKnob`: a length, or for `lineSpacing` a factor.
public struct FitValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var value: Double
    /// Nil for a factor.
    package var unit: Length.Unit?

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

    package var length: Length? { unit.map { Length(value, $0) } }

    /// The size compared across units: points for a length, the factor itself otherwise.
    package var magnitude: Double { length?.points ?? value }

    /// As written in YAML: `9.5pt`, `16mm`, `1.25`.
    public var description: String {
        length?.description ?? Length.format(value)
    }

    /// The same amount written in `unit` (nil: a factor), rounded to a thousandth of it.
    package func expressed(in unit: Length.Unit?) -> FitValue {
        guard let unit, let length else { return self }
        let points = length.points
        let perUnit = Length(1, unit).points
        return FitValue(Length(((points / perUnit) * 1000).rounded() / 1000, unit))
    }
}

/// A length with its unit, so LaTeX and CSS read the very same value.
public struct Length: Sendable, Equatable, CustomStringConvertible {
    /// The units both LaTeX and CSS understand (`pt` is TeX's point, 1/72.27 inch).
    public enum Unit: String, Sendable, CaseIterable {
        case pt, bp, mm, cm, `in`
    }

    public var value: Double
    package var unit: Unit

    public init(_ value: Double, _ unit: Unit) {
        self.value = value
        self.unit = unit
    }

    /// Parses a non-negative number followed by a unit: `10pt`, `18mm`, `0.5in`.
    public init?(parsing text: String) {
        let text = text.trimmingHorizontalSpace
        guard let unit = Unit.allCases.first(where: { text.hasSuffix($0.rawValue) }) else { return nil }
        let number = text.dropLast(unit.rawValue.count).trimmingHorizontalSpace
        guard !number.isEmpty, number.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
            let value = Double(number), value.isFinite
        else { return nil }
        self.init(value, unit)
    }

    /// The length in TeX points, for arithmetic.
    package var points: Double {
        switch unit {
        case .pt: value
        case .bp: value * 72.27 / 72
        case .mm: value * 72.27 / 25.4
        case .cm: value * 72.27 / 2.54
        case .in: value * 72.27
        }
    }

    /// As written for LaTeX: `10pt`, `18mm`.
    public var description: String { Self.format(value) + unit.rawValue }

    /// As written for CSS, whose `pt` is TeX's `bp`.
    package var css: String {
        switch unit {
        case .pt: Self.format(value * 72 / 72.27) + "pt"
        case .bp: Self.format(value) + "pt"
        case .mm, .cm, .in: description
        }
    }

    /// A number to a thousandth, without trailing zeros: `10`, `12.5`.
    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
