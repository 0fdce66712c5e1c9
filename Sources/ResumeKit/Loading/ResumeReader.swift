import Yams

/// Maps a composed YAML document onto the résumé model, one reader function per section type.
struct ResumeReader {
    let context: LoadingContext

    func read(_ root: Node) -> Resume? {
        guard let top = MappingReader(root, path: "", context: context) else { return nil }
        defer { top.finish() }
        if context.language == nil { context.language = Self.declaredLocale(root) }
        _ = top.string("$schema")  // JSON Resume documents name their schema; nothing to read in it
        let basics = top.mapping("basics", basics)
        if basics == nil, top.value("basics") == nil {
            context.error("missing required key 'basics'; a résumé needs at least basics.name", at: root)
        }
        var resume = Resume(
            basics: (basics ?? nil) ?? Basics(name: ""),
            education: top.entries("education", education),
            work: top.entries("work", work),
            projects: top.entries("projects", project),
            awards: top.entries("awards", award),
            researchInterests: top.entries("researchInterests", researchInterest),
            teaching: top.entries("teaching", teaching),
            skills: top.entries("skills", skill),
            volunteer: top.entries("volunteer", volunteer),
            publications: top.entries("publications", publication),
            certificates: top.entries("certificates", certificate),
            languages: top.entries("languages", language),
            interests: top.entries("interests", interest),
            references: top.entries("references", reference),
            meta: top.mapping("meta", meta) ?? Meta()
        )
        if let language = context.options.language { resume.meta.locale = language }
        resume.sourceMap = context.sourceMap
        return resume
    }

    /// `meta.locale` as written, read ahead so that text given in several languages is read in it.
    private static func declaredLocale(_ root: Node) -> String? {
        root.mapping?["meta"]?.mapping?["locale"]?.scalar?.string
    }

    private func basics(_ map: MappingReader) -> Basics? {
        let name = map.require(map.string("name"), "name")
        var basics = Basics(name: name ?? "")
        basics.label = map.string("label")
        basics.image = map.string("image")
        basics.email = map.string("email")
        basics.phone = map.string("phone")
        basics.url = map.url("url")
        basics.summary = map.string("summary")
        basics.location = map.mapping("location") { location in
            Location(
                address: location.string("address"),
                postalCode: location.string("postalCode"),
                city: location.string("city"),
                countryCode: location.string("countryCode"),
                region: location.string("region"))
        }
        basics.profiles = map.entries("profiles") { profile in
            Profile(network: profile.string("network"), username: profile.string("username"), url: profile.url("url"))
        }
        return name == nil ? nil : basics
    }

    private func education(_ map: MappingReader) -> Education {
        var entry = Education()
        entry.institution = map.string("institution")
        entry.url = map.url("url")
        entry.area = map.string("area")
        entry.studyType = map.string("studyType")
        entry.startDate = map.date("startDate")
        entry.endDate = map.endDate("endDate", after: entry.startDate)
        entry.score = map.string("score")
        entry.courses = map.strings("courses")
        return entry
    }

    private func work(_ map: MappingReader) -> Work {
        var entry = Work()
        entry.name = map.string("name")
        entry.position = map.string("position")
        entry.location = map.string("location")
        entry.url = map.url("url")
        entry.startDate = map.date("startDate")
        entry.endDate = map.endDate("endDate", after: entry.startDate)
        entry.summary = map.string("summary")
        entry.highlights = map.strings("highlights")
        return entry
    }

    private func project(_ map: MappingReader) -> Project {
        var entry = Project()
        entry.name = map.string("name")
        entry.description = map.string("description")
        entry.highlights = map.strings("highlights")
        entry.keywords = map.strings("keywords")
        entry.url = map.url("url")
        entry.roles = map.strings("roles")
        entry.entity = map.string("entity")
        entry.type = map.string("type")
        entry.startDate = map.date("startDate")
        entry.endDate = map.endDate("endDate", after: entry.startDate)
        return entry
    }

    private func award(_ map: MappingReader) -> Award {
        var entry = Award()
        entry.title = map.string("title")
        entry.date = map.date("date")
        entry.awarder = map.string("awarder")
        entry.summary = map.string("summary")
        return entry
    }

    private func researchInterest(_ map: MappingReader) -> ResearchInterest {
        var entry = ResearchInterest()
        entry.name = map.string("name")
        entry.keywords = map.strings("keywords")
        entry.summary = map.string("summary")
        return entry
    }

