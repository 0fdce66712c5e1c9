import Foundation
import XCTest
import ZIPFoundation

@testable import ResumeKit
@testable import ResumeLoading

/// A LinkedIn export built in memory: the CSV files under Fixtures/linkedin (LinkedIn's own
/// headers, invented content), zipped as LinkedIn zips them.
enum LinkedInFixture {
    static let folder = TestPaths.testsFolder.appendingPathComponent("Fixtures/linkedin")

    static func csvFiles() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
            ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
    }

    /// A ZIP holding `files` (name, bytes), deflated.
    static func zip(_ files: [(name: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (name, data) in files {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 0),
                compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return try XCTUnwrap(archive.data)
    }

    /// The fixture export, with `extra` files added.
    static func export(adding extra: [(name: String, text: String)] = []) throws -> Data {
        try zip((try csvFiles() + extra).map { ($0.name, Data($0.text.utf8)) })
    }
}

/// `resume import linkedin.zip`: LinkedIn's export files into a résumé, with a note for all it leaves out.
final class LinkedInImportTests: XCTestCase {
    private func importExport(_ data: Data) -> ImportedResume {
        LinkedInImporter.importDocument(data: data, file: "linkedin.zip")
    }

    func testTheExportBecomesAResume() throws {
        let imported = importExport(
            try LinkedInFixture.export(adding: [
                ("messages.csv", "CONVERSATION ID,FROM\n1,Ana\n"), ("Jobs/Saved Jobs.csv", "x\n"),
            ]))
        XCTAssertEqual(
            imported.diagnostics.map { "\($0.location): \($0.message)" },
            [
                "linkedin.zip:1:1: not read, having no place in a résumé: Connections.csv, Jobs/Saved Jobs.csv, messages.csv",
                #"linkedin.zip/Certifications.csv:2:5: Finished On "Nov 2025" left out (a certificate has an issue date only; the date it expires is not shown)"#,
                #"linkedin.zip/Certifications.csv:2:6: License Number "LF-abc123xyz" left out (a certificate has no place for it; its url can lead to it)"#,
                #"linkedin.zip/Education.csv:2:4: Notes "Thesis: consensus under partial synchrony" left out (an education entry has no place for notes; add what matters as its score or courses)"#,
                #"linkedin.zip/Education.csv:2:6: Activities "Teaching assistant for Distributed Systems" left out (an education entry has no place for activities; the teaching or volunteer sections may)"#,
                #"linkedin.zip/Email Addresses.csv:2:1: Email Address "hana.old@example.org" left out (a résumé shows one; this is not the primary)"#,
                #"linkedin.zip/Profile.csv:2:5: Birth Date "Apr 12, 1991" left out (a résumé has no place for it, and most should not show it)"#,
                #"linkedin.zip/Profile.csv:2:8: Industry "Software Development" left out (a résumé has no place for it)"#,
            ])
        XCTAssertEqual(Set(imported.diagnostics.map(\.severity)), [.warning])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.name, "Hana Novak")
        XCTAssertEqual(resume.basics.label, "Staff Engineer at Lumenfold | Distributed systems")
        XCTAssertEqual(resume.basics.email, "hana@example.dev")
        XCTAssertEqual(resume.basics.phone, "+386 40 123 456")
        XCTAssertEqual(resume.basics.url, "https://hana.example.dev")
        XCTAssertEqual(resume.basics.location?.city, "Ljubljana, Slovenia")
        XCTAssertEqual(
            resume.basics.profiles,
            [
                Profile(network: "Blog", url: "https://blog.hana.example.dev"),
                Profile(network: "Twitter", username: "hnovak", url: "https://twitter.com/hnovak"),
            ])
        XCTAssertEqual(resume.work.map(\.name), ["Lumenfold", "Parcelwise", "Kovač Digital"])
        let current = resume.work[0]
        XCTAssertEqual(current.summary, "Storage platform for 3,000 services.")
        XCTAssertEqual(
            current.highlights,
            [
                "Led the move of 40 PB to an erasure-coded store, cutting cost by 38%",
                #"Designed the "quiet failover" protocol now used by every region"#,
                "Mentored six engineers, two now tech leads",
            ])
        XCTAssertEqual(current.startDate, PartialDate(year: 2021, month: 3))
        XCTAssertNil(current.endDate, "a blank Finished On is a job that goes on")
        XCTAssertEqual(resume.work[1].highlights, ["Built the routing engine in Rust", "Cut p99 latency from 900 ms to 120 ms"])
        XCTAssertNil(resume.work[1].summary)
        XCTAssertEqual(resume.work[1].endDate, .date(PartialDate(year: 2021, month: 2)))
        XCTAssertEqual(resume.work[2].startDate, PartialDate(year: 2014))
        XCTAssertEqual(resume.education.map(\.studyType), ["Master of Science - MS", "Bachelor of Science - BS"])
        XCTAssertEqual(resume.skills.first?.keywords, ["Go", "Rust", "Distributed Systems", "PostgreSQL", "Kubernetes"])
        XCTAssertEqual(
            resume.languages.map(\.fluency),
            ["Native or bilingual proficiency", "Full professional proficiency", "Limited working proficiency"])
        XCTAssertEqual(resume.certificates.first?.issuer, "The Linux Foundation")
        XCTAssertEqual(resume.certificates.first?.date, PartialDate(year: 2022, month: 11))
        XCTAssertEqual(resume.projects.first?.highlights, ["2,100 stars on GitHub", "Used in production by four companies"])
        XCTAssertEqual(resume.awards.first?.date, PartialDate(year: 2014, month: 9))
    }

    func testEveryValueOfTheExportIsRenderedOrNamedInANote() throws {
        let trip = try ImportRoundTrip(importExport(try LinkedInFixture.export()))
        var checked = 0
        for (name, text) in try LinkedInFixture.csvFiles() {
            guard let file = LinkedInFiles.all.first(where: { $0.name == name }) else {
                XCTAssertTrue(trip.notes(name), "\(name) is named as not read")
                continue
            }
            var errors: [Diagnostic] = []
            let csv = try XCTUnwrap(LinkedInCSV(text: text, file: name, diagnostics: &errors))
            for record in csv.records {
                for (column, cell) in record {
                    if case .choosing? = file.columns.first(where: { $0.name == column })?.use { continue }
                    let shown = Self.renderedParts(column: column, cell.text).allSatisfy(trip.shows)
                    XCTAssertTrue(
                        shown || trip.notes(column, cell.text), "\(name) \(column) = \(cell.text) is neither shown nor noted")
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 63)
    }

    /// The parts of a value that must each show: a description line by line (its items without
    /// their bullets), a date as the text theme writes it, websites and handles item by item.
    private static func renderedParts(column: String, _ text: String) -> [String] {
        if ["Started On", "Finished On", "Issued On", "Start Date", "End Date"].contains(column) {
            return [text.count == 4 ? text : String(text.prefix(3)) + " " + text.suffix(4)]
        }
        if ["Websites", "Twitter Handles"].contains(column) {
            return text.dropFirst().dropLast().split(separator: ",").map { item in
                item.hasPrefix("https://") || !item.contains(":") ? String(item) : String(item.drop { $0 != ":" }.dropFirst())
            }
        }
        return text.split(separator: "\n").map { line in
            line.trimmingCharacters(in: .whitespaces).drop { "•-".contains($0) }.trimmingCharacters(in: .whitespaces)
        }
    }

    func testTheImporterRecognizesAnExportByItsFiles() throws {
        let export = try LinkedInFixture.export()
        XCTAssertTrue(
            ResumeImporters.detect(fileName: "Basic_LinkedInDataExport_05-01-2026.zip", data: export) == LinkedInImporter.self)
        XCTAssertTrue(ResumeImporters.named("linkedin") == LinkedInImporter.self)
        let otherZip = try LinkedInFixture.zip([("notes.txt", Data("hello".utf8))])
        XCTAssertNil(ResumeImporters.detect(fileName: "other.zip", data: otherZip))
    }

    func testUnknownColumnsAndUnreadableDatesAreNoted() throws {
        let data = try LinkedInFixture.zip([
            ("Profile.csv", Data("First Name,Last Name,Pronouns\nHana,Novak,she/her\n".utf8)),
            (
                "Positions.csv",
                Data("Company Name,Title,Description,Location,Started On,Finished On\nAcme,Engineer,,,sometime,Jan 2020\n".utf8)
            ),
        ])
        let imported = importExport(data)
        XCTAssertEqual(
            imported.diagnostics.map { "\($0.location): \($0.message)" },
            [
                #"linkedin.zip/Positions.csv:2:5: Started On "sometime" is not a date (expected a month and year such as Jan 2020, or a year); it was left out"#,
                #"linkedin.zip/Profile.csv:1:3: column "Pronouns" is not one resume import reads; its 1 value were left out"#,
            ])
        XCTAssertEqual(try XCTUnwrap(imported.resume).work.first?.endDate, .date(PartialDate(year: 2020, month: 1)))
    }

    func testAnExportWithoutAProfileGetsAPlaceholderName() throws {
        let data = try LinkedInFixture.zip([("Skills.csv", Data("Name\nGo\n".utf8))])
        let imported = importExport(data)
        XCTAssertEqual(
            imported.rendered,
            [
                #"1:1: warning: basics.name is set to "Your Name" (a résumé needs a name and Profile.csv gives none); replace it with yours"#
            ])
        XCTAssertEqual(imported.resume?.basics.name, "Your Name")
    }

    func testMutatedFilesNeverCrashTheImport() throws {
        // A fixed-seed walk over small edits of the export's CSV files: every import either
        // writes YAML that loads or writes nothing, and says why.
        let files = try LinkedInFixture.csvFiles()
        let pieces = ["\"", ",", "\n", "\r\n", "\"\"", "•", ": ", " #", "\u{301}", "Jan 2020", "[", "]", ":"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<120 {
            var mutated = files
            let target = next(files.count)
            var scalars = Array(mutated[target].text.unicodeScalars)
            for _ in 0..<(1 + next(4)) {
                let at = next(scalars.count)
                switch next(3) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(contentsOf: pieces[next(pieces.count)].unicodeScalars, at: at)
                default:
                    scalars.replaceSubrange(
                        at..<min(scalars.count, at + next(12)), with: pieces[next(pieces.count)].unicodeScalars)
                }
            }
            mutated[target].text = String(String.UnicodeScalarView(scalars))
            let imported = importExport(try LinkedInFixture.zip(mutated.map { ($0.name, Data($0.text.utf8)) }))
            XCTAssertNil(imported.internalError, mutated[target].text)
            XCTAssertEqual(imported.yaml == nil, imported.diagnostics.containsErrors, mutated[target].text)
        }
    }

    func testHostileArchivesAreRefusedWithinBounds() throws {
        // Not a ZIP at all.
        XCTAssertEqual(importExport(Data("PK\u{3}\u{4}garbage".utf8)).diagnostics.map(\.severity), [.error])
        // A ZIP bomb: 64 MB of zeros deflates to a few kilobytes; refused by its declared size.
        let zeros = Data(count: 64 << 20)
        let bomb = importExport(try LinkedInFixture.zip([("Profile.csv", zeros)]))
        XCTAssertNil(bomb.yaml)
        XCTAssertEqual(bomb.rendered, ["1:1: error: file is larger than a résumé can be (64.0 MB; at most 4 MB)"])
        XCTAssertEqual(bomb.diagnostics.first?.location.file, "linkedin.zip/Profile.csv")
        // A NUL byte inside a CSV is a located error, not a value.
        let nul = importExport(try LinkedInFixture.zip([("Skills.csv", Data("Name\nG\u{0}o\n".utf8))]))
        XCTAssertNil(nul.yaml)
        XCTAssertEqual(
            nul.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" },
            ["linkedin.zip/Skills.csv:2:2: error: control character U+0000 is not allowed in a CSV file"])
        // Paths that climb out or hide in folders are listed, never read.
        let paths = importExport(
            try LinkedInFixture.zip([
                ("../Profile.csv", Data("First Name,Last Name\nEvil,Twin\n".utf8)),
                ("Skills.csv", Data("Name\nGo\n".utf8)),
            ]))
        XCTAssertEqual(paths.resume?.basics.name, "Your Name")
        XCTAssertTrue(paths.rendered.contains("1:1: warning: not read, having no place in a résumé: ../Profile.csv"))
        // Too many entries.
        let many = try LinkedInFixture.zip(
            (0...LinkedInArchive.entryLimit).map { ("f\($0).txt", Data()) } + [("Profile.csv", Data())])
        XCTAssertEqual(
            importExport(many).rendered,
            ["1:1: error: archive has more than 10000 entries; a LinkedIn export has about a hundred, so it was not read"])
    }
}
