import Foundation

/// Puts the records of a LinkedIn export's files into a résumé, noting what it leaves out.
struct LinkedInReader {
    private(set) var resume = Resume(basics: Basics(name: ""))
    private(set) var notes: [Diagnostic] = []

    /// The words a line of a description may start with to be a list item.
    static let bullets: [Character] = ["•", "-", "*", "–", "—", "·", "▪", "●", "◦", "‣", "○", "■"]

    mutating func warn(_ message: String, at location: SourceLocation) {
        notes.append(Diagnostic(.warning, at: location, message))
    }

    /// A cell the résumé has no place for, named in a note.
    mutating func leaveOut(_ cell: LinkedInCSV.Cell?, _ column: String, because reason: String) {
        guard let cell else { return }
        warn("\(column) \"\(cell.text)\" left out (\(reason))", at: cell.location)
    }

    /// A date as LinkedIn writes it (`Jan 2020`, `2019`, `Mar 15, 2020`); an unreadable one is noted.
    mutating func date(_ cell: LinkedInCSV.Cell?, _ column: String) -> PartialDate? {
        guard let cell else { return nil }
        switch DateReading(cell.text) {
        case .date(let date), .converted(let date): return date
        default:
            warn("\(column) \"\(cell.text)\" is not a date (expected a month and year such as Jan 2020, or a year); it was left out", at: cell.location)
            return nil
        }
    }

    /// An end date: blank means the period goes on.
    mutating func endDate(_ cell: LinkedInCSV.Cell?, _ column: String) -> EndDate? {
        date(cell, column).map(EndDate.date)
    }

    /// A description as a lead paragraph and list items: lines starting with a bullet are items,
    /// lines before the first are the lead; without bullets, one line is the lead and several
    /// lines are items.
    static func paragraphs(_ text: String?) -> (lead: String?, items: [String]) {
        guard let text else { return (nil, []) }
        let lines = text.split(separator: "\n").map(\.trimmingWhitespace).filter { !$0.isEmpty }
        func isItem(_ line: String) -> Bool { line.first.map(bullets.contains) ?? false }
        func stripped(_ line: String) -> String { isItem(line) ? String(line.dropFirst()).trimmingWhitespace : line }
        guard let firstItem = lines.firstIndex(where: isItem) else {
            return lines.count == 1 ? (lines[0], []) : (nil, lines)
        }
        let lead = lines[..<firstItem].joined(separator: " ")
        return (lead.isEmpty ? nil : lead, lines[firstItem...].map(stripped).filter { !$0.isEmpty })
    }
}

extension LinkedInReader {
    mutating func readProfile(_ csv: LinkedInCSV) {
        for extra in csv.records.dropFirst().compactMap({ $0.values.min { $0.location < $1.location } }) {
            warn("Profile.csv has more than one profile; only the first was read", at: extra.location)
        }
        guard let row = csv.records.first else { return }
        resume.basics.name = [row["First Name"]?.text, row["Last Name"]?.text].compactMap { $0 }.joined(separator: " ")
        resume.basics.label = row["Headline"]?.text
        resume.basics.summary = row["Summary"]?.text
        var location = Location()
        location.address = row["Address"]?.text
        location.postalCode = row["Zip Code"]?.text
        location.city = row["Geo Location"]?.text
        if location != Location() { resume.basics.location = location }
        leaveOut(row["Maiden Name"], "Maiden Name", because: "a résumé shows one name")
        leaveOut(row["Birth Date"], "Birth Date", because: "a résumé has no place for it, and most should not show it")
        leaveOut(row["Industry"], "Industry", because: "a résumé has no place for it")
        for (type, url) in Self.list(row["Websites"]?.text) {
            if resume.basics.url == nil {
                resume.basics.url = url
            } else {
                resume.basics.profiles.append(Profile(network: Self.networkName(type ?? "Website"), url: url))
            }
        }
        for (_, handle) in Self.list(row["Twitter Handles"]?.text) {
            let name = handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
            resume.basics.profiles.append(Profile(network: "Twitter", username: name, url: "https://twitter.com/\(name)"))
        }
        for (type, name) in Self.list(row["Instant Messengers"]?.text) {
            resume.basics.profiles.append(Profile(network: Self.networkName(type ?? "Messenger"), username: name))
        }
    }

    mutating func readEmails(_ csv: LinkedInCSV) {
        let records = csv.records.filter { $0["Email Address"] != nil }
        let primary = records.first { $0["Primary"]?.text.lowercased() == "yes" } ?? records.first
        resume.basics.email = primary?["Email Address"]?.text
        for record in records where record["Email Address"]?.location != primary?["Email Address"]?.location {
            leaveOut(record["Email Address"], "Email Address", because: "a résumé shows one; this is not the primary")
        }
    }