    private func teaching(_ map: MappingReader) -> Teaching {
        var entry = Teaching()
        entry.organization = map.string("organization")
        entry.position = map.string("position")
        entry.kind = map.string("kind")
        entry.startDate = map.date("startDate")
        entry.endDate = map.endDate("endDate", after: entry.startDate)
        entry.summary = map.string("summary")
        entry.highlights = map.strings("highlights")
        entry.url = map.url("url")
        return entry
    }

    private func skill(_ map: MappingReader) -> Skill {
        var entry = Skill()
        entry.name = map.string("name")
        entry.level = map.string("level")
        entry.keywords = map.strings("keywords")
        return entry
    }

    private func volunteer(_ map: MappingReader) -> Volunteer {
        var entry = Volunteer()
        entry.organization = map.string("organization")
        entry.position = map.string("position")
        entry.url = map.url("url")
        entry.startDate = map.date("startDate")
        entry.endDate = map.endDate("endDate", after: entry.startDate)
        entry.summary = map.string("summary")
        entry.highlights = map.strings("highlights")
        return entry
    }

    private func publication(_ map: MappingReader) -> Publication {
        var entry = Publication()
        entry.name = map.string("name")
        entry.publisher = map.string("publisher")
        entry.releaseDate = map.date("releaseDate")
        entry.url = map.url("url")
        entry.summary = map.string("summary")
        return entry
    }

    private func certificate(_ map: MappingReader) -> Certificate {
        var entry = Certificate()
        entry.name = map.string("name")
        entry.date = map.date("date")
        entry.url = map.url("url")
        entry.issuer = map.string("issuer")
        return entry
    }

    private func language(_ map: MappingReader) -> Language {
        var entry = Language()
        entry.language = map.string("language")
        entry.fluency = map.string("fluency")
        return entry
    }

    private func interest(_ map: MappingReader) -> Interest {
        var entry = Interest()
        entry.name = map.string("name")
        entry.keywords = map.strings("keywords")
        return entry
    }

    private func reference(_ map: MappingReader) -> Reference {
        var entry = Reference()
        entry.name = map.string("name")
        entry.reference = map.string("reference")
        return entry
    }

    private func meta(_ map: MappingReader) -> Meta {
        var meta = Meta()
        meta.locale = map.string("locale")
        meta.labels = LabelsReader(context: context).read(map)
        meta.theme = map.string("theme")
        meta.canonical = map.string("canonical")
        meta.version = map.string("version")
        meta.lastModified = map.string("lastModified")
        var seen: Set<SectionKind> = []
        meta.sections = map.list("sections") { node, path in
            guard let placement = sectionPlacement(node, path: path, in: map) else { return nil }
            guard seen.insert(placement.section).inserted else {
                context.error("section '\(placement.section.rawValue)' is listed twice in meta.sections", at: node)
                return nil
            }
            return placement
        }
        return meta
    }

    /// `work`, or `{section: work, title: "Experience", hidden: false}`.
    private func sectionPlacement(_ node: Node, path: String, in map: MappingReader) -> SectionPlacement? {
        if node.scalar != nil {
            guard let name = map.text(node, path: path) else { return nil }
            return sectionKind(name, at: node).map { SectionPlacement(section: $0) }
        }
        guard let entry = MappingReader(node, path: path, context: context) else { return nil }
        defer { entry.finish() }
        guard let sectionNode = entry.value("section"),
            let name = entry.require(entry.text(sectionNode, path: entry.childPath("section")), "section"),
            let kind = sectionKind(name, at: sectionNode)
        else {
            if entry.value("section") == nil { _ = entry.require(String?.none, "section") }
            _ = (entry.string("title"), entry.bool("hidden"))
            return nil
        }
        return SectionPlacement(section: kind, title: entry.string("title"), hidden: entry.bool("hidden") ?? false)
    }

    private func sectionKind(_ name: String, at node: Node) -> SectionKind? {
        if let kind = SectionKind(rawValue: name) { return kind }
        var message = "unknown section '\(name)'"
        if let suggestion = KeySuggestion.suggest(for: name, among: SectionKind.allCases.map(\.rawValue)) {
            message += "; did you mean '\(suggestion)'?"
        }
        context.error(message + "; sections are " + SectionKind.allCases.map(\.rawValue).joined(separator: ", "), at: node)
        return nil
    }
}
