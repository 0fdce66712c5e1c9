/// The fields of a résumé as written in a file: `basics`, the post's seven sections in their
/// default order, JSON Resume's other sections, then `meta`; within each entry the fields in
/// the order the README lists them. Field names are JSON Resume's, so YAML and JSON share it.
struct ResumeTree {
    /// Whether an explicit `present` end is written (YAML) or left out (JSON Resume, whose dates
    /// are only dates; a missing end date means the same there).
    var writesPresent: Bool

    func fields(of resume: Resume) -> [InterchangeValue.Field] {
        var top = FieldList()
        top.add("basics", basics(resume.basics))
        for section in SectionKind.allCases {
            top.add(section.rawValue, entries(of: section, in: resume))
        }
        top.add("meta", meta(resume.meta))
        return top.fields
    }
}

private extension ResumeTree {
    func entries(of section: SectionKind, in resume: Resume) -> InterchangeValue {
        switch section {
        case .education: .list(resume.education.map(education))
        case .work: .list(resume.work.map(work))
        case .projects: .list(resume.projects.map(project))
        case .awards: .list(resume.awards.map(award))
        case .researchInterests: .list(resume.researchInterests.map(researchInterest))
        case .teaching: .list(resume.teaching.map(teaching))
        case .skills: .list(resume.skills.map(skill))
        case .volunteer: .list(resume.volunteer.map(volunteer))
        case .publications: .list(resume.publications.map(publication))
        case .certificates: .list(resume.certificates.map(certificate))
        case .languages: .list(resume.languages.map(language))
        case .interests: .list(resume.interests.map(interest))
        case .references: .list(resume.references.map(reference))
        }
    }

    func endDate(_ end: EndDate?) -> String? {
        switch end {
        case .date(let date): date.description
        case .present: writesPresent ? "present" : nil
        case nil: nil
        }
    }

    func basics(_ basics: Basics) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", basics.name)
        fields.add("label", basics.label)
        fields.add("image", basics.image)
        fields.add("email", basics.email)
        fields.add("phone", basics.phone)
        fields.add("url", basics.url)
        fields.add("summary", basics.summary)
        if let location = basics.location {
            var place = FieldList()
            place.add("address", location.address)
            place.add("postalCode", location.postalCode)
            place.add("city", location.city)
            place.add("countryCode", location.countryCode)
            place.add("region", location.region)
            fields.add("location", place.value)
        }
        fields.add("profiles", .list(basics.profiles.map { profile in
            var fields = FieldList()
            fields.add("network", profile.network)
            fields.add("username", profile.username)
            fields.add("url", profile.url)
            return fields.value
        }))
        return fields.value
    }

    func education(_ entry: Education) -> InterchangeValue {
        var fields = FieldList()
        fields.add("institution", entry.institution)
        fields.add("url", entry.url)
        fields.add("area", entry.area)
        fields.add("studyType", entry.studyType)
        fields.add("startDate", entry.startDate)
        fields.add("endDate", endDate(entry.endDate))
        fields.add("score", entry.score)
        fields.add("courses", entry.courses)
        return fields.value
    }

    func work(_ entry: Work) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("position", entry.position)
        fields.add("location", entry.location)
        fields.add("url", entry.url)
        fields.add("startDate", entry.startDate)
        fields.add("endDate", endDate(entry.endDate))
        fields.add("summary", entry.summary)
        fields.add("highlights", entry.highlights)
        return fields.value
    }

    func project(_ entry: Project) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("description", entry.description)
        fields.add("highlights", entry.highlights)
        fields.add("keywords", entry.keywords)
        fields.add("url", entry.url)
        fields.add("roles", entry.roles)
        fields.add("entity", entry.entity)
        fields.add("type", entry.type)
        fields.add("startDate", entry.startDate)
        fields.add("endDate", endDate(entry.endDate))
        return fields.value
    }

    func award(_ entry: Award) -> InterchangeValue {
        var fields = FieldList()
        fields.add("title", entry.title)
        fields.add("date", entry.date)
        fields.add("awarder", entry.awarder)
        fields.add("summary", entry.summary)
        return fields.value
    }

    func researchInterest(_ entry: ResearchInterest) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("keywords", entry.keywords)
        fields.add("summary", entry.summary)
        return fields.value
    }

    func teaching(_ entry: Teaching) -> InterchangeValue {
        var fields = FieldList()
        fields.add("organization", entry.organization)
        fields.add("position", entry.position)
        fields.add("kind", entry.kind)
        fields.add("startDate", entry.startDate)
        fields.add("endDate", endDate(entry.endDate))
        fields.add("summary", entry.summary)
        fields.add("highlights", entry.highlights)
        fields.add("url", entry.url)
        return fields.value
    }

    func skill(_ entry: Skill) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("level", entry.level)
        fields.add("keywords", entry.keywords)
        return fields.value
    }

    func volunteer(_ entry: Volunteer) -> InterchangeValue {
        var fields = FieldList()
        fields.add("organization", entry.organization)
        fields.add("position", entry.position)
        fields.add("url", entry.url)
        fields.add("startDate", entry.startDate)
        fields.add("endDate", endDate(entry.endDate))
        fields.add("summary", entry.summary)
        fields.add("highlights", entry.highlights)
        return fields.value
    }

    func publication(_ entry: Publication) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("publisher", entry.publisher)
        fields.add("releaseDate", entry.releaseDate)
        fields.add("url", entry.url)
        fields.add("summary", entry.summary)
        return fields.value
    }

    func certificate(_ entry: Certificate) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("date", entry.date)
        fields.add("url", entry.url)
        fields.add("issuer", entry.issuer)
        return fields.value
    }

    func language(_ entry: Language) -> InterchangeValue {
        var fields = FieldList()
        fields.add("language", entry.language)
        fields.add("fluency", entry.fluency)
        return fields.value
    }

    func interest(_ entry: Interest) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("keywords", entry.keywords)
        return fields.value
    }

    func reference(_ entry: Reference) -> InterchangeValue {
        var fields = FieldList()
        fields.add("name", entry.name)
        fields.add("reference", entry.reference)
        return fields.value
    }

    func meta(_ meta: Meta) -> InterchangeValue {
        var fields = FieldList()
        fields.add("locale", meta.locale)
        fields.add("theme", meta.theme)
        fields.add("sections", .list(meta.sections.map { placement in
            guard placement.title != nil || placement.hidden else { return .text(placement.section.rawValue) }
            var fields = FieldList()
            fields.add("section", placement.section.rawValue)
            fields.add("title", placement.title)
            if placement.hidden { fields.add("hidden", InterchangeValue.bool(true)) }
            return fields.value
        }))
        fields.add("labels", labels(meta.labels))
        fields.add("canonical", meta.canonical)
        fields.add("version", meta.version)
        fields.add("lastModified", meta.lastModified)
        return fields.value
    }

    func labels(_ labels: LabelOverrides) -> InterchangeValue {
        var fields = FieldList()
        for section in SectionKind.allCases {
            fields.add(section.rawValue, labels.sectionTitles[section])
        }
        fields.add("present", labels.present)
        fields.add("courses", labels.courses)
        fields.add("months", labels.months ?? [])
        return fields.value
    }
}
