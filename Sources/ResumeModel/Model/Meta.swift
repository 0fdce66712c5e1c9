/// Settings that shape the output rather than describe the person (`meta`).
public struct Meta: Sendable, Equatable {
    /// The sections in the order they are shown, with any new titles; see `Resume.placedSections`.
    public var sections: [SectionPlacement]
    /// The language of the content (BCP 47, e.g. `en`, `ko-KR`): HTML `lang`, and the language of
    /// section titles, dates and "Present" (see `Localization`).
    public var locale: String?
    /// The file's own labels (`meta.labels`), which win over the locale's.
    public var labels: LabelOverrides
    /// The theme to use when the command line names none.
    public var theme: String?
    /// Layout values in place of the theme's (`meta.layout`), as `resume fit --write` records them.
    public var layout: LayoutOverrides = LayoutOverrides()
    /// JSON Resume's own meta fields, kept so its documents load.
    package var canonical: String?
    public var version: String?
    package var lastModified: String?

    public init(
        sections: [SectionPlacement] = [], locale: String? = nil, labels: LabelOverrides = LabelOverrides(),
        theme: String? = nil
    ) {
        self.sections = sections
        self.locale = locale
        self.labels = labels
        self.theme = theme
    }
}

/// Labels a résumé gives itself in `meta.labels`, in place of those of its locale: section titles,
/// the word for an unfinished period, the heading of courses, and month names.
public struct LabelOverrides: Sendable, Equatable {
    /// Titles by section, for sections that `meta.sections` does not retitle.
    package var sectionTitles: [SectionKind: String]
    /// What an unfinished period ends with, instead of "Present".
    public var present: String?
    /// What an education entry's courses are headed with, instead of "Courses".
    package var courses: String?
    /// Twelve month names, January first, for the date styles that name months.
    package var months: [String]?

    public init(
        sectionTitles: [SectionKind: String] = [:], present: String? = nil, courses: String? = nil,
        months: [String]? = nil
    ) {
        self.sectionTitles = sectionTitles
        self.present = present
        self.courses = courses
        self.months = months
    }
}

/// The layout values a résumé sets for itself in `meta.layout`, each within its theme's `fit:` range.
///
/// ```yaml
/// meta:
///   layout: {fontSize: 9.5pt, sideMargin: 16mm, entrySpacing: 3pt}
/// ```
public struct LayoutOverrides: Sendable, Equatable {
    public var values: [FitKnob: FitValue]

    public init(_ values: [FitKnob: FitValue] = [:]) {
        self.values = values
    }
}

/// One entry of `meta.sections`: which section, an optional new title, whether to hide it, and
/// how pages may break around it.
public struct SectionPlacement: Sendable, Equatable {
    public var section: SectionKind
    public var title: String?
    public var hidden: Bool
    package var pageBreak: PageBreak

    public init(section: SectionKind, title: String? = nil, hidden: Bool = false, pageBreak: PageBreak = PageBreak()) {
        self.section = section
        self.title = title
        self.hidden = hidden
        self.pageBreak = pageBreak
    }
}

/// A section as it will be shown: which one, under what title, and how pages may break around it.
package struct PlacedSection: Sendable, Equatable {
    public var kind: SectionKind
    public var title: String
    package var pageBreak = PageBreak()
}

extension Resume {
    /// The non-empty sections to show, in order: those `meta.sections` lists first, in its order,
    /// then the rest in the default order. Sections marked hidden are left out. A title comes from
    /// `meta.sections`, else `meta.labels`, else the locale.
    package var placedSections: [PlacedSection] {
        let listed = meta.sections.map(\.section)
        let unlisted = SectionKind.allCases.filter { !listed.contains($0) }
        let placements = meta.sections + unlisted.map { SectionPlacement(section: $0) }
        let localization = self.localization
        return placements
            .filter { !$0.hidden && !isEmpty($0.section) }
            .map {
                PlacedSection(kind: $0.section, title: $0.title ?? localization.title(of: $0.section), pageBreak: $0.pageBreak)
            }
    }
}