    mutating func readPhones(_ csv: LinkedInCSV) {
        let records = csv.records.filter { $0["Number"] != nil }
        let chosen = records.first { $0["Type"]?.text.lowercased() == "mobile" } ?? records.first
        if let chosen, let number = chosen["Number"]?.text {
            resume.basics.phone = chosen["Extension"].map { "\(number) ext. \($0.text)" } ?? number
        }
        for record in records where record["Number"]?.location != chosen?["Number"]?.location {
            leaveOut(record["Number"], "Number", because: "a résumé shows one phone number")
            leaveOut(record["Extension"], "Extension", because: "a résumé shows one phone number")
        }
    }

    mutating func readPositions(_ csv: LinkedInCSV) {
        for row in csv.records {
            var work = Work()
            work.name = row["Company Name"]?.text
            work.position = row["Title"]?.text
            work.location = row["Location"]?.text
            (work.summary, work.highlights) = Self.paragraphs(row["Description"]?.text)
            work.startDate = date(row["Started On"], "Started On")
            work.endDate = endDate(row["Finished On"], "Finished On")
            if work != Work() { resume.work.append(work) }
        }
    }

    mutating func readEducation(_ csv: LinkedInCSV) {
        for row in csv.records {
            var education = Education()
            education.institution = row["School Name"]?.text
            education.studyType = row["Degree Name"]?.text
            education.startDate = date(row["Start Date"], "Start Date")
            education.endDate = endDate(row["End Date"], "End Date")
            leaveOut(row["Notes"], "Notes", because: "an education entry has no place for notes; add what matters as its score or courses")
            leaveOut(row["Activities"], "Activities", because: "an education entry has no place for activities; the teaching or volunteer sections may")
            if education != Education() { resume.education.append(education) }
        }
    }

    mutating func readSkills(_ csv: LinkedInCSV) {
        let names = csv.records.compactMap { $0["Name"]?.text }
        guard !names.isEmpty else { return }
        var skill = Skill()
        skill.name = "Skills"
        skill.keywords = names
        resume.skills.append(skill)
    }

    mutating func readLanguages(_ csv: LinkedInCSV) {
        for row in csv.records where row["Name"] != nil {
            var language = Language()
            language.language = row["Name"]?.text
            language.fluency = row["Proficiency"]?.text
            resume.languages.append(language)
        }
    }

    mutating func readCertifications(_ csv: LinkedInCSV) {
        for row in csv.records {
            var certificate = Certificate()
            certificate.name = row["Name"]?.text
            certificate.url = row["Url"]?.text
            certificate.issuer = row["Authority"]?.text
            certificate.date = date(row["Started On"], "Started On")
            leaveOut(row["Finished On"], "Finished On", because: "a certificate has an issue date only; the date it expires is not shown")
            leaveOut(row["License Number"], "License Number", because: "a certificate has no place for it; its url can lead to it")
            if certificate != Certificate() { resume.certificates.append(certificate) }
        }
    }

    mutating func readProjects(_ csv: LinkedInCSV) {
        for row in csv.records {
            var project = Project()
            project.name = row["Title"]?.text
            (project.description, project.highlights) = Self.paragraphs(row["Description"]?.text)
            project.url = row["Url"]?.text
            project.startDate = date(row["Started On"], "Started On")
            project.endDate = endDate(row["Finished On"], "Finished On")
            if project != Project() { resume.projects.append(project) }
        }
    }

    mutating func readHonors(_ csv: LinkedInCSV) {
        for row in csv.records {
            var award = Award()
            award.title = row["Title"]?.text
            award.summary = row["Description"]?.text
            award.date = date(row["Issued On"], "Issued On")
            if award != Award() { resume.awards.append(award) }
        }
    }
}

private extension LinkedInReader {
    /// `[PORTFOLIO:https://a.example,OTHER:https://b.example]` or `[handle1,handle2]`: each item
    /// with its type, if it has one.
    static func list(_ text: String?) -> [(type: String?, value: String)] {
        guard var text = text?.trimmingWhitespace, !text.isEmpty else { return [] }
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        var items: [(String?, String)] = []
        // Items are split at commas followed by TYPE: or by the next item; a URL keeps its commas.
        for part in text.split(separator: ",") {
            let piece = part.trimmingWhitespace
            guard !piece.isEmpty else { continue }
            if let colon = piece.firstIndex(of: ":"), piece[..<colon].allSatisfy({ $0.isUppercase || $0 == "_" }), colon != piece.startIndex {
                items.append((String(piece[..<colon]), String(piece[piece.index(after: colon)...])))
            } else if let last = items.last, last.1.contains("://") {
                items[items.count - 1].1 += "," + piece
            } else {
                items.append((nil, piece))
            }
        }
        return items
    }

    /// `PORTFOLIO` → `Portfolio`, `OTHER` → `Website`.
    static func networkName(_ type: String) -> String {
        type == "OTHER" ? "Website" : type.prefix(1).uppercased() + type.dropFirst().lowercased().replacingOccurrences(of: "_", with: " ")
    }
}
