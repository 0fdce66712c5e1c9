/// Every section's fields, one table per section: what the loader reads, the importer takes, the
/// exporter writes, the schema describes, templates get, the fit measures and the rules read.
///
/// Adding a field is one line here (and its use in the templates that show it).
enum SectionTables {
    static let education = SectionFields(
        section: .education, entries: \.education, empty: Education(),
        description: "Education: degrees and schools, newest first",
        entryDescription: "A degree or a course of study",
        fields: [
            .text("institution", \.institution, "The school or university"),
            .link(\.url),
            .text("area", \.area, "Field of study, e.g. Computer Science"),
            .text("studyType", \.studyType, "The degree: BSc, MSc, PhD, …"),
            .period(\.startDate, \.endDate),
            .text("score", \.score, "Grade, e.g. GPA 3.9/4.0"),
            .items("courses", \.courses, "Main courses taken"),
        ])

    static let work = SectionFields(
        section: .work, entries: \.work, empty: Work(),
        description: "Work Experience: jobs, newest first; the section that matters most",
        entryDescription: "A job; its highlights are the projects done there",
        fields: [
            .text("name", \.name, "The company"),
            .text("position", \.position, "Your job title"),
            .text("location", \.location, "Where the job is, e.g. Seoul, Korea"),
            .text("description", \.description, "What the company does, e.g. Social media company"),
            .link(\.url),
            .period(\.startDate, \.endDate),
            .prose("summary", \.summary, "A line about the company or the job"),
            .proseItems("highlights", \.highlights, "One item per project: what it was – your role – the result, in 1–2 lines"),
        ])

    static let projects = SectionFields(
        section: .projects, entries: \.projects, empty: Project(),
        description: "Projects: work outside the job, such as open source and side projects",
        entryDescription: "A project",
        fields: [
            .text("name", \.name, "The project's name"),
            .prose("description", \.description, "What the project is, in a line", formerly: ["summary"]),
            .proseItems("highlights", \.highlights, "What you did and what came of it, 1–2 lines each"),
            .keywords("keywords", \.keywords, "Technologies used, e.g. Python, PyTorch"),
            .link(\.url),
            .keywords("roles", \.roles, "Your roles, e.g. Maintainer"),
            .text("entity", \.entity, "The organization it was done for"),
            .text("type", \.type, "What kind of project: application, library, paper, …"),
            .period(\.startDate, \.endDate),
        ])

    static let awards = SectionFields(
        section: .awards, entries: \.awards, empty: Award(),
        description: "Awards: prizes, hackathons and competitions",
        entryDescription: "A prize or a result in a competition",
        fields: [
            .text("title", \.title, "The prize, e.g. 1st Place, Example Hackathon"),
            .date("date", \.date, "When it was awarded: YYYY, YYYY-MM or YYYY-MM-DD"),
            .text("awarder", \.awarder, "Who awarded it"),
            .prose("summary", \.summary, "What it was for"),
        ])

    static let researchInterests = SectionFields(
        section: .researchInterests, entries: \.researchInterests, empty: ResearchInterest(),
        description: "Research Interests: fields you would like to work on",
        entryDescription: "A field of research",
        fields: [
            .text("name", \.name, "The field, e.g. Natural Language Understanding"),
            .keywords("keywords", \.keywords, "Topics within it"),
            .prose("summary", \.summary, "A line on what draws you to it"),
        ])

    static let teaching = SectionFields(
        section: .teaching, entries: \.teaching, empty: Teaching(),
        description: "Teaching & Extracurricular: teaching, mentoring, talks at communities and meetups",
        entryDescription: "Teaching, mentoring, a talk or other extracurricular work",
        fields: [
            .text("organization", \.organization, "Where: a school, community or meetup"),
            .text("position", \.position, "Your role, e.g. Instructor, Mentor, Speaker"),
            .text(
                "kind", \.kind, "What sort of activity: teaching, mentoring, talk, or any other word",
                examples: ["teaching", "mentoring", "talk"]),
            .period(\.startDate, \.endDate),
            .prose("summary", \.summary, "A line about it"),
            .proseItems("highlights", \.highlights, "What you did and what came of it"),
            .link(\.url),
        ])

