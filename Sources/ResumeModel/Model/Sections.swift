/// An education entry (JSON Resume `education[]`).
public struct Education: SectionEntry {
    package var institution: String?
    public var url: String?
    package var area: String?
    package var studyType: String?
    package var startDate: PartialDate?
    package var endDate: EndDate?
    package var score: String?
    package var courses: [String] = []
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A job (JSON Resume `work[]`); its highlights are the projects done there.
public struct Work: SectionEntry {
    public var name: String?
    package var position: String?
    public var location: String?
    /// What the company does (JSON Resume 1.0's `description`).
    public var description: String?
    public var url: String?
    package var startDate: PartialDate?
    package var endDate: EndDate?
    public var summary: String?
    public var highlights: [String] = []
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// Work outside the job (JSON Resume `projects[]`).
public struct Project: SectionEntry {
    public var name: String?
    public var description: String?
    public var highlights: [String] = []
    package var keywords: [String] = []
    public var url: String?
    package var roles: [String] = []
    package var entity: String?
    public var type: String?
    package var startDate: PartialDate?
    package var endDate: EndDate?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A prize or hackathon result (JSON Resume `awards[]`).
public struct Award: SectionEntry {
    public var title: String?
    public var date: PartialDate?
    package var awarder: String?
    public var summary: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A field of research interest (the post's Research Interest section).
public struct ResearchInterest: SectionEntry {
    public var name: String?
    package var keywords: [String] = []
    public var summary: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// Teaching, mentoring, talks and other extracurricular work (the post's sixth section).
public struct Teaching: SectionEntry {
    package var organization: String?
    package var position: String?
    /// What sort of activity it was: `teaching`, `mentoring`, `talk`, or any other word.
    public var kind: String?
    package var startDate: PartialDate?
    package var endDate: EndDate?
    public var summary: String?
    public var highlights: [String] = []
    public var url: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A group of technical skills (JSON Resume `skills[]`).
public struct Skill: SectionEntry {
    public var name: String?
    package var level: String?
    package var keywords: [String] = []
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// Volunteering (JSON Resume `volunteer[]`).
public struct Volunteer: SectionEntry {
    package var organization: String?
    package var position: String?
    public var url: String?
    package var startDate: PartialDate?
    package var endDate: EndDate?
    public var summary: String?
    public var highlights: [String] = []
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A publication (JSON Resume `publications[]`).
public struct Publication: SectionEntry {
    public var name: String?
    /// The authors in the publication's order (not in JSON Resume; a BibTeX import fills it).
    public var authors: [String] = []
    /// The author shown in bold, as `authors` writes the name: usually the résumé's owner.
    public var highlight: String?
    package var publisher: String?
    package var releaseDate: PartialDate?
    public var url: String?
    public var summary: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A certificate (JSON Resume `certificates[]`).
public struct Certificate: SectionEntry {
    public var name: String?
    public var date: PartialDate?
    public var url: String?
    package var issuer: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A spoken language (JSON Resume `languages[]`).
public struct Language: SectionEntry {
    public var language: String?
    package var fluency: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A personal interest (JSON Resume `interests[]`).
public struct Interest: SectionEntry {
    public var name: String?
    package var keywords: [String] = []
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}

/// A reference (JSON Resume `references[]`).
public struct Reference: SectionEntry {
    public var name: String?
    package var reference: String?
    /// Its `new-page` and `keep-together` keys.
    package var pageBreak = PageBreak()
    public init() {}
}
