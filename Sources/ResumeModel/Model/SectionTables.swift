/// Every section's fields, one table per section: what the loader reads, the importer takes, the
/// exporter writes, the schema describes, templates get, the fit measures and the rules read.
///
/// Adding a field is one line here (and its use in the templates that show it).
@usableFromInline
enum SectionTables {
    @usableFromInline static let education = SectionFields<Education>(
        section: .education, entries: Accessor { $1(&$0.education) }, empty: Education(),
        description: "Education: degrees and schools, newest first",
        entryDescription: "A degree or a course of study",
        fields: [
            .text("institution", { $1(&$0.institution) }, "The school or university"),
            .link({ $1(&$0.url) }),
            .text("area", { $1(&$0.area) }, "Field of study, e.g. Computer Science"),
            .text("studyType", { $1(&$0.studyType) }, "The degree: BSc, MSc, PhD, …"),
            .period({ $1(&$0.startDate) }, { $1(&$0.endDate) }),
            .text("score", { $1(&$0.score) }, "Grade, e.g. GPA 3.9/4.0"),
            .items("courses", { $1(&$0.courses) }, "Main courses taken"),
        ])

    @usableFromInline static let work = SectionFields<Work>(
        section: .work, entries: Accessor { $1(&$0.work) }, empty: Work(),
        description: "Work Experience: jobs, newest first; the section that matters most",
        entryDescription: "A job; its highlights are the projects done there",
        fields: [
            .text("name", { $1(&$0.name) }, "The company"),
            .text("position", { $1(&$0.position) }, "Your job title"),
            .text("location", { $1(&$0.location) }, "Where the job is, e.g. Seoul, Korea"),
            .text("description", { $1(&$0.description) }, "What the company does, e.g. Social media company"),
            .link({ $1(&$0.url) }),
            .period({ $1(&$0.startDate) }, { $1(&$0.endDate) }),
            .prose("summary", { $1(&$0.summary) }, "A line about the company or the job"),
            .proseItems("highlights", { $1(&$0.highlights) }, "One item per project: what it was – your role – the result, in 1–2 lines"),
        ]).titled(by: "name", "position")

    @usableFromInline static let projects = SectionFields<Project>(
        section: .projects, entries: Accessor { $1(&$0.projects) }, empty: Project(),
        description: "Projects: work outside the job, such as open source and side projects",
        entryDescription: "A project",
        fields: [
            .text("name", { $1(&$0.name) }, "The project's name"),
            .prose("description", { $1(&$0.description) }, "What the project is, in a line", formerly: ["summary"]),
            .proseItems("highlights", { $1(&$0.highlights) }, "What you did and what came of it, 1–2 lines each"),
            .keywords("keywords", { $1(&$0.keywords) }, "Technologies used, e.g. Python, PyTorch"),
            .link({ $1(&$0.url) }),
            .keywords("roles", { $1(&$0.roles) }, "Your roles, e.g. Maintainer"),
            .text("entity", { $1(&$0.entity) }, "The organization it was done for"),
            .text("type", { $1(&$0.type) }, "What kind of project: application, library, paper, …"),
            .period({ $1(&$0.startDate) }, { $1(&$0.endDate) }),
        ]).titled(by: "name", "url", "entity")

    @usableFromInline static let awards = SectionFields<Award>(
        section: .awards, entries: Accessor { $1(&$0.awards) }, empty: Award(),
        description: "Awards: prizes, hackathons and competitions",
        entryDescription: "A prize or a result in a competition",
        fields: [
            .text("title", { $1(&$0.title) }, "The prize, e.g. 1st Place, Example Hackathon"),
            .date("date", { $1(&$0.date) }, "When it was awarded: YYYY, YYYY-MM or YYYY-MM-DD"),
            .text("awarder", { $1(&$0.awarder) }, "Who awarded it"),
            .prose("summary", { $1(&$0.summary) }, "What it was for"),
        ]).titled(by: "title", "awarder")

