import Foundation
import ResumeModel
import ResumeSupport

/// Converts a BibTeX file (`refs.bib`) into a résumé whose `publications` are its entries.
///
/// Each entry becomes one publication: its title, authors, venue (journal, proceedings, school,
/// institution or publisher, with volume, number and pages), date (year, month, day), a link
/// (the DOI's, else `url`) and `note` as the summary; LaTeX is turned into text. The entries are
/// ordered newest first. Fields with no place in a publication are named in one note an entry.
/// A résumé needs `basics.name`: the import takes the author named in most entries, as a
/// researcher's own list names them in every one, and says so.
package enum BibTeXImporter: ResumeImporter {
    public static let format = "bibtex"
    public static let documentKind = "BibTeX file"

    /// A `.bib` file.
    package static func recognizes(fileName: String, data: Data) -> Bool {
        fileName.lowercased().hasSuffix(".bib")
    }

    public static func importDocument(data: Data, file: String) -> ImportedResume {
        let decoded = SourceText(data: data, file: file, kind: "a BibTeX file")
        var result = ImportedResume(diagnostics: decoded.diagnostics, source: decoded.text)
        guard !decoded.diagnostics.containsErrors else { return result }
        let database = BibTeXParser.parse(decoded.text, file: file)
        result.diagnostics += database.diagnostics
        guard !database.diagnostics.containsErrors else { return result }
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard !database.entries.isEmpty else {
            result.diagnostics.append(
                Diagnostic(.error, at: start, "no entries found: expected @article{key, …} or another BibTeX entry"))
            return result
        }
        var notes: [Diagnostic] = []
        let publications = database.entries.compactMap { BibTeXPublication(entry: $0).converted(notes: &notes) }
        let owner = ownerName(of: publications)
        notes.append(Diagnostic(.warning, at: start, owner.note))
        let resume = Resume(
            basics: Basics(name: owner.name),
            publications: BibTeXPublication.newestFirst(publications))
        result.diagnostics = (result.diagnostics + notes).sortedByLocation()
        result.finish(with: resume, from: file, kind: documentKind)
        return result
    }
}

extension BibTeXImporter {
    /// The author named in most entries (the first such in the file on a tie), or a placeholder.
    fileprivate static func ownerName(of publications: [Publication]) -> (name: String, note: String) {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for publication in publications {
            var seen: Set<String> = []
            for author in publication.authors where author != "et al." && seen.insert(author).inserted {
                if counts[author] == nil { order.append(author) }
                counts[author, default: 0] += 1
            }
        }
        // `order` is first-appearance order, and `first(where:)` keeps the earliest of the most named.
        let most = counts.values.max()
        let best = order.first { counts[$0] == most }
        guard let best else {
            return (
                "Your Name",
                "basics.name is set to \"Your Name\" (a résumé needs a name and no entry has an author); replace it with yours"
            )
        }
        let count = counts[best]!
        return (
            best,
            "basics.name is set to \"\(best)\", the author of \(count) of \(publications.count) entries; change it if that is not you"
        )
    }
}

/// One BibTeX entry read as a publication, noting each field it takes so the others can be named.
struct BibTeXPublication {
    let entry: BibTeXEntry
    private(set) var used: Set<String> = []
    private(set) var notes: [Diagnostic] = []

    init(entry: BibTeXEntry) {
        self.entry = entry
    }

    /// Entry types and the words the venue starts with for them.
    static let typeLabels: [String: String] = [
        "phdthesis": "PhD thesis", "mastersthesis": "Master's thesis", "techreport": "Technical report",
        "preprint": "Preprint", "unpublished": "Unpublished", "patent": "Patent", "manual": "Manual",
    ]

    /// Where an entry was published, in the order they are tried.
    static let venueFields = ["journal", "journaltitle", "booktitle", "school", "institution", "organization", "howpublished"]