    static let skills = SectionFields(
        section: .skills, entries: \.skills, empty: Skill(),
        description: "Technical Skills: languages, frameworks and tools, in groups",
        entryDescription: "A group of skills",
        fields: [
            .text("name", \.name, "The group, e.g. Languages"),
            .text("level", \.level, "How well, e.g. Advanced"),
            .keywords("keywords", \.keywords, "The skills of the group, e.g. Python, C++, SQL"),
        ]
    ).fromText(\.name)

    static let volunteer = SectionFields(
        section: .volunteer, entries: \.volunteer, empty: Volunteer(),
        description: "Volunteering (JSON Resume), shown after the seven sections",
        entryDescription: "Volunteer work",
        fields: [
            .text("organization", \.organization, "The organization"),
            .text("position", \.position, "Your role"),
            .link(\.url),
            .period(\.startDate, \.endDate),
            .prose("summary", \.summary, "A line about it"),
            .proseItems("highlights", \.highlights, "What you did and what came of it"),
        ])

    static let publications = SectionFields(
        section: .publications, entries: \.publications, empty: Publication(),
        description: "Publications (JSON Resume), shown after the seven sections",
        entryDescription: "A publication",
        fields: [
            .text("name", \.name, "The title"),
            .text("publisher", \.publisher, "The journal, conference or publisher"),
            .date("releaseDate", \.releaseDate, "When it was published: YYYY, YYYY-MM or YYYY-MM-DD", templateName: "date"),
            .link(\.url),
            .prose("summary", \.summary, "A line about it"),
        ])

    static let certificates = SectionFields(
        section: .certificates, entries: \.certificates, empty: Certificate(),
        description: "Certificates (JSON Resume), shown after the seven sections",
        entryDescription: "A certificate",
        fields: [
            .text("name", \.name, "The certificate"),
            .date("date", \.date, "When it was issued: YYYY, YYYY-MM or YYYY-MM-DD"),
            .link(\.url),
            .text("issuer", \.issuer, "Who issued it"),
        ])

    static let languages = SectionFields(
        section: .languages, entries: \.languages, empty: Language(),
        description: "Languages (JSON Resume): the languages you speak",
        entryDescription: "A language you speak",
        fields: [
            .text("language", \.language, "The language, e.g. Korean"),
            .text("fluency", \.fluency, "How well, e.g. Native speaker"),
        ]
    ).fromText(\.language)

    static let interests = SectionFields(
        section: .interests, entries: \.interests, empty: Interest(),
        description: "Interests (JSON Resume), shown after the seven sections",
        entryDescription: "A personal interest",
        fields: [
            .text("name", \.name, "The interest"),
            .keywords("keywords", \.keywords, "Words about it"),
        ]
    ).fromText(\.name)

    static let references = SectionFields(
        section: .references, entries: \.references, empty: Reference(),
        description: "References (JSON Resume), shown after the seven sections",
        entryDescription: "A reference",
        fields: [
            .text("name", \.name, "Who gives the reference"),
            .prose("reference", \.reference, "What they say"),
        ])
}

/// The fields of `basics` and of the objects in it, one table each, walked as the sections' are.
enum BasicsTables {
    /// `basics` besides `name`, which every résumé must have, and `location` and `profiles`,
    /// objects with tables of their own.
    static let basics: [Field<Basics>] = [
        .text("label", \.label, "A one-line title under your name, e.g. Machine Learning Engineer"),
        .text("image", \.image, "URL of a photo (kept for JSON Resume; the built-in themes do not show it)").notShown,
        .text("email", \.email, "Your email address"),
        .text("phone", \.phone, "Your phone number; quote it to keep a leading + or 0"),
        .link(\.url, description: "Your website or portfolio (http or https)"),
        .prose("summary", \.summary, "A short paragraph about you"),
    ]

    static let location: [Field<Location>] = [
        .text("address", \.address, "Street address"),
        .text("postalCode", \.postalCode, "Postal code"),
        .text("city", \.city, "City, e.g. Seoul"),
        .text("countryCode", \.countryCode, "Two-letter country code, e.g. KR"),
        .text("region", \.region, "State, province or region"),
    ]

    static let profile: [Field<Profile>] = [
        .text("network", \.network, "The site, e.g. GitHub, LinkedIn", examples: ["GitHub", "LinkedIn", "GitLab"]),
        .text("username", \.username, "Your name there"),
        .link(\.url, description: "The link to your profile"),
    ]
}
