/// What the schema says about one section: the section itself, one of its entries, and the
/// entry's fields, in the order the loader reads them.
struct SectionSchema {
    let section: SectionKind
    /// Shown on hover over the section's key.
    let description: String
    /// Shown on hover over one entry.
    let entryDescription: String
    let fields: [SchemaField]

    /// The name of the entry's definition: `workEntry`.
    var definitionName: String { "\(section.rawValue)Entry" }

    /// The entry: its fields plus `tags`, nothing else.
    var entrySchema: JSONValue {
        var properties = SchemaField.properties(fields)
        properties["tags"] = SchemaDefinitions.tags
        return JSONSchema.object(entryDescription, properties: properties, nullable: false)
    }

    /// The section: a list of entries.
    var sectionSchema: JSONValue {
        JSONSchema.list(description, of: JSONSchema.ref(definitionName))
    }

    init(_ section: SectionKind) {
        self.section = section
        let started = SchemaField("startDate", .date, "When it started: YYYY, YYYY-MM or YYYY-MM-DD")
        let ended = SchemaField(
            "endDate", .endDate, "When it ended: YYYY, YYYY-MM, YYYY-MM-DD or present; leave it out while it goes on")
        let url = SchemaField("url", .text, "Its website (http or https)")
        switch section {
        case .education:
            description = "Education: degrees and schools, newest first"
            entryDescription = "A degree or a course of study"
            fields = [
                SchemaField("institution", .text, "The school or university"),
                url,
                SchemaField("area", .text, "Field of study, e.g. Computer Science"),
                SchemaField("studyType", .text, "The degree: BSc, MSc, PhD, …"),
                started, ended,
                SchemaField("score", .text, "Grade, e.g. GPA 3.9/4.0"),
                SchemaField("courses", .list, "Main courses taken"),
            ]
        case .work:
            description = "Work Experience: jobs, newest first; the section that matters most"
            entryDescription = "A job; its highlights are the projects done there"
            fields = [
                SchemaField("name", .text, "The company"),
                SchemaField("position", .text, "Your job title"),
                SchemaField("location", .text, "Where the job is, e.g. Seoul, Korea"),
                url, started, ended,
                SchemaField("summary", .text, "A line about the company or the job"),
                SchemaField(
                    "highlights", .list, "One item per project: what it was – your role – the result, in 1–2 lines"),
            ]
        case .projects:
            description = "Projects: work outside the job, such as open source and side projects"
            entryDescription = "A project"
            fields = [
                SchemaField("name", .text, "The project's name"),
                SchemaField("description", .text, "What the project is, in a line"),
                SchemaField("highlights", .list, "What you did and what came of it, 1–2 lines each"),
                SchemaField("keywords", .list, "Technologies used, e.g. Python, PyTorch"),
                url,
                SchemaField("roles", .list, "Your roles, e.g. Maintainer"),
                SchemaField("entity", .text, "The organization it was done for"),
                SchemaField("type", .text, "What kind of project: application, library, paper, …"),
                started, ended,
            ]
        case .awards:
            description = "Awards: prizes, hackathons and competitions"
            entryDescription = "A prize or a result in a competition"
            fields = [
                SchemaField("title", .text, "The prize, e.g. 1st Place, Example Hackathon"),
                SchemaField("date", .date, "When it was awarded: YYYY, YYYY-MM or YYYY-MM-DD"),
                SchemaField("awarder", .text, "Who awarded it"),
                SchemaField("summary", .text, "What it was for"),
            ]
        case .researchInterests:
            description = "Research Interests: fields you would like to work on"
            entryDescription = "A field of research"
            fields = [
                SchemaField("name", .text, "The field, e.g. Natural Language Understanding"),
                SchemaField("keywords", .list, "Topics within it"),
                SchemaField("summary", .text, "A line on what draws you to it"),
            ]
        case .teaching:
            description = "Teaching & Extracurricular: teaching, mentoring, talks at communities and meetups"
            entryDescription = "Teaching, mentoring, a talk or other extracurricular work"
            fields = [
                SchemaField("organization", .text, "Where: a school, community or meetup"),
                SchemaField("position", .text, "Your role, e.g. Instructor, Mentor, Speaker"),
                SchemaField(
                    "kind", .text, "What sort of activity: teaching, mentoring, talk, or any other word",
                    examples: ["teaching", "mentoring", "talk"]),
                started, ended,
                SchemaField("summary", .text, "A line about it"),
                SchemaField("highlights", .list, "What you did and what came of it"),
                url,
            ]
        case .skills:
            description = "Technical Skills: languages, frameworks and tools, in groups"
            entryDescription = "A group of skills"
            fields = [
                SchemaField("name", .text, "The group, e.g. Languages"),
                SchemaField("level", .text, "How well, e.g. Advanced"),
                SchemaField("keywords", .list, "The skills of the group, e.g. Python, C++, SQL"),
            ]
        case .volunteer:
            description = "Volunteering (JSON Resume), shown after the seven sections"
            entryDescription = "Volunteer work"
            fields = [
                SchemaField("organization", .text, "The organization"),
                SchemaField("position", .text, "Your role"),
                url, started, ended,
                SchemaField("summary", .text, "A line about it"),
                SchemaField("highlights", .list, "What you did and what came of it"),
            ]
        case .publications:
            description = "Publications (JSON Resume), shown after the seven sections"
            entryDescription = "A publication"
            fields = [
                SchemaField("name", .text, "The title"),
                SchemaField("publisher", .text, "The journal, conference or publisher"),
                SchemaField("releaseDate", .date, "When it was published: YYYY, YYYY-MM or YYYY-MM-DD"),
                url,
                SchemaField("summary", .text, "A line about it"),
            ]
        case .certificates:
            description = "Certificates (JSON Resume), shown after the seven sections"
            entryDescription = "A certificate"
            fields = [
                SchemaField("name", .text, "The certificate"),
                SchemaField("date", .date, "When it was issued: YYYY, YYYY-MM or YYYY-MM-DD"),
                url,
                SchemaField("issuer", .text, "Who issued it"),
            ]
        case .languages:
            description = "Languages (JSON Resume): the languages you speak"
            entryDescription = "A language you speak"
            fields = [
                SchemaField("language", .text, "The language, e.g. Korean"),
                SchemaField("fluency", .text, "How well, e.g. Native speaker"),
            ]
        case .interests:
            description = "Interests (JSON Resume), shown after the seven sections"
            entryDescription = "A personal interest"
            fields = [
                SchemaField("name", .text, "The interest"),
                SchemaField("keywords", .list, "Words about it"),
            ]
        case .references:
            description = "References (JSON Resume), shown after the seven sections"
            entryDescription = "A reference"
            fields = [
                SchemaField("name", .text, "Who gives the reference"),
                SchemaField("reference", .text, "What they say"),
            ]
        }
    }
}
