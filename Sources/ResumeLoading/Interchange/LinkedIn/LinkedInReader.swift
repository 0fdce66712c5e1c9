import Foundation
import ResumeModel
import ResumeSupport

/// Puts the records of a LinkedIn export's files into a résumé, noting what it leaves out.
struct LinkedInReader {
    var resume = Resume(basics: Basics(name: ""))
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
            warn(
                "\(column) \"\(cell.text)\" is not a date (expected a month and year such as Jan 2020, or a year); it was left out",
                at: cell.location)
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

    mutating func readSkills(_ csv: LinkedInCSV) {
        let names = csv.records.compactMap { $0["Name"]?.text }
        guard !names.isEmpty else { return }
        var skill = Skill()
        skill.name = "Skills"
        skill.keywords = names
        resume.skills.append(skill)
    }

    /// The records of `csv` as entries of `section`, each column put where `columns` says.
    mutating func readEntries(_ csv: LinkedInCSV, into section: SectionKind, columns: [(name: String, use: LinkedInColumn)]) {
        var entries = LinkedInEntries(csv: csv, columns: columns, reader: self)
        section.visit(&entries)
        self = entries.reader
    }

    /// Every value of a column the résumé has no place for, or a file's own method does not read.
    mutating func leaveOut(_ csv: LinkedInCSV, columns: [(name: String, use: LinkedInColumn)]) {
        for record in csv.records {
            for (column, use) in columns {
                if case .leftOut(let reason) = use { leaveOut(record[column], column, because: reason) }
            }
        }
    }
}

/// Fills one section's entries from a file's records, field by field as the section's table
/// names them: the columns say which field, and the table says how the field is kept.
private struct LinkedInEntries: SectionVisitor {
    let csv: LinkedInCSV
    let columns: [(name: String, use: LinkedInColumn)]
    var reader: LinkedInReader

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        var entries = table.entries(reader.resume)
        for record in csv.records {
            var entry = table.empty
            for (column, use) in columns {
                put(record[column], column, use, into: &entry, table.fields)
            }
            if !table.isEmpty(entry) { entries.append(entry) }
        }
        table.entries.set(&reader.resume, entries)
    }

    private mutating func put<Entry>(
        _ cell: LinkedInCSV.Cell?, _ column: String, _ use: LinkedInColumn, into entry: inout Entry, _ fields: [Field<Entry>]
    ) {
        func value(_ key: String) -> Field<Entry>.Value? { fields.first { $0.key == key }?.value }
        let period = fields.lazy.compactMap { field -> (Accessor<Entry, PartialDate?>, Accessor<Entry, EndDate?>)? in
            if case .period(let start, let end) = field.value { return (start, end) }
            return nil
        }.first
        switch (use, cell) {
        case (_, nil), (.own, _), (.choosing, _):
            break
        case (.leftOut(let reason), _):
            reader.leaveOut(cell, column, because: reason)
        case (.field(let key), let cell?):
            switch value(key) {
            case .text(let path)?: path.set(&entry, cell.text)
            case .date(let path)?: path.set(&entry, reader.date(cell, column))
            default: assertionFailure("LinkedInFiles: \(column) names \(key), not a text or date field")
            }
        case (.start, let cell?):
            period?.0.set(&entry, reader.date(cell, column))
        case (.end, let cell?):
            period?.1.set(&entry, reader.endDate(cell, column))
        case (.paragraphs(let lead, let items), let cell?):
            let split = LinkedInReader.paragraphs(cell.text)
            if case .text(let path)? = value(lead) { path.set(&entry, split.lead) }
            if case .list(let path)? = value(items) { path.set(&entry, split.items) }
        }
    }
}

extension LinkedInReader {
    /// `[PORTFOLIO:https://a.example,OTHER:https://b.example]` or `[handle1,handle2]`: each item
    /// with its type, if it has one.
    fileprivate static func list(_ text: String?) -> [(type: String?, value: String)] {
        guard var text = text?.trimmingWhitespace, !text.isEmpty else { return [] }
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        var items: [(String?, String)] = []
        // Items are split at commas followed by TYPE: or by the next item; a URL keeps its commas.
        for part in text.split(separator: ",") {
            let piece = part.trimmingWhitespace
            guard !piece.isEmpty else { continue }
            if let colon = piece.firstIndex(of: ":"), piece[..<colon].allSatisfy({ $0.isUppercase || $0 == "_" }),
                colon != piece.startIndex
            {
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
    fileprivate static func networkName(_ type: String) -> String {
        type == "OTHER"
            ? "Website" : type.prefix(1).uppercased() + type.dropFirst().lowercased().replacingOccurrences(of: "_", with: " ")
    }
}
