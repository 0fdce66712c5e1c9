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

    /// The heading used when neither the file nor the locale gives one.
    public var defaultTitle: String {
        switch self {
        case .education: "Education"
        case .work: "Work Experience"
        case .projects: "Projects"
        case .awards: "Awards"
        case .researchInterests: "Research Interests"
        case .teaching: "Teaching & Extracurricular"
        case .skills: "Technical Skills"
        case .volunteer: "Volunteering"
        case .publications: "Publications"
        case .certificates: "Certificates"
        case .languages: "Languages"
        case .interests: "Interests"
        case .references: "References"
        }
    }
}
