import Foundation
import XCTest

/// `--lang` and `--tags` on render and lint, and `resume themes`.
final class VariantCommandTests: XCTestCase {
    let resume = CommandRunner()

    private let bilingual = """
        basics:
          name: {en: Jiwon Kim, ko: 김지원}
          email: jiwon@example.com
        work:
          - name: Acme
            startDate: 2020-03
            tags: [industry]
            highlights:
              - {en: "Built the OCR inference server, cutting CPU cost by 40%", ko: "OCR 추론 서버를 구축하여 CPU 비용을 40% 절감"}
              - {text: "Published 2 papers on layout analysis at ICDAR 2021", tags: [research]}

        """ + onlyWorkSections

    private func write(_ yaml: String) throws -> URL {
        let directory = try temporaryDirectory(self)
        try yaml.write(to: directory.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    func testLangRendersThatLanguageWithItsLabels() throws {
        let directory = try write(bilingual)
        let korean = try resume.run(["render", "cv.yaml", "--lang", "ko"], in: directory)
        XCTAssertEqual(korean.status, 0, korean.stderr)
        XCTAssertTrue(korean.stdout.hasPrefix("김지원\n"), korean.stdout)
        XCTAssertTrue(korean.stdout.contains("OCR 추론 서버"))
        XCTAssertTrue(korean.stdout.contains("현재"), "labels and dates follow --lang")
        let english = try resume.run(["render", "cv.yaml"], in: directory)
        XCTAssertTrue(english.stdout.hasPrefix("Jiwon Kim\n"), english.stdout)
    }

    func testTagsRenderOnlyUntaggedAndMatchingItems() throws {
        let directory = try write(bilingual)
        let industry = try resume.run(["render", "cv.yaml", "--tags", "industry"], in: directory)
        XCTAssertEqual(industry.status, 0, industry.stderr)
        XCTAssertTrue(industry.stdout.contains("Built the OCR inference server"))
        XCTAssertFalse(industry.stdout.contains("ICDAR"))
        let research = try resume.run(["render", "cv.yaml", "--tags", "research"], in: directory)
        XCTAssertFalse(research.stdout.contains("Acme"), "the entry tagged industry is left out, with its items")
    }

    func testLintChecksEveryLanguageAndSaysWhichOneAFindingIsIn() throws {
        let directory = try write(bilingual)
        let result = try resume.run(["lint", "cv.yaml", "--format", "json"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.compactMap { $0["language"] as? String }, ["en", "ko"])
        let human = try resume.run(["lint", "cv.yaml"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertTrue(human.stdout.contains("cv.yaml [en]: 1 page"), human.stdout)
        XCTAssertTrue(human.stdout.contains("cv.yaml [ko]: 1 page"), human.stdout)
        XCTAssertTrue(human.stdout.hasSuffix("in 1 file\n"), human.stdout)
    }

    func testLintWithLangChecksOnlyThatLanguage() throws {
        let directory = try write(bilingual)
        let result = try resume.run(["lint", "cv.yaml", "--lang", "ko"], in: directory, environment: ["NO_COLOR": "1"])
        XCTAssertTrue(result.stdout.contains("cv.yaml: 1 page"), result.stdout)
        XCTAssertFalse(result.stdout.contains("[en]"))
    }

    func testBadVariantOptionsAreUsageErrors() throws {
        let directory = try write(bilingual)
        let lang = try resume.run(["render", "cv.yaml", "--lang", "korean!"], in: directory)
        XCTAssertEqual(lang.status, 2)
        XCTAssertTrue(lang.stderr.contains("--lang 'korean!' is not a language tag"), lang.stderr)
        let tags = try resume.run(["render", "cv.yaml", "--tags", " , "], in: directory)
        XCTAssertEqual(tags.status, 2)
        XCTAssertTrue(tags.stderr.contains("--tags needs at least one tag"), tags.stderr)
    }

    func testThemesListsEveryBuiltinThemeWithItsDescription() throws {
        let result = try resume.run(["themes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let names = result.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        XCTAssertEqual(names, ["classic", "compact", "modern"])
        XCTAssertTrue(result.stdout.contains("(html, tex, text)"))
    }

    func testThemesNewCopiesAThemeThatRendersUnderItsNewName() throws {
        let directory = try write(bilingual)
        let created = try resume.run(["themes", "new", "mine", "--from", "classic"], in: directory)
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(created.stderr.contains("--theme ./mine"), created.stderr)
        let manifest = try String(contentsOf: directory.appendingPathComponent("mine/theme.yaml"), encoding: .utf8)
        XCTAssertTrue(manifest.contains("\nname: mine\n"))
        let rendered = try resume.run(["render", "cv.yaml", "--theme", "./mine", "--format", "tex"], in: directory)
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        XCTAssertTrue(rendered.stdout.contains("\\documentclass"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no staging folder is left behind")
    }

    func testThemesNewNeverTouchesAnExistingFolderAndNamesUnknownThemes() throws {
        let directory = try write(bilingual)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("mine"), withIntermediateDirectories: false)
        let existing = try resume.run(["themes", "new", "mine"], in: directory)
        XCTAssertEqual(existing.status, 2)
        XCTAssertTrue(existing.stderr.contains("'mine' already exists"), existing.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("mine").path), [])
        let unknown = try resume.run(["themes", "new", "other", "--from", "fancy"], in: directory)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown theme 'fancy'; built-in themes: classic, compact, modern"), unknown.stderr)
    }
}
