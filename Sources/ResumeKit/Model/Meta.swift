/// Settings that shape the output rather than describe the person (`meta`).
public struct Meta: Sendable, Equatable {
    /// The sections in the order they are shown, with any new titles; see `Resume.placedSections`.
    public var sections: [SectionPlacement]
    /// The language of the content (BCP 47, e.g. `en`, `ko`), used for HTML `lang`.
    public var locale: String?
    /// The theme to use when the command line names none.
    public var theme: String?
    /// JSON Resume's own meta fields, kept so its documents load.
    public var canonical: String?
    public var version: String?
    public var lastModified: String?

    public init(sections: [SectionPlacement] = [], locale: String? = nil, theme: String? = nil) {
        self.sections = sections
        self.locale = locale
        self.theme = theme
    }
}

/// One entry of `meta.sections`: which section, an optional new title, and whether to hide it.
public struct SectionPlacement: Sendable, Equatable {
    public var section: SectionKind
    public var title: String?
    public var hidden: Bool

    public init(section: SectionKind, title: String? = nil, hidden: Bool = false) {
        self.section = section
        self.title = title
        self.hidden = hidden
    }
}

/// A section as it will be shown: which one and under what title.
public struct PlacedSection: Sendable, Equatable {
    public var kind: SectionKind
    public var title: String
}

extension Resume {
    /// The non-empty sections to show, in order: those `meta.sections` lists first, in its order,
    /// then the rest in the default order. Sections marked hidden are left out.
    public var placedSections: [PlacedSection] {
        let listed = meta.sections.map(\.section)
        let unlisted = SectionKind.allCases.filter { !listed.contains($0) }
        let placements = meta.sections + unlisted.map { SectionPlacement(section: $0) }
        return placements
            .filter { !$0.hidden && !isEmpty($0.section) }
            .map { PlacedSection(kind: $0.section, title: $0.title ?? $0.section.defaultTitle) }
    }
}
