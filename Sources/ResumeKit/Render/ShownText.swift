/// A string the output shows, and where the résumé says it.
struct ShownText: Sendable, Equatable {
    var text: String
    /// The model path of the value it is (`work[0].highlights[2]`, `meta.labels.work`), or nil for
    /// text made from the labels and date patterns of the résumé's language: built-in section
    /// titles, and dates, whose month names and word for "Present" may come from `meta.labels`.
    var path: String?
}

extension Resume {
    /// Every string that can appear in the output: the section titles, dates and labels in the
    /// résumé's language, and every text field.
    var shownText: [ShownText] {
        var shown = placedSections.map { ShownText(text: $0.title, path: titlePath(of: $0.kind)) }
        shown += shownDates.map { ShownText(text: $0, path: nil) }
        if education.contains(where: { !$0.courses.isEmpty }) {
            shown.append(ShownText(text: localization.courses, path: meta.labels.courses == nil ? nil : "meta.labels.courses"))
        }
        func add(_ path: String, _ text: String?) {
            if let text { shown.append(ShownText(text: text, path: path)) }
        }
        func addAll(_ path: String, _ texts: [String]) {
            for (index, text) in texts.enumerated() { add("\(path)[\(index)]", text) }
        }
        add("basics.name", basics.name)
        add("basics.label", basics.label)
        add("basics.email", basics.email)
        add("basics.phone", basics.phone)
        add("basics.url", basics.url)
        add("basics.summary", basics.summary)
        if let location = basics.location {
            add("basics.location.address", location.address)
            add("basics.location.postalCode", location.postalCode)
            add("basics.location.city", location.city)
            add("basics.location.countryCode", location.countryCode)
            add("basics.location.region", location.region)
        }
        for (index, profile) in basics.profiles.enumerated() {
            let path = "basics.profiles[\(index)]"
            add("\(path).network", profile.network)
            add("\(path).username", profile.username)
            add("\(path).url", profile.url)
        }
        for (index, entry) in education.enumerated() {
            let path = "education[\(index)]"
            add("\(path).institution", entry.institution)
            add("\(path).url", entry.url)
            add("\(path).area", entry.area)
            add("\(path).studyType", entry.studyType)
            add("\(path).score", entry.score)
            addAll("\(path).courses", entry.courses)
        }
        for (index, entry) in work.enumerated() {
            let path = "work[\(index)]"
            add("\(path).name", entry.name)
            add("\(path).position", entry.position)
            add("\(path).location", entry.location)
            add("\(path).url", entry.url)
            add("\(path).summary", entry.summary)
            addAll("\(path).highlights", entry.highlights)
        }
        for (index, entry) in projects.enumerated() {
            let path = "projects[\(index)]"
            add("\(path).name", entry.name)
            add("\(path).description", entry.description)
            add("\(path).url", entry.url)
            add("\(path).entity", entry.entity)
            add("\(path).type", entry.type)
            addAll("\(path).highlights", entry.highlights)
            addAll("\(path).keywords", entry.keywords)
            addAll("\(path).roles", entry.roles)
        }
        for (index, entry) in awards.enumerated() {
            let path = "awards[\(index)]"
            add("\(path).title", entry.title)
            add("\(path).awarder", entry.awarder)
            add("\(path).summary", entry.summary)
        }
        for (index, entry) in researchInterests.enumerated() {
            let path = "researchInterests[\(index)]"
            add("\(path).name", entry.name)
            add("\(path).summary", entry.summary)
            addAll("\(path).keywords", entry.keywords)
        }
        for (index, entry) in teaching.enumerated() {
            let path = "teaching[\(index)]"
            add("\(path).organization", entry.organization)
            add("\(path).position", entry.position)
            add("\(path).kind", entry.kind)
            add("\(path).summary", entry.summary)
            add("\(path).url", entry.url)
            addAll("\(path).highlights", entry.highlights)
        }
        for (index, entry) in skills.enumerated() {
            let path = "skills[\(index)]"
            add("\(path).name", entry.name)
            add("\(path).level", entry.level)
            addAll("\(path).keywords", entry.keywords)
        }
        for (index, entry) in volunteer.enumerated() {
            let path = "volunteer[\(index)]"
            add("\(path).organization", entry.organization)
            add("\(path).position", entry.position)
            add("\(path).url", entry.url)
            add("\(path).summary", entry.summary)
            addAll("\(path).highlights", entry.highlights)
        }
        for (index, entry) in publications.enumerated() {
            let path = "publications[\(index)]"
            add("\(path).name", entry.name)
            add("\(path).publisher", entry.publisher)
            add("\(path).url", entry.url)
            add("\(path).summary", entry.summary)
        }
        for (index, entry) in certificates.enumerated() {
            let path = "certificates[\(index)]"
            add("\(path).name", entry.name)
            add("\(path).url", entry.url)
            add("\(path).issuer", entry.issuer)
        }
        for (index, entry) in languages.enumerated() {
            add("languages[\(index)].language", entry.language)
            add("languages[\(index)].fluency", entry.fluency)
        }
        for (index, entry) in interests.enumerated() {
            add("interests[\(index)].name", entry.name)
            addAll("interests[\(index)].keywords", entry.keywords)
        }
        for (index, entry) in references.enumerated() {
            add("references[\(index)].name", entry.name)
            add("references[\(index)].reference", entry.reference)
        }
        return shown
    }
}

private extension Resume {
    /// Where a section's title is written: `meta.sections`, `meta.labels`, or nowhere (the locale's).
    func titlePath(of section: SectionKind) -> String? {
        if let index = meta.sections.firstIndex(where: { $0.section == section && $0.title != nil }) {
            return "meta.sections[\(index)].title"
        }
        return meta.labels.sectionTitles[section] == nil ? nil : "meta.labels.\(section.rawValue)"
    }

    /// Every date and period of the résumé as each date style writes it in the résumé's language,
    /// so that dates such as "2019年5月" or "2019.05 – 현재" count whichever style the theme uses.
    var shownDates: [String] {
        let periods =
            education.map { ($0.startDate, $0.endDate) } + work.map { ($0.startDate, $0.endDate) }
            + projects.map { ($0.startDate, $0.endDate) } + teaching.map { ($0.startDate, $0.endDate) }
            + volunteer.map { ($0.startDate, $0.endDate) }
        let dates = (awards.map(\.date) + publications.map(\.releaseDate) + certificates.map(\.date)).compactMap { $0 }
        let localization = self.localization
        return DateStyle.allCases.flatMap { style in
            let formatting = DateFormatting(style: style, localization: localization)
            return periods.compactMap { formatting.period(from: $0.0, to: $0.1) } + dates.map(formatting.format)
        }
    }
}
