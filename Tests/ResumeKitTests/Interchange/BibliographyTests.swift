import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeThemes
@testable import ResumeLoading

/// A résumé whose publications name a .bib file: read when it loads, highlighted author in bold
/// in every format, problems located.
final class BibliographyTests: XCTestCase {
    private static let fixture = TestPaths.testsFolder.appendingPathComponent("Fixtures/bibtex/publications.bib")

    /// A folder `cv` holding `cv.yaml` with `yaml` and, unless nil, `refs.bib` with `bib`
    /// (the fixture by default); returns the résumé's path.
    private func resumeFile(_ yaml: String, bib: String? = nil, writingBib: Bool = true) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-bib-\(UUID().uuidString)/cv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        if writingBib {
            let text = try bib ?? String(contentsOf: Self.fixture, encoding: .utf8)
            try text.write(to: folder.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        }
        let file = folder.appendingPathComponent("cv.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func load(_ file: URL) -> LoadResult {
        ResumeLoader.load(contentsOf: file, displayName: file.path)
    }

    func testEveryEntryIsReadNewestFirstWithTheHighlightedAuthorBold() throws {
        let file = try resumeFile("basics: {name: Ji-woo Kim}\npublications:\n  bib: refs.bib\n  highlight: Ji-woo Kim\n")
        let loaded = load(file)
        XCTAssertEqual(loaded.diagnostics, [])
        let resume = try XCTUnwrap(loaded.resume)
        XCTAssertEqual(resume.publications.count, 5)
        XCTAssertEqual(resume.publications.first?.name, "Learning with Less: Data-Efficient Methods for Structured Prediction")
        XCTAssertEqual(Set(resume.publications.map(\.highlight)), ["Ji-woo Kim"])
        XCTAssertEqual(resume.sourceMap["publications[4]"]?.line, 3, "entries are located at the bib: line")

        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let renderer = Renderer(theme: theme)
        XCTAssertTrue(
            try renderer.render(resume, as: .html).contains("<strong>Ji-woo Kim</strong>, Jörg Müller, Anna van der Berg, et al.")
        )
        XCTAssertTrue(
            try renderer.render(resume, as: .tex).contains(
                #"\cvtext{\textbf{Ji-woo Kim}, Jörg Müller, Anna van der Berg, et al.}"#))
        XCTAssertTrue(try renderer.render(resume, as: .text).contains("*Ji-woo Kim*, Jörg Müller, Anna van der Berg, et al."))
        let compact = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "compact")))
        XCTAssertTrue(try compact.render(resume, as: .html).contains("<strong>Ji-woo Kim</strong>, Pat O&#39;Neil"))
    }

    func testTheThemeSaysHowManyAuthorsShowBeforeEtAl() throws {
        let file = try resumeFile(
            "basics: {name: Ji-woo Kim}\npublications:\n  bib: refs.bib\n  keys: [kim2023fast, kim2021graph]\n  highlight: Ji-woo Kim\n"
        )
        let resume = try XCTUnwrap(load(file).resume)
        let classic = try XCTUnwrap(Theme.builtin(named: "classic"))
        XCTAssertEqual(classic.manifest.maxAuthors, 10)
        XCTAssertEqual(try XCTUnwrap(Theme.builtin(named: "compact")).manifest.maxAuthors, 10, "inherited from classic")
        var manifest = classic.manifest
        manifest.maxAuthors = 2
        let short = Theme(manifest: manifest, extends: classic.extends, templates: classic.templates)
        let text = try Renderer(theme: short).render(resume, as: .text)
        XCTAssertTrue(text.contains("*Ji-woo Kim*, Jörg Müller, et al.\n"), text)
        XCTAssertTrue(text.contains("*Ji-woo Kim*, François L'Hôpital, et al.\n"), text)
        manifest.maxAuthors = 3
        let three = try Renderer(theme: Theme(manifest: manifest, extends: nil, templates: classic.templates)).render(
            resume, as: .text)
        XCTAssertTrue(
            three.contains("*Ji-woo Kim*, Jörg Müller, Anna van der Berg, et al.\n"), "the source's own et al. is not doubled")
        XCTAssertFalse(three.contains("et al., et al."))
    }

    func testKeysChooseAndOrderTheEntries() throws {
        let file = try resumeFile(
            "basics: {name: Ji-woo Kim}\npublications:\n  bib: refs.bib\n  keys: [kim2020report, KIM2023FAST]\n")
        let resume = try XCTUnwrap(load(file).resume)
        XCTAssertEqual(
            resume.publications.map(\.name), ["A Survey of Dependency Treebanks", "Fast and BERT-Free Parsing with Small Models"])
        XCTAssertEqual(resume.publications.map(\.highlight), [nil, nil])
    }

    func testProblemsAreReportedAtTheirPlaces() throws {
        let file = try resumeFile(
            "basics: {name: X}\npublications:\n  bib: refs.bib\n  keys: [kim2024thesis, nope]\n  highlight: Jiwoo Kim\n")
        let loaded = load(file)
        XCTAssertNil(loaded.resume)
        XCTAssertEqual(
            loaded.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" },
            [
                "4:25: error: no entry 'nope' in \(file.deletingLastPathComponent().path)/refs.bib; its keys are kim2023fast, kim2021graph, kim2024thesis, kim2022scaling, kim2020report",
                "5:14: warning: publications.highlight 'Jiwoo Kim' is not an author of any entry in \(file.deletingLastPathComponent().path)/refs.bib; write the name as the entries give it, e.g. 'Ji-woo Kim'",
            ])
    }

    func testAMalformedBibIsReportedAtTheBibLineWithItsOwnPlace() throws {
        let file = try resumeFile(
            "basics: {name: X}\npublications:\n  bib: refs.bib\n", bib: "@misc{a, title = {x}\n@misc{b, journal = zz}\n")
        let loaded = load(file)
        XCTAssertNil(loaded.resume)
        let bib = file.deletingLastPathComponent().appendingPathComponent("refs.bib").path
        XCTAssertEqual(
            loaded.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" },
            [
                "3:8: \(bib):2:1: expected ',' or '}' after the field title, found '@'",
                "3:8: \(bib):2:20: unknown macro zz: define it with @string{zz = {…}} before it is used, or put the text in braces",
            ])
        XCTAssertEqual(Set(loaded.diagnostics.map(\.location.file)), [file.path])
    }

    func testAMissingFileAndAMissingBibKeyAreErrors() throws {
        let missing = try resumeFile("basics: {name: X}\npublications: {bib: refs.bib}\n", writingBib: false)
        XCTAssertEqual(
            load(missing).diagnostics.map(\.message),
            ["\(missing.deletingLastPathComponent().path)/refs.bib:1:1: cannot read file: no such file"])
        let noBib = try resumeFile("basics: {name: X}\npublications: {highlight: X}\n")
        XCTAssertEqual(load(noBib).diagnostics.map(\.message), ["missing required key 'bib' in publications"])
    }

    func testThePathIsRelativeToTheResumeAsNamed() {
        XCTAssertEqual(BibliographyReader.displayPath("refs.bib", besides: "cv.yaml"), "refs.bib")
        XCTAssertEqual(BibliographyReader.displayPath("refs.bib", besides: "papers/cv.yaml"), "papers/refs.bib")
        XCTAssertEqual(BibliographyReader.displayPath("../refs.bib", besides: "papers/cv.yaml"), "papers/../refs.bib")
        XCTAssertEqual(BibliographyReader.displayPath("/srv/refs.bib", besides: "papers/cv.yaml"), "/srv/refs.bib")
    }
}