    /// Newest first; entries without a date after the dated ones; otherwise file order.
    static func newestFirst(_ publications: [Publication]) -> [Publication] {
        publications.enumerated().sorted { a, b in
            switch (a.element.releaseDate, b.element.releaseDate) {
            case (let x?, let y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The publication, or nil (with a note) when the entry has nothing a publication shows.
    /// `notingUnused` adds a note naming the fields it has no place for, as an import should.
    func converted(notes all: inout [Diagnostic], notingUnused: Bool = true) -> Publication? {
        var reader = self
        var publication = Publication()
        publication.name = reader.text("title")
        publication.authors = reader.authors()
        publication.publisher = reader.venue()
        publication.releaseDate = reader.date()
        publication.url = reader.link()
        publication.summary = reader.text("note")
        if notingUnused { reader.noteUnused() }
        all += reader.notes
        guard publication != Publication() else {
            all.append(
                Diagnostic(
                    .warning, at: entry.location,
                    "\(entry.key) has nothing a publication shows (no title, author, venue, date or link); it was left out"))
            return nil
        }
        return publication
    }

    /// The field's text with LaTeX turned into characters, or nil when it is absent or blank.
    mutating func text(_ name: String) -> String? {
        guard let field = entry.field(name) else { return nil }
        used.insert(field.name)
        let converted = LaTeXText(field.value)
        for command in converted.unknownCommands {
            warn(
                "\(command) in \(name) of \(entry.key) is not a LaTeX command resume import knows; its argument was kept as text",
                at: field.location)
        }
        return converted.text.isEmpty ? nil : converted.text
    }

    mutating func authors() -> [String] {
        guard let field = entry.field("author") else { return [] }
        used.insert("author")
        let list = BibTeXName.list(field.value)
        for problem in list.problems {
            warn(
                "author \"\(problem)\" of \(entry.key) has more than two commas (expected Last, First or Last, Jr, First); it was left out",
                at: field.location)
        }
        return list.names
    }

    /// "PhD thesis, University of X" or "Journal of Y 12(3), 45–67".
    mutating func venue() -> String? {
        var parts: [String] = []
        if let type = text("type") {
            parts.append(type)
        } else if let label = Self.typeLabels[entry.type] {
            parts.append(label)
        }
        if entry.type == "techreport", let number = text("number") { parts[parts.count - 1] += " " + number }
        let venueField = Self.venueFields.first { entry.field($0) != nil }
        var place = venueField.flatMap { text($0) }
        if place == nil, let eprint = text("eprint") {
            let archive = text("archiveprefix") ?? text("eprinttype") ?? "arXiv"
            place = "\(archive):\(eprint)"
        }
        if let place {
            var issue = place
            if let volume = text("volume") { issue += " " + volume }
            if entry.type != "techreport", let number = text("number") { issue += "(\(number))" }
            parts.append(issue)
        }
        if let pages = text("pages") { parts.append((entry.type == "book" ? "" : "pp. ") + pages) }
        if let publisher = text("publisher"), place != publisher { parts.append(publisher) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `year`, `month` (a macro, a number or a name) and `day`, or BibLaTeX's `date`.
    mutating func date() -> PartialDate? {
        if let field = entry.field("date"), entry.field("year") == nil {
            used.insert("date")
            if let date = PartialDate(parsing: field.value.trimmingWhitespace) { return date }
            warn(
                "date \"\(field.value)\" of \(entry.key) is not YYYY, YYYY-MM or YYYY-MM-DD; it was left out", at: field.location)
            return nil
        }
        guard let yearField = entry.field("year"), let year = text("year") else { return nil }
        guard year.count == 4, let number = Int(year), number > 0 else {
            warn("year \"\(year)\" of \(entry.key) is not a four-digit year; the date was left out", at: yearField.location)
            return nil
        }
        guard let monthField = entry.field("month"), let month = text("month") else { return PartialDate(year: number) }
        let written = Int(month).map { String(format: "%04d-%02d", number, $0) } ?? "\(month) \(year)"
        var date: PartialDate?
        switch DateReading(written) {
        case .date(let read), .converted(let read): date = read
        default: break
        }
        guard var date else {
            warn("month \"\(month)\" of \(entry.key) is not a month; only the year was kept", at: monthField.location)
            return PartialDate(year: number)
        }
        if let dayField = entry.field("day"), let day = text("day") {
            if let dayNumber = Int(day),
                let full = PartialDate(parsing: "\(date.description)-\(String(format: "%02d", dayNumber))")
            {
                date = full
            } else {
                warn("day \"\(day)\" of \(entry.key) is not a day of \(date); it was left out", at: dayField.location)
            }
        }
        return date
    }

    /// The DOI as a link, else `url`.
    mutating func link() -> String? {
        guard let doi = text("doi") else { return text("url") }
        var name = doi
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where name.lowercased().hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        if let url = entry.field("url"), url.value.trimmingWhitespace != "https://doi.org/\(name)" {
            used.insert("url")
            warn("url of \(entry.key) was left out: the publication links to its DOI, https://doi.org/\(name)", at: url.location)
        }
        return "https://doi.org/" + name
    }

    /// One note naming the fields nothing took.
    mutating func noteUnused() {
        let unused = entry.fields.filter { !used.contains($0.name) && !$0.value.trimmingWhitespace.isEmpty }
        guard let first = unused.first else { return }
        let names = unused.map(\.name).joined(separator: ", ")
        let them = unused.count == 1 ? "it" : "them"
        warn("\(entry.key): \(names) left out (a publication has no place for \(them))", at: first.location)
    }

    mutating func warn(_ message: String, at location: SourceLocation) {
        notes.append(Diagnostic(.warning, at: location, message))
    }
}
