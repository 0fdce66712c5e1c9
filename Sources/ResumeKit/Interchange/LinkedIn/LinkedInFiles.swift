/// The files of a LinkedIn data export the import reads, one line each: the name, the columns
/// LinkedIn writes in it, and where its records go. A column not listed is named in a note; a
/// file not listed is named in one note for the archive.
struct LinkedInFile: Sendable {
    /// `Positions.csv`
    let name: String
    /// The columns, in LinkedIn's order.
    let columns: [String]
    /// Columns read only to choose between records (which email is primary), not shown.
    var choosing: Set<String> = []
    /// Puts the file's records into the résumé.
    let read: @Sendable (inout LinkedInReader, LinkedInCSV) -> Void
}

enum LinkedInFiles {
    static let all: [LinkedInFile] = [
        LinkedInFile(
            name: "Profile.csv",
            columns: [
                "First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
                "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers",
            ],
            read: { $0.readProfile($1) }),
        LinkedInFile(
            name: "Email Addresses.csv", columns: ["Email Address", "Confirmed", "Primary", "Updated On"],
            choosing: ["Confirmed", "Primary", "Updated On"], read: { $0.readEmails($1) }),
        LinkedInFile(
            name: "PhoneNumbers.csv", columns: ["Extension", "Number", "Type"], choosing: ["Type"],
            read: { $0.readPhones($1) }),
        LinkedInFile(
            name: "Positions.csv", columns: ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            read: { $0.readPositions($1) }),
        LinkedInFile(
            name: "Education.csv", columns: ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
            read: { $0.readEducation($1) }),
        LinkedInFile(name: "Skills.csv", columns: ["Name"], read: { $0.readSkills($1) }),
        LinkedInFile(name: "Languages.csv", columns: ["Name", "Proficiency"], read: { $0.readLanguages($1) }),
        LinkedInFile(
            name: "Certifications.csv", columns: ["Name", "Url", "Authority", "Started On", "Finished On", "License Number"],
            read: { $0.readCertifications($1) }),
        LinkedInFile(
            name: "Projects.csv", columns: ["Title", "Description", "Url", "Started On", "Finished On"],
            read: { $0.readProjects($1) }),
        LinkedInFile(name: "Honors.csv", columns: ["Title", "Description", "Issued On"], read: { $0.readHonors($1) }),
    ]
}
