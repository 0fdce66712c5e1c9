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
        /// Each entry's text fields and lists of texts, by key. (Key paths written where functions
        /// are expected compile to plain closures, with nothing to build at run time.)
        func add<Entry>(
            _ key: String, _ entries: [Entry], _ fields: [(String, (Entry) -> String?)],
            lists: [(String, (Entry) -> [String])] = []
        ) {
            for (index, entry) in entries.enumerated() {
                for (name, field) in fields { add("\(key)[\(index)].\(name)", field(entry)) }
                for (name, list) in lists {
                    for (item, text) in list(entry).enumerated() { add("\(key)[\(index)].\(name)[\(item)]", text) }
                }
            }
        }
        add("basics.name", basics.name)
        add("basics.label", basics.label)
        add("basics.email", basics.email)
        add("basics.phone", basics.phone)
        add("basics.url", basics.url)
        add("basics.summary", basics.summary)
        if let location = basics.location {
            let fields: [(String, (Location) -> String?)] = [
                ("address", \.address), ("postalCode", \.postalCode), ("city", \.city), ("countryCode", \.countryCode),
                ("region", \.region),
            ]
            for (name, field) in fields { add("basics.location.\(name)", field(location)) }
        }
        add("basics.profiles", basics.profiles, [("network", \.network), ("username", \.username), ("url", \.url)])
        add(
            "education", education,
            [
                ("institution", \.institution), ("url", \.url), ("area", \.area), ("studyType", \.studyType), ("score", \.score),
            ], lists: [("courses", \.courses)])
        add(
            "work", work,
            [
                ("name", \.name), ("position", \.position), ("location", \.location), ("url", \.url), ("summary", \.summary),
            ], lists: [("highlights", \.highlights)])
        add(
            "projects", projects,
            [
                ("name", \.name), ("description", \.description), ("url", \.url), ("entity", \.entity), ("type", \.type),
            ], lists: [("highlights", \.highlights), ("keywords", \.keywords), ("roles", \.roles)])
        add("awards", awards, [("title", \.title), ("awarder", \.awarder), ("summary", \.summary)])
        add(
            "researchInterests", researchInterests, [("name", \.name), ("summary", \.summary)], lists: [("keywords", \.keywords)])
        add(
            "teaching", teaching,
            [
                ("organization", \.organization), ("position", \.position), ("kind", \.kind), ("summary", \.summary),
                ("url", \.url),
            ], lists: [("highlights", \.highlights)])
        add("skills", skills, [("name", \.name), ("level", \.level)], lists: [("keywords", \.keywords)])
        add(
            "volunteer", volunteer,
            [
                ("organization", \.organization), ("position", \.position), ("url", \.url), ("summary", \.summary),
            ], lists: [("highlights", \.highlights)])
        add("publications", publications, [("name", \.name), ("publisher", \.publisher), ("url", \.url), ("summary", \.summary)])
        add("certificates", certificates, [("name", \.name), ("url", \.url), ("issuer", \.issuer)])
        add("languages", languages, [("language", \.language), ("fluency", \.fluency)])
        add("interests", interests, [("name", \.name)], lists: [("keywords", \.keywords)])
        add("references", references, [("name", \.name), ("reference", \.reference)])
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