    @usableFromInline static let researchInterests = SectionFields<ResearchInterest>(
        section: .researchInterests, entries: Accessor { $1(&$0.researchInterests) }, empty: ResearchInterest(),
        description: "Research Interests: fields you would like to work on",
        entryDescription: "A field of research",
        fields: [
            .text("name", { $1(&$0.name) }, "The field, e.g. Natural Language Understanding"),
            .keywords("keywords", { $1(&$0.keywords) }, "Topics within it"),
            .prose("summary", { $1(&$0.summary) }, "A line on what draws you to it"),
        ])

    @usableFromInline static let teaching = SectionFields<Teaching>(
        section: .teaching, entries: Accessor { $1(&$0.teaching) }, empty: Teaching(),
        description: "Teaching & Extracurricular: teaching, mentoring, talks at communities and meetups",
        entryDescription: "Teaching, mentoring, a talk or other extracurricular work",
        fields: [
            .text("organization", { $1(&$0.organization) }, "Where: a school, community or meetup"),
            .text("position", { $1(&$0.position) }, "Your role, e.g. Instructor, Mentor, Speaker"),
            .label(
                "kind", { $1(&$0.kind) }, "What sort of activity: teaching, mentoring, talk, or any other word",
                examples: ActivityKind.allCases.map(\.rawValue)),
            .period({ $1(&$0.startDate) }, { $1(&$0.endDate) }),
            .prose("summary", { $1(&$0.summary) }, "A line about it"),
            .proseItems("highlights", { $1(&$0.highlights) }, "What you did and what came of it"),
            .link({ $1(&$0.url) }),
        ]).titled(by: "organization", "position")

    @usableFromInline static let skills = SectionFields<Skill>(
        section: .skills, entries: Accessor { $1(&$0.skills) }, empty: Skill(),
        description: "Technical Skills: languages, frameworks and tools, in groups",
        entryDescription: "A group of skills",
        fields: [
            .text("name", { $1(&$0.name) }, "The group, e.g. Languages"),
            .label("level", { $1(&$0.level) }, "How well, e.g. Advanced"),
            .keywords("keywords", { $1(&$0.keywords) }, "The skills of the group, e.g. Python, C++, SQL"),
        ]
    ).fromText({ $1(&$0.name) })

    @usableFromInline static let volunteer = SectionFields<Volunteer>(
        section: .volunteer, entries: Accessor { $1(&$0.volunteer) }, empty: Volunteer(),
        description: "Volunteering (JSON Resume), shown after the seven sections",
        entryDescription: "Volunteer work",
        fields: [
            .text("organization", { $1(&$0.organization) }, "The organization"),
            .text("position", { $1(&$0.position) }, "Your role"),
            .link({ $1(&$0.url) }),
            .period({ $1(&$0.startDate) }, { $1(&$0.endDate) }),
            .prose("summary", { $1(&$0.summary) }, "A line about it"),
            .proseItems("highlights", { $1(&$0.highlights) }, "What you did and what came of it"),
        ]).titled(by: "organization", "position")

    @usableFromInline static let publications = SectionFields<Publication>(
        section: .publications, entries: Accessor { $1(&$0.publications) }, empty: Publication(),
        description: "Publications (JSON Resume), shown after the seven sections",
        entryDescription: "A publication",
        fields: [
            .text("name", { $1(&$0.name) }, "The title"),
            .keywords("authors", { $1(&$0.authors) }, "The authors, in the publication's order, e.g. Ada Lovelace, Charles Babbage"),
            .text("highlight", { $1(&$0.highlight) }, "The author to show in bold, written as in authors: usually you").notShown,
            .text("publisher", { $1(&$0.publisher) }, "The journal, conference or publisher"),
            .date("releaseDate", { $1(&$0.releaseDate) }, "When it was published: YYYY, YYYY-MM or YYYY-MM-DD", templateName: "date"),
            .link({ $1(&$0.url) }),
            .prose("summary", { $1(&$0.summary) }, "A line about it"),
        ]).titled(by: "name", "url", "publisher")

