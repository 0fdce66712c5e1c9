import Foundation
import XCTest
import Yams

@testable import ResumeKit
@testable import ResumeLoading

/// Documents written for other tools — JSON Resume read as it is, RenderCV and YAMLResume
/// imported — round-trip into résumés that lint and render, and nothing any of them says is lost
/// without a note: every non-empty text of the source is in the rendered text or in the résumé's
/// YAML (kept, though the theme does not show it, like a street address), or a note stands at its
/// line (or at the line of the key or list item that holds it).
final class ComingFromTests: XCTestCase {
    static let folder = TestPaths.testsFolder.appendingPathComponent("Fixtures/coming-from")

    static func fixtures(_ tool: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder.appendingPathComponent(tool), includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    // MARK: JSON Resume, read as it is

    func testJSONResumeDocumentsLoadDirectlyWithWarningsAndLoseNothing() throws {
        for url in try Self.fixtures("json-resume") {
            let name = url.lastPathComponent
            let loaded = ResumeLoader.load(contentsOf: url, displayName: name)
            XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.map(\.message), [], name)
            let resume = try XCTUnwrap(loaded.resume, name)
            XCTAssertFalse(loaded.diagnostics.isEmpty, "\(name): each fixture uses a name or key that is noted")
            XCTAssertTrue(loaded.diagnostics.allSatisfy { $0.location.file == name && $0.location.line > 1 }, name)
            let output = try Self.renderText(resume) + "\n" + ResumeYAML.document(resume, importedFrom: name)
            try Self.assertEverythingShownOrNoted(
                source: loaded.source, output: output, diagnostics: loaded.diagnostics, file: name)
        }
    }

    func testOlderNamesAndExtrasAreWarningsAtTheirLines() throws {
        let loaded = ResumeLoader.load(
            contentsOf: Self.folder.appendingPathComponent("json-resume/older-names.json"), displayName: "older-names.json")
        let notes = loaded.diagnostics.map { "\($0.location.line): \($0.message)" }
        XCTAssertTrue(notes.contains("20: work[0]: 'company' imported as 'name'"), "\(notes)")
        XCTAssertTrue(notes.contains("30: work[0]: 'keywords' kept out; the résumé format has no place for it"), "\(notes)")
        XCTAssertTrue(notes.contains("57: headings: imported as the section titles of meta.labels"), "\(notes)")
        XCTAssertTrue(
            notes.contains("58: top level: 'selectedTemplate' kept out; the résumé format has no place for it"), "\(notes)")
        let resume = try XCTUnwrap(loaded.resume)
        XCTAssertEqual(resume.work.first?.name, "Wawel Systems")
        XCTAssertEqual(resume.work.first?.description, "Logistics software for Central Europe")
        XCTAssertEqual(resume.work.last?.startDate, PartialDate(parsing: "2015-09"))
        XCTAssertEqual(resume.meta.labels.sectionTitles, [.work: "Where I worked", .skills: "What I use"])
        // The source map points into the document, so lint findings do too.
        XCTAssertEqual(resume.sourceMap["work[0].highlights[0]"]?.line, 28)
        XCTAssertEqual(resume.sourceMap["work[1].position"]?.line, 34)
    }

    func testTheDocumentsLanguageBecomesTheLocale() throws {
        let german = try XCTUnwrap(
            ResumeLoader.load(contentsOf: Self.folder.appendingPathComponent("json-resume/german.json")).resume)
        XCTAssertEqual(german.meta.locale, "de")
        XCTAssertTrue(try Self.renderText(german).contains("AUSBILDUNG"))
        let french = try XCTUnwrap(
            ResumeLoader.load(contentsOf: Self.folder.appendingPathComponent("json-resume/french.json")).resume)
        XCTAssertEqual(french.meta.locale, "fr")
        XCTAssertTrue(try Self.renderText(french).contains("déc. 2023"))
        // And `import` keeps it too.
        let imported = JSONResumeImporter.importDocument(
            contentsOf: Self.folder.appendingPathComponent("json-resume/french.json"))
        XCTAssertEqual(imported.resume?.meta.locale, "fr")
    }

