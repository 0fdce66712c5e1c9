import Foundation
import ResumeModel

/// What a theme's `theme.yaml` declares: its name, formats, date and entry styles, page layout,
/// paragraph settings and colours.
///
/// The layout values are the single source of truth for spacing: templates receive them through
/// the render context, and the fit engine reads them here.
public struct ThemeManifest: Sendable, Equatable {
    public var name: String
    public var description: String
    public var formats: [OutputFormat]
    package var dateStyle: DateStyle
    /// How `\cventry` lays out an entry's title, subtitle, place and dates; the LaTeX template
    /// and the fit engine both follow it.
    package var entryStyle: EntryStyle
    /// How the blocks look (`blocks:`): header, headings, rules, bullets.
    public var blocks: BlockLook
    /// How many authors a publication shows before "et al."; nil shows them all.
    package var maxAuthors: Int?
    public var layout: PageLayout
    /// How paragraphs are set; the LaTeX template and the fit engine both read it.
    public var paragraph: ParagraphSettings
    public var colors: [ThemeColor: HexColor]
    /// How far `resume fit` and a résumé's `meta.layout` may move each layout value (`fit:`);
    /// a knob the theme does not list stays where the theme puts it.
    public var fit: [FitKnob: FitRange] = [:]
}

/// The paragraph settings of a theme's LaTeX, as TeX's line breaker uses them.
public struct ParagraphSettings: Sendable, Equatable {
    /// The font family; the fit engine has metrics for each one listed in `FontFamily`.
    public var font: FontFamily
    /// `\pretolerance`: the badness allowed in the first pass, without hyphenation.
    package var pretolerance: Int
    /// `\tolerance`: the badness allowed in the pass with hyphenation.
    package var tolerance: Int
    /// `\emergencystretch`: extra stretch for a third pass; zero for none.
    package var emergencyStretch: Length
    package var alignment: Alignment
    /// `\frenchspacing`: one space width after sentences, instead of TeX's wider one.
    package var frenchSpacing: Bool

    public enum Alignment: String, Sendable, CaseIterable {
        /// `\raggedright`: lines end where they end.
        case raggedRight = "ragged-right"
        /// Both margins straight, TeX's default.
        case justified
    }

    public enum FontFamily: String, Sendable, CaseIterable {
        /// Latin Modern Roman (`lmodern`), the serif family.
        case latinModern = "latin-modern"
        /// Latin Modern Sans (`lmodern`, `\sffamily`), the sans-serif family.
        case latinModernSans = "latin-modern-sans"
        /// TeX Gyre Heros (`tex-gyre`, `\sffamily`), a Helvetica-like sans serif: what `modern` sets.
        case texGyreHeros = "tex-gyre-heros"

        /// Whether the family is a serif one, which fonts set beside it (Noto CJK, CMU) match.
        package var isSerif: Bool { self == .latinModern }
    }
}

/// How an entry's title, subtitle, place and dates are laid out (`\cventry`).
package enum EntryStyle: String, Sendable, CaseIterable {
    /// Two lines: the bold title with the dates flush right, then the italic subtitle with the
    /// place flush right.
    case stacked
    /// One line: the bold title, the italic subtitle and the place, with the dates flush right;
    /// a long entry wraps, and the dates end its last line or take a line of their own.
    case inline
}

/// The paper sizes a theme can ask for.
package enum Paper: String, Sendable, CaseIterable {
    case a4
    case letter

    public var width: Length {
        switch self {
        case .a4: Length(210, .mm)
        case .letter: Length(8.5, .in)
        }
    }

    package var height: Length {
        switch self {
        case .a4: Length(297, .mm)
        case .letter: Length(11, .in)
        }
    }
}

/// The page geometry and vertical rhythm shared by the LaTeX and HTML templates.
public struct PageLayout: Sendable, Equatable {
    package var paper: Paper
    public var margins: Margins
    /// Every other length, by name; the manifest must give each one.
    package var lengths: [LayoutLength: Length]

    public subscript(_ key: LayoutLength) -> Length { lengths[key]! }

    /// The width of the text block: paper width less the side margins, in TeX points.
    package var textWidth: Length {
        Length(paper.width.points - margins.left.points - margins.right.points, .pt)
    }
}

/// The space left around the text block.
public struct Margins: Sendable, Equatable {
    public var top: Length
    package var bottom: Length
    public var left: Length
    package var right: Length
}

/// The named lengths of `layout` in `theme.yaml`, besides paper and margins.
public enum LayoutLength: String, Sendable, CaseIterable {
    /// Body text size and the distance between baselines.
    case fontSize, baselineSkip
    /// Contact line and other secondary text.
    case smallSize, smallSkip
    /// The name at the top and its baseline distance.
    case nameSize, nameSkip
    /// Space between the name and the label, and between the header and the first section.
    case labelBefore, headerAfter
    /// Section heading size and baseline distance.
    case headingSize, headingSkip
    /// Space above a section heading, between heading and rule, and below the rule.
    case headingBefore, ruleGap, headingAfter
    /// Thickness of the rule under a section heading.
    case ruleThickness
    /// Space above each entry after the first in a section.
    case entryBefore
    /// Space above each highlight, and how far highlights are indented.
    case itemBefore, itemIndent
    /// `\topskip` and `\maxdepth`: the first line's baseline distance from the top of the text
    /// area, and how far the last line may reach below it.
    case topSkip, maxDepth

    /// The values a theme may give, in TeX points: sizes a page can show, skips that keep lines
    /// apart, and spaces well inside what TeX accepts, so every theme typesets and is measured.
    package var allowedPoints: ClosedRange<Double> {
        switch self {
        case .fontSize, .smallSize, .nameSize, .headingSize: 4...72
        case .baselineSkip, .smallSkip, .nameSkip, .headingSkip: 1...144
        case .ruleThickness: 0...10
        case .labelBefore, .headerAfter, .headingBefore, .ruleGap, .headingAfter, .entryBefore, .itemBefore,
            .itemIndent, .topSkip, .maxDepth:
            0...144
        }
    }
}

/// The colours a theme names in `colors`.
public enum ThemeColor: String, Sendable, CaseIterable {
    /// Headings and rules.
    case accent
    /// Body text.
    case text
    /// Dates, places and other secondary text.
    case muted
    /// Links, in every format, so that a reader sees what can be clicked.
    case link
}

/// A colour as six hexadecimal digits, without `#`, so it is valid in both CSS and xcolor.
public struct HexColor: Sendable, Equatable {
    package let digits: String

    public init?(_ text: String) {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        self.digits = digits.uppercased()
    }
}
