import Foundation
import XCTest
@testable import ResumeKit
import TestSupport
@testable import ResumeLoading

/// JSON Resume → YAML → JSON Resume → YAML keeps the résumé, and so does the way from this
/// format's own examples through JSON Resume and back.
final class RoundTripTests: XCTestCase {
    func testEveryFixtureSurvivesExportAndImportAgain() throws {
        for name in ["sample.json", "pre-1.0.json", "korean.json", "german.json", "markup.json", "extras.json"] {
            let first = try XCTUnwrap(JSONResumeFixtures.importFixture(name).resume, name)
            let exported = JSONResumeExporter.export(first)
            let again = importJSON(exported)
            XCTAssertEqual(again.rendered, [], "\(name): an export imports without a note")
            XCTAssertEqual(try XCTUnwrap(again.resume, name).content, first.content, name)
            XCTAssertEqual(JSONResumeExporter.export(try XCTUnwrap(again.resume)), exported, "\(name): the second export is the same bytes")
        }
    }

    func testEveryExampleSurvivesExportAndImport() throws {
        for url in Repository.examples {
            let loaded = ResumeLoader.load(contentsOf: url)
            let original = try XCTUnwrap(loaded.resume, url.lastPathComponent)
            let imported = importJSON(JSONResumeExporter.export(original))
            XCTAssertEqual(imported.rendered, [], url.lastPathComponent)
            XCTAssertEqual(try XCTUnwrap(imported.resume, url.lastPathComponent).content, original.content, url.lastPathComponent)
        }
    }

    func testTheImportedYAMLHoldsTheResumeTheImportRead() throws {
        // Writing and loading again changes nothing: the model read from JSON is the one in the YAML.
        let imported = JSONResumeFixtures.importFixture("sample.json")
        let yaml = try XCTUnwrap(imported.yaml)
        let reloaded = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        XCTAssertEqual(reloaded.content, try XCTUnwrap(imported.resume).content)
        XCTAssertEqual(ResumeYAML.document(reloaded, importedFrom: "sample.json"), yaml, "writing the loaded résumé gives the same YAML")
    }

    func testSettingsOfThisFormatTravelInMeta() throws {
        let yaml = """
            basics: {name: Ada}
            work: [{name: Acme, startDate: "2019", endDate: present}]
            meta:
              locale: ko
              theme: compact
              sections:
                - work
                - {section: education, title: 학력}
                - {section: references, hidden: true}
              labels:
                work: 경력사항
                present: 재직 중
                months: [1월, 2월, 3월, 4월, 5월, 6월, 7월, 8월, 9월, 10월, 11월, 12월]
            """
        let original = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        let exported = JSONResumeExporter.export(original)
        XCTAssertTrue(exported.contains("""
              "meta": {
                "labels": {
                  "months": [
            """), exported)
        XCTAssertFalse(exported.contains("endDate"), "JSON Resume dates are only dates: an ongoing end is left out")
        let imported = importJSON(exported)
        XCTAssertEqual(imported.rendered, [])
        XCTAssertEqual(try XCTUnwrap(imported.resume).content, original.content)
    }

    func testTextInSeveralLanguagesAndTagsExportTheLoadedVariant() throws {
        let yaml = """
            basics:
              name: {en: Jiwon Kim, ko: 김지원}
            work:
              - name: Acme AI
                highlights:
                  - {en: Built the OCR server, ko: OCR 서버 개발}
                  - {text: Published 2 papers, tags: [research]}
              - name: University Lab
                tags: [research]
            """
        let korean = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml", options: LoadOptions(language: "ko", tags: ["industry"])).resume)
        let exported = JSONResumeExporter.export(korean)
        let resume = try XCTUnwrap(importJSON(exported).resume)
        XCTAssertEqual(resume.basics.name, "김지원")
        XCTAssertEqual(resume.work.map(\.name), ["Acme AI"])
        XCTAssertEqual(resume.work[0].highlights, ["OCR 서버 개발"])
        XCTAssertEqual(resume.meta.locale, "ko", "--lang sets the locale, and the export keeps it")
    }
}
