/// A résumé: the person in `basics`, the sections the post asks for, and JSON Resume's other sections.
///
/// Field names follow JSON Resume wherever it has the concept, so its documents load as they are.
public struct Resume: Sendable, Equatable {
    public var basics: Basics
    package var education: [Education]
    public var work: [Work]
    package var projects: [Project]
    public var awards: [Award]
    package var researchInterests: [ResearchInterest]
    package var teaching: [Teaching]
    package var skills: [Skill]
    package var volunteer: [Volunteer]
    public var publications: [Publication]
    package var certificates: [Certificate]
    public var languages: [Language]
    package var interests: [Interest]
    package var references: [Reference]
    public var meta: Meta
    /// Where each value came from, keyed by its path (`work[0].highlights[2]`).
    package var sourceMap: SourceMap

    public init(
        basics: Basics,
        education: [Education] = [],
        work: [Work] = [],
        projects: [Project] = [],
        awards: [Award] = [],
        researchInterests: [ResearchInterest] = [],
        teaching: [Teaching] = [],
        skills: [Skill] = [],
        volunteer: [Volunteer] = [],
        publications: [Publication] = [],
        certificates: [Certificate] = [],
        languages: [Language] = [],
        interests: [Interest] = [],
        references: [Reference] = [],
        meta: Meta = Meta(),
        sourceMap: SourceMap = SourceMap()
    ) {
        self.basics = basics
        self.education = education
        self.work = work
        self.projects = projects
        self.awards = awards
        self.researchInterests = researchInterests
        self.teaching = teaching
        self.skills = skills
        self.volunteer = volunteer
        self.publications = publications
        self.certificates = certificates
        self.languages = languages
        self.interests = interests
        self.references = references
        self.meta = meta
        self.sourceMap = sourceMap
    }

    /// Whether the section has anything to show.
    public func isEmpty(_ section: SectionKind) -> Bool {
        var check = EmptySection(resume: self)
        section.visit(&check)
        return check.isEmpty
    }
}

/// Whether a section has no entry with anything in it: `awards: [{title: ""}]` shows nothing, so
/// it gets no heading either.
private struct EmptySection: SectionVisitor {
    var resume: Resume
    package var isEmpty = true

    package mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        isEmpty = table.entries.get(&resume).allSatisfy(table.isEmpty)
    }
}
