import ResumeModel
import ResumeSupport

/// The fields of a résumé as written in a file: `basics`, the post's seven sections in their
/// default order, JSON Resume's other sections, then `meta`; within each entry the fields in
/// the order their section's table (`SectionTables`) lists them. Field names are JSON Resume's, so YAML and JSON share it.
struct ResumeTree {
    /// Whether an explicit `present` end is written (YAML) or left out (JSON Resume, whose dates
    /// are only dates; a missing end date means the same there).
    var writesPresent: Bool

    func fields(of resume: Resume) -> JSONObject {
        var top = FieldList()
        top.add("basics", basics(resume.basics))
        for section in SectionKind.allCases {
            top.add(section.rawValue, entries(of: section, in: resume))
        }
        top.add("meta", meta(resume.meta))
        return top.object
    }
}

private extension ResumeTree {
    func entries(of section: SectionKind, in resume: Resume) -> JSONValue {
        var writer = SectionWriter(tree: self, resume: resume)
        section.visit(&writer)
        return writer.entries
    }

    func endDate(_ end: EndDate?) -> String? {
        switch end {
        case .date(let date): date.description
        case .present: writesPresent ? "present" : nil
        case nil: nil
        }
    }

    func basics(_ basics: Basics) -> JSONValue {
        var fields = FieldList()
        fields.add("name", basics.name)
        SectionWriter.add(basics, BasicsTables.basics, to: &fields, tree: self)
        if let location = basics.location {
            var place = FieldList()
            SectionWriter.add(location, BasicsTables.location, to: &place, tree: self)
            fields.add("location", place.value)
        }
        fields.add("profiles", JSONValue.array(basics.profiles.map { profile in
            var fields = FieldList()
            SectionWriter.add(profile, BasicsTables.profile, to: &fields, tree: self)
            return fields.value
        }))
        return fields.value
    }

    func meta(_ meta: Meta) -> JSONValue {
        var fields = FieldList()
        fields.add("locale", meta.locale)
        fields.add("theme", meta.theme)
        fields.add("sections", JSONValue.array(meta.sections.map { placement in
            guard placement.title != nil || placement.hidden || placement.pageBreak != PageBreak() else {
                return .string(placement.section.rawValue)
            }
            var fields = FieldList()
            fields.add("section", placement.section.rawValue)
            fields.add("title", placement.title)
            if placement.hidden { fields.add("hidden", JSONValue.bool(true)) }
            SectionWriter.add(placement.pageBreak, to: &fields)
            return fields.value
        }))
        fields.add("labels", labels(meta.labels))
        fields.add("canonical", meta.canonical)
        fields.add("version", meta.version)
        fields.add("lastModified", meta.lastModified)
        return fields.value
    }

    func labels(_ labels: LabelOverrides) -> JSONValue {
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

/// Writes each section's entries field by field, as its table lists them.
private struct SectionWriter: SectionVisitor {
    let tree: ResumeTree
    var resume: Resume
    var entries: JSONValue = .array([])

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        entries = .array(table.entries.get(&resume).map { entry in
            var fields = FieldList()
            Self.add(entry, table.fields, to: &fields, tree: tree)
            Self.add(table.pageBreak(entry), to: &fields)
            return fields.value
        })
    }

    /// Adds the page-break keys that are set (`new-page: true`), after the entry's fields.
    static func add(_ pageBreak: PageBreak, to fields: inout FieldList) {
        for key in PageBreak.keys where pageBreak[keyPath: key.value] { fields.add(key.name, JSONValue.bool(true)) }
    }

    /// Adds each of `entry`'s `fields` that has a value.
    static func add<Entry>(_ entry: Entry, _ entryFields: [Field<Entry>], to fields: inout FieldList, tree: ResumeTree) {
        var entry = entry
        for field in entryFields {
            switch field.value {
            case .text(let path): fields.add(field.key, path.get(&entry))
            case .list(let path): fields.add(field.key, path.get(&entry))
            case .date(let path): fields.add(field.key, path.get(&entry))
            case .period(let start, let end):
                fields.add(PeriodKeys.start, start.get(&entry))
                fields.add(PeriodKeys.end, tree.endDate(end.get(&entry)))
            }
        }
    }
}
