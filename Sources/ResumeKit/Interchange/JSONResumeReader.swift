import Yams

/// Maps a JSON Resume document onto the résumé model, one reader per section, through
/// `ImportObject`, which takes former field names, converts what it can and notes every change.
struct JSONResumeReader {
    let notes: ImportNotes

    /// The résumé, or nil (with an error noted) when the document is not an object or has no name.
    func read(_ root: Node) -> Resume? {
        guard case .mapping = root, let top = ImportObject(root, path: "", notes: notes) else {
            notes.error("expected a JSON Resume object at the top level, found \(root.jsonKindDescription)", at: root)
            return nil
        }
        defer { top.finish() }
        schema(top)
        let basics = top.object("basics", basics) ?? nil
        if basics == nil {
            notes.error("basics.name is missing; a résumé needs at least a name", at: top.value("basics") ?? root)
        }
        let resume = Resume(
            basics: basics ?? Basics(name: ""),
            education: top.entries("education", empty: Education(), education),
            work: top.entries("work", empty: Work(), work),
            projects: top.entries("projects", empty: Project(), project),
            awards: top.entries("awards", empty: Award(), award),
            researchInterests: top.entries("researchInterests", empty: ResearchInterest(), researchInterest),
            teaching: top.entries("teaching", empty: Teaching(), teaching),
            skills: top.entries("skills", empty: Skill(), fromText: Self.skill(named:), skill),
            volunteer: top.entries("volunteer", empty: Volunteer(), volunteer),
            publications: top.entries("publications", empty: Publication(), publication),
            certificates: top.entries("certificates", empty: Certificate(), certificate),
            languages: top.entries("languages", empty: Language(), fromText: Self.language(named:), language),
            interests: top.entries("interests", empty: Interest(), fromText: Self.interest(named:), interest),
            references: top.entries("references", empty: Reference(), reference),
            meta: top.object("meta") { MetaImport(notes: notes).read($0) } ?? Meta()
        )
        return basics == nil ? nil : resume
    }
}

private extension JSONResumeReader {
    /// `$schema` names the JSON Resume schema, which the résumé format needs no reference to;
    /// any other schema is noted as kept out.
    func schema(_ top: ImportObject) {
        guard let node = top.value("$schema") else { return }
        if node.scalar?.string.contains("jsonresume") != true {
            notes.warning("'$schema' kept out; the résumé format has no place for it", at: node)
        }
    }

    /// The basics, or nil without a name; every field is read either way, so each is noted.
    func basics(_ map: ImportObject) -> Basics? {
        let name = map.text("name")
        var basics = Basics(name: name ?? "")
        basics.label = map.text("label")
        basics.image = map.text("image")
        basics.email = map.text("email")
        basics.phone = map.text("phone")
        basics.url = map.text("url")
        basics.summary = map.text("summary", prose: true)
        basics.location = location(map)
        basics.profiles = profiles(map)
        return name == nil ? nil : basics
    }

    /// An object of address fields, or one text, taken as the city.
    func location(_ map: ImportObject) -> Location? {
        guard let node = map.value("location") else { return nil }
        if node.scalar != nil {
            guard let text = map.text(node, path: "basics.location", prose: false, keepsLines: false) else { return nil }
            notes.warning("basics.location: text, imported as location.city", at: node)
            return Location(city: text)
        }
        guard let place = ImportObject(node, path: "basics.location", notes: notes) else { return nil }
        defer { place.finish() }
        let location = Location(
            address: place.text("address"), postalCode: place.text("postalCode"), city: place.text("city"),
            countryCode: place.text("countryCode"), region: place.text("region"))
        return location == Location() ? nil : location
    }

    /// A list of profiles, or an object of network to user name or URL (`{"github": "ada"}`).
    func profiles(_ map: ImportObject) -> [Profile] {
        if let node = map.value("profiles"), case .mapping(let byNetwork) = node {
            notes.warning("basics.profiles: an object of networks, imported as a list", at: node)
            return byNetwork.compactMap { key, value in
                let path = "basics.profiles.\(key.string ?? "")"
                guard let account = map.text(value, path: path, prose: false, keepsLines: false) else { return nil }
                let isLink = account.hasPrefix("http://") || account.hasPrefix("https://")
                return Profile(network: key.string, username: isLink ? nil : account, url: isLink ? account : nil)
            }
        }
        return map.entries("profiles", empty: Profile()) { profile in
            Profile(network: profile.text("network"), username: profile.text("username"), url: profile.text("url"))
        }
    }

