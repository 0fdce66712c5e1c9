import Foundation
import XCTest

/// `resume import` and `resume render --format json-resume`, run as a user would.
final class ImportCommandTests: XCTestCase {
    let resume = CommandRunner()

    /// A folder holding `resume.json` with the given text.
    func folder(with json: String) throws -> URL {
        let directory = try temporaryDirectory(self)
        try json.write(to: directory.appendingPathComponent("resume.json"), atomically: true, encoding: .utf8)
        return directory
    }

    func testPrintsTheYAMLAndSaysWhatItChanged() throws {
        let directory = try folder(with: """
            {
              "basics": {"name": "Ada Park", "website": "https://ada.example.com"},
              "work": [{"company": "Acme", "startDate": "2019/05"}]
            }
            """)
        let result = try resume.run(["import", "resume.json"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            # Imported from the JSON Resume document resume.json by `resume import`.

            basics:
              name: Ada Park
              url: https://ada.example.com

            work:
              - name: Acme
                startDate: "2019-05"

            """)
        XCTAssertEqual(result.stderr, """
            resume.json:2:34: warning: basics: 'website' imported as 'url'
              "basics": {"name": "Ada Park", "website": "https://ada.example.com"},
                                             ^
            resume.json:3:13: warning: work[0]: 'company' imported as 'name'
              "work": [{"company": "Acme", "startDate": "2019/05"}]
                        ^
            resume.json:3:45: warning: work[0].startDate: '2019/05' imported as "2019-05"
              "work": [{"company": "Acme", "startDate": "2019/05"}]
                                                        ^

            """)
    }

    func testWritesTheOutputFileOnlyWhenItIsNewOrForced() throws {
        let directory = try folder(with: #"{"basics": {"name": "Ada Park"}}"#)
        let output = directory.appendingPathComponent("cv.yaml")
        let first = try resume.run(["import", "resume.json", "-o", "cv.yaml"], in: directory)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "")
        XCTAssertEqual(first.stderr, "note: wrote cv.yaml; check it with: resume lint cv.yaml\n")
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).contains("name: Ada Park"))

        try "mine".write(to: output, atomically: true, encoding: .utf8)
        let refused = try resume.run(["import", "resume.json", "-o", "cv.yaml"], in: directory)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "error: 'cv.yaml' already exists; add --force to replace it\n")
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "mine")

        let forced = try resume.run(["import", "resume.json", "-o", "cv.yaml", "--force"], in: directory)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try String(contentsOf: output, encoding: .utf8).contains("name: Ada Park"))
    }

    func testRefusesToWriteOverTheInput() throws {
        let directory = try folder(with: #"{"basics": {"name": "Ada Park"}}"#)
        let result = try resume.run(["import", "resume.json", "-o", "./resume.json", "--force"], in: directory)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "error: refusing to write the output over the input file 'resume.json'\n")
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("resume.json"), encoding: .utf8), #"{"basics": {"name": "Ada Park"}}"#)
    }

    func testASyntaxErrorExitsTwoAtItsPlaceAndWritesNothing() throws {
        let directory = try folder(with: "{\n  \"basics\": {\n    \"name\": \"Ada\"\n    \"email\": \"ada@example.com\"\n  }\n}\n")
        let result = try resume.run(["import", "resume.json", "-o", "cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            resume.json:4:5: error: JSON syntax error: did not find expected ',' or '}' (while parsing an object that starts at line 2, column 13)
                "email": "ada@example.com"
                ^
            error: resume.json: 1 error; nothing was written

            """)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cv.yaml").path))
    }

    func testAMissingFileExitsTwo() throws {
        let directory = try temporaryDirectory(self)
        let result = try resume.run(["import", "nothing.json"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("nothing.json:1:1: error: cannot read file: no such file\n"), result.stderr)
    }

    func testRenderWritesJSONResumeByFormatOrByExtension() throws {
        let directory = try temporaryDirectory(self)
        let byFormat = try resume.run(["render", CommandRunner.example("minimal.yaml"), "--format", "json-resume"])
        XCTAssertEqual(byFormat.status, 0, byFormat.stderr)
        XCTAssertEqual(byFormat.stdout, """
            {
              "basics": {
                "name": "Alex Example"
              }
            }

            """)
        let output = directory.appendingPathComponent("resume.json").path
        let byExtension = try resume.run(["render", CommandRunner.example("minimal.yaml"), "-o", output])
        XCTAssertEqual(byExtension.status, 0, byExtension.stderr)
        XCTAssertEqual(try String(contentsOfFile: output, encoding: .utf8), byFormat.stdout)
    }

    func testAnExampleGoesToJSONResumeAndBackToTheSameRendering() throws {
        let directory = try temporaryDirectory(self)
        for example in ["cv.yaml", "ko.yaml"] {
            let exported = try resume.run(["render", CommandRunner.example(example), "-o", "resume.json"], in: directory)
            XCTAssertEqual(exported.status, 0, exported.stderr)
            let imported = try resume.run(["import", "resume.json", "-o", "back.yaml", "--force"], in: directory)
            XCTAssertEqual(imported.status, 0, imported.stderr)
            XCTAssertEqual(imported.stderr, "note: wrote back.yaml; check it with: resume lint back.yaml\n", "no changes to note")
            let original = try resume.run(["render", CommandRunner.example(example), "--format", "text"])
            let roundTripped = try resume.run(["render", "back.yaml", "--format", "text"], in: directory)
            XCTAssertEqual(roundTripped.stdout, original.stdout, example)
        }
    }

    func testTheExportIsTheChosenLanguageAndTags() throws {
        let directory = try temporaryDirectory(self)
        try """
            basics:
              name: {en: Jiwon Kim, ko: 김지원}
            work:
              - name: Acme AI
                highlights:
                  - {en: Built the OCR server, ko: OCR 서버 개발}
              - name: University Lab
                tags: [research]
            """.write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let result = try resume.run(["render", "cv.yaml", "--format", "json-resume", "--lang", "ko", "--tags", "industry"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(#""name": "김지원""#), result.stdout)
        XCTAssertTrue(result.stdout.contains(#""OCR 서버 개발""#), result.stdout)
        XCTAssertFalse(result.stdout.contains("Jiwon Kim"))
        XCTAssertFalse(result.stdout.contains("University Lab"))
        XCTAssertTrue(result.stdout.contains(#""locale": "ko""#))
    }

    // MARK: Coming from RenderCV, YAMLResume, and JSON Resume as it is

    static let renderCV = """
        cv:
          name: Ada Park
          sections:
            experience:
              - company: Acme
                position: Engineer
                start_date: 2020-01
                end_date: present
                highlights:
                  - Built the **search** service
        design:
          theme: classic
        locale:
          language: german

        """

    static let yamlResume = """
        content:
          basics:
            name: Ada Park
            headline: Engineer
          work:
            - name: Acme
              startDate: Jan 2020
              summary: |
                - Built the search service
        locale:
          language: fr
        layouts:
          - engine: latex
            template: moderncv-banking

        """

    func testRenderCVAndYAMLResumeAreRecognizedByTheirShape() throws {
        let directory = try temporaryDirectory(self)
        try Self.renderCV.write(to: directory.appendingPathComponent("rendercv.yaml"), atomically: true, encoding: .utf8)
        try Self.yamlResume.write(to: directory.appendingPathComponent("resume.yml"), atomically: true, encoding: .utf8)

        let fromRenderCV = try resume.run(["import", "rendercv.yaml", "-o", "a.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(fromRenderCV.status, 0, fromRenderCV.stderr)
        XCTAssertTrue(fromRenderCV.stderr.contains("rendercv.yaml:10:13: warning: cv.sections.experience[0].highlights[0]: converted to plain text, removing **…**"), fromRenderCV.stderr)
        XCTAssertTrue(fromRenderCV.stderr.contains("rendercv.yaml:11:1: warning: 'design' (theme): RenderCV's settings have no counterpart here"), fromRenderCV.stderr)
        XCTAssertTrue(fromRenderCV.stderr.contains("rendercv.yaml:14:13: warning: locale.language: 'german' imported as meta.locale 'de'"), fromRenderCV.stderr)
        let german = try resume.run(["render", "a.yaml", "--format", "text"], in: directory)
        XCTAssertEqual(german.status, 0, german.stderr)
        XCTAssertTrue(german.stdout.contains("Built the search service"), german.stdout)
        XCTAssertTrue(german.stdout.contains("Januar 2020 – heute") || german.stdout.contains("Jan. 2020 – heute"), german.stdout)

        let fromYAMLResume = try resume.run(["import", "resume.yml", "-o", "b.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(fromYAMLResume.status, 0, fromYAMLResume.stderr)
        XCTAssertTrue(fromYAMLResume.stderr.contains("resume.yml:8:16: warning: content.work[0].summary: a Markdown list, imported as highlights"), fromYAMLResume.stderr)
        XCTAssertTrue(fromYAMLResume.stderr.contains("resume.yml:13:5: warning: layouts[0]: latex with template moderncv-banking"), fromYAMLResume.stderr)
        let yaml = try String(contentsOf: directory.appendingPathComponent("b.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.hasPrefix("# Imported from the YAMLResume file resume.yml by `resume import`."), yaml)
        XCTAssertTrue(yaml.contains("label: Engineer"), yaml)
        XCTAssertTrue(yaml.contains("locale: fr"), yaml)
        let lint = try resume.run(["lint", "b.yaml"], in: directory)
        XCTAssertNotEqual(lint.status, 2, lint.stderr)
    }

    func testFromNamesTheFormatAndAnUnrecognizedFileListsThem() throws {
        let directory = try temporaryDirectory(self)
        // Without `cv:` at the top nothing says RenderCV: --from does.
        try "name: Ada\n".write(to: directory.appendingPathComponent("odd.yaml"), atomically: true, encoding: .utf8)
        let unrecognized = try resume.run(["import", "odd.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(unrecognized.status, 2)
        XCTAssertTrue(
            unrecognized.stderr.hasPrefix(
                "odd.yaml:1:1: error: not a document resume import recognizes; name its format with --from (one of: json-resume, rendercv, yamlresume"),
            unrecognized.stderr)
        let named = try resume.run(["import", "odd.yaml", "--from", "rendercv"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(named.status, 2)
        XCTAssertTrue(named.stderr.contains("odd.yaml:1:1: error: 'cv' is missing or not a mapping"), named.stderr)

        try Self.yamlResume.write(to: directory.appendingPathComponent("plain.txt"), atomically: true, encoding: .utf8)
        let forced = try resume.run(["import", "plain.txt", "--from", "yamlresume"], in: directory)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("name: Ada Park"), forced.stdout)
        let help = try resume.run(["import", "--help"])
        for format in ["json-resume", "rendercv", "yamlresume"] {
            XCTAssertTrue(help.stdout.contains("  \(format) "), "help lists \(format)")
        }
    }

    func testAJSONResumeDocumentRendersAndLintsAsItIs() throws {
        let directory = try folder(with: """
            {
              "basics": {"name": "Ada Park", "website": "https://ada.example.com"},
              "work": [{"company": "Acme", "position": "Engineer", "startDate": "2019-05", "keywords": ["Go"]}],
              "meta": {"language": "de"}
            }
            """)
        let render = try resume.run(["render", "resume.json", "--format", "text"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(render.status, 0, render.stderr)
        XCTAssertTrue(render.stderr.contains("resume.json:2:34: warning: basics: 'website' imported as 'url'"), render.stderr)
        XCTAssertTrue(render.stderr.contains("resume.json:3:80: warning: work[0]: 'keywords' kept out; the résumé format has no place for it"), render.stderr)
        XCTAssertTrue(render.stdout.contains("BERUFSERFAHRUNG"), render.stdout)
        XCTAssertTrue(render.stdout.contains("https://ada.example.com"), render.stdout)
        let lint = try resume.run(["lint", "resume.json"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertNotEqual(lint.status, 2, lint.stderr)
        XCTAssertTrue(lint.stderr.contains("resume.json:3:13: warning: work[0]: 'company' imported as 'name'"), lint.stderr)
    }

    func testEveryJSONResumeFixtureRendersAsItIsWithNotes() throws {
        let folder = CommandRunner.packageRoot.appendingPathComponent("Tests/ResumeKitTests/Fixtures/coming-from/json-resume")
        for name in ["older-names.json", "german.json", "french.json"] {
            let render = try resume.run(["render", folder.appendingPathComponent(name).path, "--format", "text"], environment: ["NO_COLOR": "1"])
            XCTAssertEqual(render.status, 0, "\(name): \(render.stderr)")
            XCTAssertTrue(render.stderr.contains(": warning: "), "\(name) is noted: \(render.stderr)")
            XCTAssertFalse(render.stderr.contains(": error: "), "\(name): \(render.stderr)")
            XCTAssertFalse(render.stdout.isEmpty, name)
        }
    }

    func testJSONResumesOwnSampleRendersAsItIs() throws {
        let sample = CommandRunner.packageRoot.appendingPathComponent("Tests/ResumeKitTests/Fixtures/json-resume/sample.json")
        let render = try resume.run(["render", sample.path, "--format", "html"])
        XCTAssertEqual(render.status, 0, render.stderr)
        XCTAssertTrue(render.stdout.contains("<html"), "an HTML document")
    }
}