    @usableFromInline static let certificates = SectionFields<Certificate>(
        section: .certificates, entries: Accessor { $1(&$0.certificates) }, empty: Certificate(),
        description: "Certificates (JSON Resume), shown after the seven sections",
        entryDescription: "A certificate",
        fields: [
            .text("name", { $1(&$0.name) }, "The certificate"),
            .date("date", { $1(&$0.date) }, "When it was issued: YYYY, YYYY-MM or YYYY-MM-DD"),
            .link({ $1(&$0.url) }),
            .text("issuer", { $1(&$0.issuer) }, "Who issued it"),
        ]).titled(by: "name", "issuer")

    @usableFromInline static let languages = SectionFields<Language>(
        section: .languages, entries: Accessor { $1(&$0.languages) }, empty: Language(),
        description: "Languages (JSON Resume): the languages you speak",
        entryDescription: "A language you speak",
        fields: [
            .text("language", { $1(&$0.language) }, "The language, e.g. Korean"),
            .label("fluency", { $1(&$0.fluency) }, "How well, e.g. Native speaker"),
        ]
    ).fromText({ $1(&$0.language) })

    @usableFromInline static let interests = SectionFields<Interest>(
        section: .interests, entries: Accessor { $1(&$0.interests) }, empty: Interest(),
        description: "Interests (JSON Resume), shown after the seven sections",
        entryDescription: "A personal interest",
        fields: [
            .text("name", { $1(&$0.name) }, "The interest"),
            .keywords("keywords", { $1(&$0.keywords) }, "Words about it"),
        ]
    ).fromText({ $1(&$0.name) })

    @usableFromInline static let references = SectionFields<Reference>(
        section: .references, entries: Accessor { $1(&$0.references) }, empty: Reference(),
        description: "References (JSON Resume), shown after the seven sections",
        entryDescription: "A reference",
        fields: [
            .text("name", { $1(&$0.name) }, "Who gives the reference"),
            .prose("reference", { $1(&$0.reference) }, "What they say"),
        ])
}

/// The fields of `basics` and of the objects in it, one table each, walked as the sections' are.
package enum BasicsTables {
    /// `basics` besides `name`, which every résumé must have, and `location` and `profiles`,
    /// objects with tables of their own.
    package static let basics: [Field<Basics>] = [
        .text("label", { $1(&$0.label) }, "A one-line title under your name, e.g. Machine Learning Engineer"),
        .text("image", { $1(&$0.image) }, "URL of a photo (kept for JSON Resume; the built-in themes do not show it)").notShown,
        .text("email", { $1(&$0.email) }, "Your email address"),
        .text("phone", { $1(&$0.phone) }, "Your phone number; quote it to keep a leading + or 0"),
        .link({ $1(&$0.url) }, description: "Your website or portfolio (http or https)"),
        .prose("summary", { $1(&$0.summary) }, "A short paragraph about you"),
    ]

    package static let location: [Field<Location>] = [
        .text("address", { $1(&$0.address) }, "Street address"),
        .text("postalCode", { $1(&$0.postalCode) }, "Postal code"),
        .text("city", { $1(&$0.city) }, "City, e.g. Seoul"),
        .text("countryCode", { $1(&$0.countryCode) }, "Two-letter country code, e.g. KR"),
        .text("region", { $1(&$0.region) }, "State, province or region"),
    ]

    package static let profile: [Field<Profile>] = [
        .text("network", { $1(&$0.network) }, "The site, e.g. GitHub, LinkedIn", examples: ["GitHub", "LinkedIn", "GitLab"]),
        .text("username", { $1(&$0.username) }, "Your name there"),
        .link({ $1(&$0.url) }, description: "The link to your profile"),
    ]
}
