import Foundation
import XCTest
import ZIPFoundation

/// `resume import` of a LinkedIn export and of a BibTeX file, run as a user would: recognized
/// from the file or named with --from, the YAML lints and renders, problems are located.
final class ImportFormatsCommandTests: XCTestCase {
    let resume = CommandRunner()

    /// The fixtures the library tests import, beside them.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("ResumeKitTests/Fixtures")

    /// A folder with `name` holding the LinkedIn fixture's CSV files, zipped.
    func folderWithExport(named name: String = "linkedin.zip") throws -> URL {
        let directory = try temporaryDirectory(self)
        let source = Self.fixtures.appendingPathComponent("linkedin")
        let archive = try Archive(url: directory.appendingPathComponent(name), accessMode: .create, pathEncoding: nil)
        for file in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() {
            try archive.addEntry(with: file, relativeTo: source, compressionMethod: .deflate)
        }
        return directory
    }

    func folder(withBib text: String) throws -> URL {
        let directory = try temporaryDirectory(self)
        try text.write(to: directory.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        return directory
    }

    func testALinkedInExportIsRecognizedImportedLintedAndRendered() throws {
        let directory = try folderWithExport(named: "Basic_LinkedInDataExport_05-01-2026.zip")
        let imported = try resume.run(
            ["import", "Basic_LinkedInDataExport_05-01-2026.zip", "-o", "cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(
            imported.stderr.contains(
                "Basic_LinkedInDataExport_05-01-2026.zip/Profile.csv:2:5: warning: Birth Date \"Apr 12, 1991\" left out"),
            imported.stderr)
        XCTAssertTrue(
            imported.stderr.hasSuffix("note: wrote cv.yaml (8 changes noted above); check it with: resume lint cv.yaml\n"),
            imported.stderr)
        let yaml = try String(contentsOf: directory.appendingPathComponent("cv.yaml"), encoding: .utf8)
        XCTAssertTrue(
            yaml.hasPrefix(
                "# Imported from the LinkedIn data export Basic_LinkedInDataExport_05-01-2026.zip by `resume import`."), yaml)

        let lint = try resume.run(["lint", "cv.yaml"], in: directory)
        XCTAssertFalse(lint.stdout.contains("error:") || lint.stderr.contains("error:"), lint.stdout + lint.stderr)
        let text = try resume.run(["render", "cv.yaml", "--format", "text"], in: directory)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("  • Designed the \"quiet failover\" protocol now used by every region"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Mar 2021 – Present"), text.stdout)
    }

    func testFromLinkedInNamesTheFormatWhateverTheFileIsCalled() throws {
        let directory = try folderWithExport(named: "export.bin")
        let imported = try resume.run(["import", "--from", "linkedin", "export.bin"], in: directory)
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("name: Hana Novak"), imported.stdout)
    }

    func testABibTeXFileBecomesPublicationsThatRenderWithTheirAuthors() throws {
        let directory = try folder(
            withBib: """
                @article{lee2022,
                  author = {Lee, Min-ji and Dvo{\\v{r}}{\\'a}k, Anton{\\'\\i}n},
                  title = {Sparse {Transformers} for Small Devices},
                  journal = {Transactions on Machine Learning Research},
                  year = 2022, month = nov,
                  doi = {10.5555/tmlr.2022.1234},
                }
                """)
        let imported = try resume.run(["import", "refs.bib", "-o", "cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertEqual(
            imported.stderr,
            """
            refs.bib:1:1: warning: basics.name is set to "Min-ji Lee", the author of 1 of 1 entries; change it if that is not you
            @article{lee2022,
            ^
            note: wrote cv.yaml (1 change noted above); check it with: resume lint cv.yaml

            """)
        let text = try resume.run(["render", "cv.yaml", "--format", "text"], in: directory)
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Sparse Transformers for Small Devices"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Min-ji Lee, Antonín Dvořák"), text.stdout)
        XCTAssertTrue(text.stdout.contains("https://doi.org/10.5555/tmlr.2022.1234"), text.stdout)
        let html = try resume.run(["render", "cv.yaml", "--format", "html"], in: directory)
        XCTAssertTrue(html.stdout.contains("Min-ji Lee, Antonín Dvořák"), "HTML shows the authors too")
    }

    func testAMalformedBibTeXFileIsLocatedAndNothingIsWritten() throws {
        let directory = try folder(withBib: "@article{a, title = {Fine}}\n@article{b,\n  title = {Open\n")
        let imported = try resume.run(["import", "refs.bib", "-o", "cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(imported.status, 2)
        XCTAssertTrue(
            imported.stderr.hasPrefix(
                "refs.bib:3:11: error: unclosed brace in the value: expected '}' to match the '{' at line 3, column 11\n"),
            imported.stderr)
        XCTAssertTrue(imported.stderr.hasSuffix("error: refs.bib: 1 error; nothing was written\n"), imported.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cv.yaml").path))
    }

    func testAResumeNamingABibFileRendersItsEntriesWithTheHighlightInBold() throws {
        let directory = try temporaryDirectory(self)
        let papers = directory.appendingPathComponent("papers")
        try FileManager.default.createDirectory(at: papers, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("bibtex/publications.bib"), to: papers.appendingPathComponent("refs.bib"))
        try "basics: {name: Ji-woo Kim}\npublications:\n  bib: refs.bib\n  highlight: Ji-woo Kim\n"
            .write(to: papers.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let html = try resume.run(["render", "papers/cv.yaml", "--format", "html"], in: directory)
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("<strong>Ji-woo Kim</strong>, Jörg Müller, Anna van der Berg, et al."), html.stdout)

        try "@misc{broken, title = {x}\n".write(to: papers.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        let broken = try resume.run(["lint", "papers/cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertNotEqual(broken.status, 0)
        XCTAssertTrue(
            (broken.stdout + broken.stderr).contains(
                "papers/cv.yaml:3:8: error: papers/refs.bib:2:1: expected ',' or '}' after the field title, found the end of the file"
            ), broken.stdout + broken.stderr)
    }

    func testTheHelpListsEveryFormat() throws {
        let help = try resume.run(["import", "--help"])
        for line in [
            "  linkedin     LinkedIn data export\n", "  bibtex       BibTeX file\n", "LinkedIn: reads the export's",
            "BibTeX: each entry becomes",
        ] {
            XCTAssertTrue(help.stdout.contains(line), line)
        }
    }
}
