import ResumeModel

/// The files of a LinkedIn data export the import reads, one entry each: the name, the columns
/// LinkedIn writes in it in its order, and where each goes. A column not listed is named in a
/// note; a file not listed is named in one note for the archive.
struct LinkedInFile: Sendable {
    /// `Positions.csv`
    let name: String
    /// The columns, in LinkedIn's order, with what becomes of each.
    let columns: [(name: String, use: LinkedInColumn)]
    /// Puts the file's records into the résumé.
    let read: @Sendable (inout LinkedInReader, LinkedInCSV, LinkedInFile) -> Void

    /// A file whose records are entries of `section`, each column going where `columns` says.
    init(_ name: String, section: SectionKind, _ columns: [(String, LinkedInColumn)]) {
        self.name = name
        self.columns = columns
        self.read = { reader, csv, file in reader.readEntries(csv, into: section, columns: file.columns) }
    }

    /// A file read by a method of its own (`basics`, which has no entries; skills, one entry for all).
    init(
        _ name: String, _ columns: [(String, LinkedInColumn)],
        read: @escaping @Sendable (inout LinkedInReader, LinkedInCSV) -> Void
    ) {
        self.name = name
        self.columns = columns
        self.read = { reader, csv, file in
            read(&reader, csv)
            reader.leaveOut(csv, columns: file.columns)
        }
    }
}

/// What becomes of one column's values.
enum LinkedInColumn: Sendable {
    /// The entry's field with this key (text, or a date for a date field).
    case field(String)
    /// The start or end of the entry's period; a blank end means it goes on.
    case start, end
    /// A description: its lead into the field `lead`, its bulleted lines into `items`.
    case paragraphs(lead: String, items: String)
    /// Read by the file's own method (`basics`, skills).
    case own
    /// Read only to choose between records (which email is primary), not shown.
    case choosing
    /// No place for it in a résumé: each value is named in a note saying why.
    case leftOut(String)
}

enum LinkedInFiles {
    static let all: [LinkedInFile] = [
        LinkedInFile(
            "Profile.csv",
            [
                ("First Name", .own), ("Last Name", .own), ("Maiden Name", .leftOut("a résumé shows one name")),
                ("Address", .own),
                ("Birth Date", .leftOut("a résumé has no place for it, and most should not show it")), ("Headline", .own),
                ("Summary", .own), ("Industry", .leftOut("a résumé has no place for it")), ("Zip Code", .own),
                ("Geo Location", .own), ("Twitter Handles", .own), ("Websites", .own), ("Instant Messengers", .own),
            ], read: { $0.readProfile($1) }),
        LinkedInFile(
            "Email Addresses.csv",
            [("Email Address", .own), ("Confirmed", .choosing), ("Primary", .choosing), ("Updated On", .choosing)],
            read: { $0.readEmails($1) }),
        LinkedInFile(
            "PhoneNumbers.csv", [("Extension", .own), ("Number", .own), ("Type", .choosing)], read: { $0.readPhones($1) }),
        LinkedInFile(
            "Positions.csv", section: .work,
            [
                ("Company Name", .field("name")), ("Title", .field("position")),
                ("Description", .paragraphs(lead: "summary", items: "highlights")),
                ("Location", .field("location")), ("Started On", .start), ("Finished On", .end),
            ]),
        LinkedInFile(
            "Education.csv", section: .education,
            [
                ("School Name", .field("institution")), ("Start Date", .start), ("End Date", .end),
                ("Notes", .leftOut("an education entry has no place for notes; add what matters as its score or courses")),
                ("Degree Name", .field("studyType")),
                (
                    "Activities",
                    .leftOut("an education entry has no place for activities; the teaching or volunteer sections may")
                ),
            ]),
        LinkedInFile("Skills.csv", [("Name", .own)], read: { $0.readSkills($1) }),
        LinkedInFile("Languages.csv", section: .languages, [("Name", .field("language")), ("Proficiency", .field("fluency"))]),
        LinkedInFile(
            "Certifications.csv", section: .certificates,
            [
                ("Name", .field("name")), ("Url", .field("url")), ("Authority", .field("issuer")), ("Started On", .field("date")),
                ("Finished On", .leftOut("a certificate has an issue date only; the date it expires is not shown")),
                ("License Number", .leftOut("a certificate has no place for it; its url can lead to it")),
            ]),
        LinkedInFile(
            "Projects.csv", section: .projects,
            [
                ("Title", .field("name")), ("Description", .paragraphs(lead: "description", items: "highlights")),
                ("Url", .field("url")),
                ("Started On", .start), ("Finished On", .end),
            ]),
        LinkedInFile(
            "Honors.csv", section: .awards,
            [("Title", .field("title")), ("Description", .field("summary")), ("Issued On", .field("date"))]),
    ]
}