    func testYAMLWrittenForResumeStaysStrict() {
        let loaded = ResumeLoader.load(yaml: "basics:\n  name: Ada\n  website: https://ada.example.com\n", file: "cv.yaml")
        XCTAssertNil(loaded.resume)
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }.count, 1)
    }

    func testAJSONLookingFileOfAliasesIsStillRefused() {
        // Aliases are YAML, never JSON: a file that repeats a long text by them goes over the
        // loader's text budget, and is not read again the lenient way.
        let long = String(repeating: "x", count: 1 << 20)
        let keywords = Array(repeating: "*s", count: 80).joined(separator: ", ")
        let text =
            #"{"basics": {"name": "Ada", "summary": &s ""# + long + #""}, "skills": [{"name": "X", "keywords": ["# + keywords
            + "]}]}\n"
        let loaded = ResumeLoader.load(yaml: text, file: "cv.json")
        XCTAssertNil(loaded.resume)
        XCTAssertTrue(loaded.diagnostics.contains { $0.severity == .error && $0.message.contains("adds up to more than") })
    }

    // MARK: RenderCV and YAMLResume, imported

    func testRenderCVFilesImportLintAndRenderLosingNothing() throws {
        try assertRoundTrips("rendercv", with: RenderCVImporter.self)
    }

    func testYAMLResumeFilesImportLintAndRenderLosingNothing() throws {
        try assertRoundTrips("yamlresume", with: YAMLResumeImporter.self)
    }

    func testRenderCVSectionsGoWhereTheirTitlesAndTypesSay() throws {
        let imported = ResumeImporters.importDocument(
            contentsOf: Self.folder.appendingPathComponent("rendercv/researcher.yaml"), as: RenderCVImporter.self)
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.work.map(\.name), ["Harmattan Labs", "Savanna Analytics"])
        XCTAssertEqual(resume.work.first?.endDate, .present)
        XCTAssertEqual(resume.education.first?.studyType, "PhD")
        XCTAssertEqual(resume.skills.map(\.keywords), [["Python", "Rust", "SQL"], ["PyTorch", "JAX"]])
        XCTAssertEqual(
            resume.awards.map(\.title), ["Google PhD Fellowship (2019)", "Best Student Paper, AfricaNLP Workshop (2020)"])
        XCTAssertEqual(resume.teaching.count, 2)
        XCTAssertEqual(resume.publications.first?.url, "https://doi.org/10.21437/Interspeech.2023.0001")
        XCTAssertEqual(resume.projects.first?.name, "Oro")
        XCTAssertEqual(resume.projects.first?.url, "https://github.com/imani-ok/oro", "the name's link")
        XCTAssertEqual(resume.meta.labels.present, "ongoing")
        XCTAssertEqual(
            resume.basics.profiles.map(\.url),
            [
                "https://github.com/imani-ok", "https://orcid.org/0000-0002-1825-0097", "https://cal.example.org/imani",
            ], "the links RenderCV makes of its social networks")
        XCTAssertEqual(resume.meta.sections.first { $0.section == .awards }?.title, "Selected Honors")
        XCTAssertEqual(resume.basics.summary?.contains("data-efficient"), true)
        let messages = imported.diagnostics.map(\.message)
        XCTAssertTrue(
            messages.contains { $0.hasPrefix("'design' (theme, page): RenderCV's settings have no counterpart here") },
            "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("linking to https://eval.example.org") }, "\(messages)")
    }

    func testRenderCVVersionOneLocaleCatalogGivesGerman() throws {
        let imported = ResumeImporters.importDocument(
            contentsOf: Self.folder.appendingPathComponent("rendercv/v1-german.yaml"), as: RenderCVImporter.self)
        let resume = try XCTUnwrap(imported.resume, "\(imported.diagnostics.map(\.message))")
        XCTAssertEqual(resume.meta.locale, "de")
        XCTAssertEqual(resume.meta.labels.months?.first, "Januar")
        XCTAssertTrue(imported.diagnostics.map(\.message).contains { $0.hasPrefix("'rendercv_settings'") })
    }

    func testYAMLResumeListsBecomeHighlightsAndLayoutsTitles() throws {
        let imported = ResumeImporters.importDocument(
            contentsOf: Self.folder.appendingPathComponent("yamlresume/developer-fr.yml"), as: YAMLResumeImporter.self)
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.meta.locale, "fr")
        XCTAssertEqual(resume.work.first?.highlights.count, 2)
        XCTAssertEqual(resume.work.first?.endDate, nil, "a blank endDate is ongoing, as in YAMLResume")
        XCTAssertEqual(resume.education.first?.studyType, "Master")
        XCTAssertEqual(resume.basics.location?.city, "Lyon")
        XCTAssertEqual(resume.basics.profiles.first?.username, "camille-r")
        XCTAssertEqual(resume.meta.labels.sectionTitles[.work], "Expérience professionnelle")
        XCTAssertEqual(resume.meta.sections.map(\.section), [.work, .education, .projects])
    }

    func testEachFormatIsRecognizedByItsShape() throws {
        func detected(_ path: String) throws -> String? {
            let url = Self.folder.appendingPathComponent(path)
            return ResumeImporters.detect(fileName: url.lastPathComponent, data: try Data(contentsOf: url))?.format
        }
        XCTAssertEqual(try detected("rendercv/researcher.yaml"), "rendercv")
        XCTAssertEqual(try detected("rendercv/v1-german.yaml"), "rendercv")
        XCTAssertEqual(try detected("yamlresume/developer-fr.yml"), "yamlresume")
        XCTAssertEqual(try detected("json-resume/german.json"), "json-resume")
        let ownFormat = Data("basics:\n  name: Ada\nwork:\n  - name: X\n".utf8)
        XCTAssertNil(ResumeImporters.detect(fileName: "cv.yaml", data: ownFormat))
        let refused = ResumeImporters.importDocument(
            contentsOf: TestPaths.repository.appendingPathComponent("examples/minimal.yaml"), displayName: "minimal.yaml")
        XCTAssertEqual(
            refused.diagnostics.map(\.message),
            [
                "not a document resume import recognizes; name its format with --from (one of: \(ResumeImporters.all.map { $0.format }.joined(separator: ", ")));"
                    + " with basics: at the top it may already be a résumé of this tool's format: try resume lint minimal.yaml"
            ])
    }

    func testABrokenFileIsALocatedErrorAndNothingIsImported() {
        let imported = RenderCVImporter.importDocument(data: Data("cv:\n  name: [Ada\n  sections: {}\n".utf8), file: "cv.yaml")
        XCTAssertNil(imported.yaml)
        XCTAssertEqual(imported.diagnostics.first?.severity, .error)
        XCTAssertEqual(imported.diagnostics.first?.location.file, "cv.yaml")
        let noCV = YAMLResumeImporter.importDocument(data: Data("content: 3\n".utf8), file: "r.yml")
        XCTAssertNil(noCV.yaml)
        XCTAssertEqual(noCV.diagnostics.map(\.location.line), [1])
    }
}

