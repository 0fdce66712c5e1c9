/// The sections a résumé can have, in the post's order followed by JSON Resume's other sections.
public enum SectionKind: String, Sendable, CaseIterable, Hashable {
    case education
    case work
    case projects
    case awards
    case researchInterests
    case teaching
    case skills
    case volunteer
    case publications
    case certificates
    case languages
    case interests
    case references

    /// The English heading; `Localization` gives the heading in the résumé's own language.
    package var defaultTitle: String {
        SectionTitleTable.titles(of: self).en
    }
}
