import ResumeModel

/// A string the output shows, and where the résumé says it.
package struct ShownText: Sendable, Equatable {
    package var text: String
    /// The model path of the value it is (`work[0].highlights[2]`, `meta.labels.work`), or nil for
    /// text made from the labels and date patterns of the résumé's language: built-in section
    /// titles, and dates, whose month names and word for "Present" may come from `meta.labels`.
    package var place: ValuePath?

    init(text: String, place: ValuePath?) {
        self.text = text
        self.place = place
    }
}

extension Resume {
    /// Every string that can appear in the output: the section titles, dates and labels in the
    /// résumé's language, and every text field.
    package var shownText: [ShownText] {
        var shown = placedSections.map { ShownText(text: $0.title, place: titlePlace(of: $0.kind)) }
        shown += shownDates.map { ShownText(text: $0, place: nil) }
        if education.contains(where: { !$0.courses.isEmpty }) {
            let labels = ValuePath("meta", field: "labels")
            shown.append(ShownText(text: localization.courses, place: meta.labels.courses == nil ? nil : labels.key("courses")))
        }
        let basicsPlace = ValuePath("basics")
        shown.append(ShownText(text: basics.name, place: basicsPlace.field("name")))
        ShownFields.add(basics, BasicsTables.basics, at: { basicsPlace.field($0) }, to: &shown)
        if let location = basics.location {
            ShownFields.add(location, BasicsTables.location, at: { basicsPlace.field("location").key($0) }, to: &shown)
        }
        for (index, profile) in basics.profiles.enumerated() {
            ShownFields.add(profile, BasicsTables.profile, at: { basicsPlace.field("profiles").item(index).key($0) }, to: &shown)
        }
        var sections = ShownFields(resume: self, shown: shown)
        SectionKind.visit(SectionKind.allCases, &sections)
        return sections.shown
    }
}

private extension Resume {
    /// Where a section's title is written: `meta.sections`, `meta.labels`, or nowhere (the locale's).
    func titlePlace(of section: SectionKind) -> ValuePath? {
        if let index = meta.sections.firstIndex(where: { $0.section == section && $0.title != nil }) {
            return ValuePath("meta", field: "sections").item(index).key("title")
        }
        return meta.labels.sectionTitles[section] == nil ? nil : ValuePath("meta", field: "labels").key(section.rawValue)
    }

    /// Every date and period of the résumé as each date style writes it in the résumé's language,
    /// so that dates such as "2019年5月" or "2019.05 – 현재" count whichever style the theme uses.
    var shownDates: [String] {
        var entryDates = EntryDates(resume: self)
        SectionKind.visit(SectionKind.allCases, &entryDates)
        let (periods, dates) = (entryDates.periods, entryDates.dates)
        let localization = self.localization
        return DateStyle.allCases.flatMap { style in
            let formatting = DateFormatting(style: style, localization: localization)
            // A long résumé repeats its dates (a year is the end of one role and the start of
            // the next): each is written once per style.
            return Self.mapOnce(periods) { formatting.period(from: $0.start, to: $0.end) }.compactMap { $0 }
                + Self.mapOnce(dates, formatting.format)
        }
    }

    /// `transform` of each of `values`, in order, worked out once for each distinct value.
    static func mapOnce<Value: Hashable, Result>(_ values: [Value], _ transform: (Value) -> Result) -> [Result] {
        var known: [Value: Result] = [:]
        return values.map { value in
            if let result = known[value] { return result }
            let result = transform(value)
            known[value] = result
            return result
        }
    }
}

/// Each section's text fields, then its lists of text, entry by entry, as the tables list them.
private struct ShownFields: SectionVisitor {
    var resume: Resume
    var shown: [ShownText] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        for (index, entry) in table.entries.get(&resume).enumerated() {
            var entry = entry
            let place = ValuePath(table.key, index: index)
            for field in table.fields where field.isShown {
                guard case .text(let path) = field.value, let text = path.get(&entry) else { continue }
                // A label is shown as the labels write it, maybe in another script (talk: 발표).
                let words = field.kind == .label ? resume.localization.label(text) : text
                shown.append(ShownText(text: words, place: place.field(field.key)))
            }
            for field in table.fields where field.isShown {
                guard case .list(let path) = field.value else { continue }
                let fieldPlace = place.field(field.key)
                for (item, text) in path.get(&entry).enumerated() {
                    shown.append(ShownText(text: text, place: fieldPlace.item(item)))
                }
            }
        }
    }

    /// The shown text fields of an object of `basics`, each at the path `path` makes of its key.
    static func add<Entry>(_ entry: Entry, _ fields: [Field<Entry>], at place: (String) -> ValuePath, to shown: inout [ShownText]) {
        var entry = entry
        for field in fields where field.isShown {
            guard case .text(let value) = field.value, let text = value.get(&entry) else { continue }
            shown.append(ShownText(text: text, place: place(field.key)))
        }
    }
}

/// Every period and every single date of the résumé's entries, section by section.
private struct EntryDates: SectionVisitor {
    struct Period: Hashable {
        var start: PartialDate?
        var end: EndDate?
    }

    var resume: Resume
    var periods: [Period] = []
    var dates: [PartialDate] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        for field in table.fields {
            switch field.value {
            case .period(let start, let end):
                for var entry in table.entries.get(&resume) { periods.append(Period(start: start.get(&entry), end: end.get(&entry))) }
            case .date(let path):
                for var entry in table.entries.get(&resume) { if let date = path.get(&entry) { dates.append(date) } }
            case .text, .list:
                break
            }
        }
    }
}