    func education(_ map: ImportObject) -> Education {
        var entry = Education()
        entry.institution = map.text("institution")
        entry.url = map.text("url")
        entry.area = map.text("area")
        entry.studyType = map.text("studyType")
        (entry.startDate, entry.endDate) = map.period()
        entry.score = map.text("score")
        entry.courses = map.texts("courses", splitsCommas: true)
        return entry
    }

    func work(_ map: ImportObject) -> Work {
        var entry = Work()
        entry.name = map.text("name")
        entry.position = map.text("position")
        entry.location = map.text("location")
        entry.url = map.text("url")
        (entry.startDate, entry.endDate) = map.period()
        // JSON Resume 1.0 describes the company in `description`; this format does so in `summary`.
        entry.summary = map.text("summary", formerly: ["description"], prose: true)
        entry.highlights = map.texts("highlights", prose: true)
        return entry
    }

    func project(_ map: ImportObject) -> Project {
        var entry = Project()
        entry.name = map.text("name")
        entry.description = map.text("description", formerly: ["summary"], prose: true)
        entry.highlights = map.texts("highlights", prose: true)
        entry.keywords = map.texts("keywords", splitsCommas: true)
        entry.url = map.text("url")
        entry.roles = map.texts("roles", splitsCommas: true)
        entry.entity = map.text("entity")
        entry.type = map.text("type")
        (entry.startDate, entry.endDate) = map.period()
        return entry
    }

    func award(_ map: ImportObject) -> Award {
        var entry = Award()
        entry.title = map.text("title")
        entry.date = map.date("date")
        entry.awarder = map.text("awarder")
        entry.summary = map.text("summary", prose: true)
        return entry
    }

    func researchInterest(_ map: ImportObject) -> ResearchInterest {
        var entry = ResearchInterest()
        entry.name = map.text("name")
        entry.keywords = map.texts("keywords", splitsCommas: true)
        entry.summary = map.text("summary", prose: true)
        return entry
    }

    func teaching(_ map: ImportObject) -> Teaching {
        var entry = Teaching()
        entry.organization = map.text("organization")
        entry.position = map.text("position")
        entry.kind = map.text("kind")
        (entry.startDate, entry.endDate) = map.period()
        entry.summary = map.text("summary", prose: true)
        entry.highlights = map.texts("highlights", prose: true)
        entry.url = map.text("url")
        return entry
    }

    func skill(_ map: ImportObject) -> Skill {
        var entry = Skill()
        entry.name = map.text("name")
        entry.level = map.text("level")
        entry.keywords = map.texts("keywords", splitsCommas: true)
        return entry
    }

    func volunteer(_ map: ImportObject) -> Volunteer {
        var entry = Volunteer()
        entry.organization = map.text("organization")
        entry.position = map.text("position")
        entry.url = map.text("url")
        (entry.startDate, entry.endDate) = map.period()
        entry.summary = map.text("summary", prose: true)
        entry.highlights = map.texts("highlights", prose: true)
        return entry
    }

    func publication(_ map: ImportObject) -> Publication {
        var entry = Publication()
        entry.name = map.text("name")
        entry.publisher = map.text("publisher")
        entry.releaseDate = map.date("releaseDate")
        entry.url = map.text("url")
        entry.summary = map.text("summary", prose: true)
        return entry
    }

    func certificate(_ map: ImportObject) -> Certificate {
        var entry = Certificate()
        entry.name = map.text("name")
        entry.date = map.date("date")
        entry.url = map.text("url")
        entry.issuer = map.text("issuer")
        return entry
    }

    func language(_ map: ImportObject) -> Language {
        var entry = Language()
        entry.language = map.text("language")
        entry.fluency = map.text("fluency")
        return entry
    }

    func interest(_ map: ImportObject) -> Interest {
        var entry = Interest()
        entry.name = map.text("name")
        entry.keywords = map.texts("keywords", splitsCommas: true)
        return entry
    }

    /// Entries older files give as plain strings: `"skills": ["Python"]`, `"interests": ["Chess"]`.
    static func skill(named name: String) -> Skill {
        var entry = Skill()
        entry.name = name
        return entry
    }

    static func language(named name: String) -> Language {
        var entry = Language()
        entry.language = name
        return entry
    }

    static func interest(named name: String) -> Interest {
        var entry = Interest()
        entry.name = name
        return entry
    }

    func reference(_ map: ImportObject) -> Reference {
        var entry = Reference()
        entry.name = map.text("name")
        entry.reference = map.text("reference", prose: true)
        return entry
    }
}