extension ComingFromTests {
    /// Imports every fixture of `tool`, lints the YAML written (it must load without an error),
    /// renders it as text and checks that nothing was lost without a note.
    fileprivate func assertRoundTrips(_ tool: String, with importer: any ResumeImporter.Type) throws {
        for url in try Self.fixtures(tool) {
            let name = url.lastPathComponent
            let imported = importer.importDocument(data: try Data(contentsOf: url), file: name)
            XCTAssertNil(imported.internalError, name)
            XCTAssertEqual(imported.diagnostics.filter { $0.severity == .error }.map(\.message), [], name)
            let yaml = try XCTUnwrap(imported.yaml, name)
            let checked = ResumeChecker(options: .init()).check(text: yaml, file: "\(name).yaml")
            XCTAssertFalse(checked.loaded.diagnostics.containsErrors, "\(name): \(checked.loaded.diagnostics.map(\.message))")
            XCTAssertNil(checked.problem, name)
            let resume = try XCTUnwrap(checked.loaded.resume, name)
            let output = try Self.renderText(resume) + "\n" + yaml
            try Self.assertEverythingShownOrNoted(
                source: imported.source, output: output, diagnostics: imported.diagnostics, file: name)
        }
    }

    fileprivate static func renderText(_ resume: Resume) throws -> String {
        try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(
            resume, as: .text, options: RenderOptions(width: 100_000))
    }

    /// Keys whose values are not text of the résumé: dates, shown in the résumé's own date style
    /// rather than as written, and JSON Resume's `$schema`, a reference the format needs no copy of.
    fileprivate static let skippedKeys: Set<String> = [
        "$schema",
        "startDate", "endDate", "date", "releaseDate", "start_date", "end_date", "lastModified", "current_date",
    ]

    /// Every non-empty text value of `source` is in `output` (as plain text, whitespace and case
    /// aside) or has a note at its line or at the line of a key or list item that holds it.
    fileprivate static func assertEverythingShownOrNoted(
        source: String, output: String, diagnostics: [Diagnostic], file: String, line: UInt = #line
    ) throws {
        let root = try XCTUnwrap(try Yams.compose(yaml: source, .basic), file)
        let notedLines = Set(diagnostics.map(\.location.line))
        let shown = normalized(output)
        var missing: [String] = []
        func walk(_ node: Node, key: String?, holders: [Int]) {
            switch node {
            case .scalar(let scalar):
                let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty, !scalar.isNull, !skippedKeys.contains(key ?? "") else { return }
                let plain = MarkupStripper(keepsLines: false).plainText(text)?.text ?? text
                let lineOfValue = (scalar.mark?.line ?? 0)
                let isShown = [plain, shortened(plain)].contains { shown.contains(normalized($0)) }
                let isNoted = notedLines.contains(lineOfValue) || holders.contains(where: notedLines.contains)
                if !isShown && !isNoted { missing.append("\(file):\(lineOfValue): \(key ?? "-"): \(text)") }
            case .sequence(let items):
                for item in items { walk(item, key: key, holders: holders + [item.mark?.line ?? 0]) }
            case .mapping(let mapping):
                for (keyNode, value) in mapping {
                    walk(value, key: keyNode.string, holders: holders + [keyNode.mark?.line ?? 0])
                }
            case .alias:
                break
            }
        }
        walk(root, key: nil, holders: [])
        XCTAssertEqual(missing, [], "values neither shown nor noted", line: line)
    }

    fileprivate static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }

    /// A link as the text output may show it: without its scheme and trailing slash.
    fileprivate static func shortened(_ text: String) -> String {
        var short = text
        for scheme in ["https://", "http://"] where short.hasPrefix(scheme) { short.removeFirst(scheme.count) }
        if short.hasSuffix("/") { short.removeLast() }
        return short
    }
}
