import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeLoading

/// `resume import refs.bib`: BibTeX entries as publications, and what it says it left out.
final class BibTeXImportTests: XCTestCase {
    private static let fixture = TestPaths.testsFolder.appendingPathComponent("Fixtures/bibtex/publications.bib")

    private func importFixture() -> ImportedResume {
        ResumeImporters.importDocument(contentsOf: Self.fixture, displayName: "publications.bib")
    }

    func testTheFixtureBecomesPublicationsNewestFirst() throws {
        let imported = importFixture()
        XCTAssertEqual(
            imported.rendered,
            [
                #"1:1: warning: basics.name is set to "Ji-woo Kim", the author of 5 of 5 entries; change it if that is not you"#,
                "21:15: warning: kim2023fast: abstract, keywords left out (a publication has no place for them)",
            ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.name, "Ji-woo Kim")
        XCTAssertEqual(
            resume.publications.map(\.name),
            [
                "Learning with Less: Data-Efficient Methods for Structured Prediction",
                "Fast and BERT-Free Parsing with Small Models",
                "Scaling Laws & Small Data — a Second Look",
                "Graph Methods for Sparse Data",
                "A Survey of Dependency Treebanks",
            ])
        let thesis = resume.publications[0]
        XCTAssertEqual(thesis.publisher, "PhD thesis, Technische Universität München")
        XCTAssertEqual(thesis.releaseDate, PartialDate(year: 2024, month: 10))
        let paper = resume.publications[1]
        XCTAssertEqual(paper.authors, ["Ji-woo Kim", "Jörg Müller", "Anna van der Berg", "et al."])
        XCTAssertEqual(
            paper.publisher,
            "Proceedings of the 61st Annual Meeting of the Association for Computational Linguistics, pp. 112–125")
        XCTAssertEqual(paper.releaseDate, PartialDate(year: 2023, month: 7))
        XCTAssertEqual(paper.url, "https://doi.org/10.18653/v1/2023.acl-long.7")
        let preprint = resume.publications[2]
        XCTAssertEqual(preprint.publisher, "arXiv:2203.01234")
        XCTAssertEqual(preprint.summary, "Under review at TACL")
        let article = resume.publications[3]
        XCTAssertEqual(article.authors, ["Ji-woo Kim", "François L'Hôpital", "Pablo Señor, Jr"])
        XCTAssertEqual(article.publisher, "Journal of Machine Learning Research 22(4), pp. 1–30")
        XCTAssertEqual(article.releaseDate, PartialDate(year: 2021, month: 3))
        XCTAssertEqual(article.url, "https://jmlr.org/papers/v22/kim21a.html")
        let report = resume.publications[4]
        XCTAssertEqual(report.authors, ["Ji-woo Kim", "Lars Ørsted"])
        XCTAssertEqual(report.publisher, "Technical report CS-TR-2020-014, Korea Advanced Institute of Science and Technology")
    }

    func testEveryValueOfTheFixtureIsRenderedOrNamedInANote() throws {
        let imported = importFixture()
        let trip = try ImportRoundTrip(imported)
        let source = try String(contentsOf: Self.fixture, encoding: .utf8)
        let database = BibTeXParser.parse(source, file: "publications.bib")
        XCTAssertEqual(database.entries.count, 5)
        var checked = 0
        for entry in database.entries {
            for field in entry.fields {
                let text = LaTeXText(field.value).text
                let shown: Bool
                switch field.name {
                case "author": shown = BibTeXName.list(field.value).names.allSatisfy(trip.shows)
                case "doi": shown = trip.shows("https://doi.org/" + text)
                case "month":
                    shown = trip.shows(String((Int(text).map { DateFormatter().shortMonthSymbols[$0 - 1] } ?? text).prefix(3)))
                case "archiveprefix": shown = trip.shows(text + ":")
                default: shown = trip.shows(text)
                }
                XCTAssertTrue(
                    shown || trip.notes(entry.key, field.name), "\(entry.key).\(field.name) = \(text) is neither shown nor noted")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 34)
        XCTAssertTrue(trip.shows("Ji-woo Kim, Jörg Müller, Anna van der Berg, et al."), "authors in their order")
    }

    func testTheImportIsRecognizedByItsExtensionAndNamedByBibtex() {
        XCTAssertTrue(ResumeImporters.detect(fileName: "refs.BIB", data: Data()) == BibTeXImporter.self)
        XCTAssertTrue(ResumeImporters.named("bibtex") == BibTeXImporter.self)
        XCTAssertNil(ResumeImporters.detect(fileName: "refs.txt", data: Data("@article{a, title={x}}".utf8)))
    }

    func testSyntaxErrorsStopTheImportWithTheirPlaces() {
        let imported = BibTeXImporter.importDocument(
            data: Data("@article{a, title = {x}\n@article{b, journal = nope}\n".utf8), file: "refs.bib")
        XCTAssertNil(imported.yaml)
        XCTAssertEqual(imported.diagnostics.map(\.location.description), ["refs.bib:2:1", "refs.bib:2:23"])
        XCTAssertEqual(imported.diagnostics.map(\.severity), [.error, .error])
    }

    func testAFileWithoutEntriesIsAnError() {
        let imported = BibTeXImporter.importDocument(data: Data("% nothing here\n".utf8), file: "refs.bib")
        XCTAssertNil(imported.yaml)
        XCTAssertEqual(imported.rendered, ["1:1: error: no entries found: expected @article{key, …} or another BibTeX entry"])
    }

    func testAnEntryWithNothingToShowIsLeftOutWithANote() throws {
        let imported = BibTeXImporter.importDocument(
            data: Data("@misc{empty,}\n@misc{kept, title = {Kept}}\n".utf8), file: "refs.bib")
        XCTAssertEqual(
            imported.rendered,
            [
                "1:1: warning: empty has nothing a publication shows (no title, author, venue, date or link); it was left out",
                #"1:1: warning: basics.name is set to "Your Name" (a résumé needs a name and no entry has an author); replace it with yours"#,
            ])
        XCTAssertEqual(try XCTUnwrap(imported.resume).publications.map(\.name), ["Kept"])
    }

    func testDatesLinksAndUnknownCommandsAreNoted() throws {
        let bib = """
            @misc{a, title = {\\foo{Kept}}, year = {20xx}, url = {https://example.com/a}, doi = {doi:10.1/x}}
            @misc{b, title = {B}, year = 2019, month = {Smarch}}
            @misc{c, title = {C}, date = {2018-05-14}}
            @misc{d, title = {D}, year = 2017, month = may, day = {31}}
            """
        let imported = BibTeXImporter.importDocument(data: Data(bib.utf8), file: "refs.bib")
        XCTAssertEqual(
            imported.rendered,
            [
                #"1:1: warning: basics.name is set to "Your Name" (a résumé needs a name and no entry has an author); replace it with yours"#,
                #"1:18: warning: \foo in title of a is not a LaTeX command resume import knows; its argument was kept as text"#,
                #"1:39: warning: year "20xx" of a is not a four-digit year; the date was left out"#,
                "1:53: warning: url of a was left out: the publication links to its DOI, https://doi.org/10.1/x",
                #"2:44: warning: month "Smarch" of b is not a month; only the year was kept"#,
            ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.publications.map(\.name), ["B", "C", "D", "Kept"], "newest first, undated last")
        XCTAssertEqual(
            resume.publications.map(\.releaseDate),
            [
                PartialDate(year: 2019), PartialDate(year: 2018, month: 5, day: 14), PartialDate(year: 2017, month: 5, day: 31),
                nil,
            ])
        XCTAssertEqual(resume.publications.last?.url, "https://doi.org/10.1/x")
    }
}
