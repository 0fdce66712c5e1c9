import Foundation
import XCTest
@testable import ResumeKit

/// Text in several languages (`{en: …, ko: …}`) and tagged entries and items (`tags: [ml]`).
final class VariantLoadingTests: XCTestCase {
    private let bilingual = """
        basics:
          name: {en: Jiwon Kim, ko: 김지원}
          summary: Engineer.
        work:
          - name: Acme
            highlights:
              - {en: Built the OCR server, ko: OCR 서버 구축}
        """

    func testTextMapIsReadInTheRequestedLanguage() throws {
        let resume = try XCTUnwrap(load(bilingual, options: LoadOptions(language: "ko")).resume)
        XCTAssertEqual(resume.basics.name, "김지원")
        XCTAssertEqual(resume.work[0].highlights, ["OCR 서버 구축"])
        XCTAssertEqual(resume.basics.summary, "Engineer.", "text written once serves every language")
        XCTAssertEqual(resume.meta.locale, "ko", "--lang sets the locale for labels and dates")
    }

    func testWithoutALanguageTheLocaleThenTheFirstGivenIsRead() throws {
        XCTAssertEqual(try XCTUnwrap(load(bilingual).resume).basics.name, "Jiwon Kim")
        let korean = try XCTUnwrap(load(bilingual + "\nmeta: {locale: ko-KR}").resume)
        XCTAssertEqual(korean.basics.name, "김지원", "ko-KR is served by ko")
        XCTAssertEqual(korean.meta.locale, "ko-KR")
    }

    func testAMissingLanguageFallsBackToTheFirstGiven() throws {
        XCTAssertEqual(try XCTUnwrap(load(bilingual, options: LoadOptions(language: "de")).resume).basics.name, "Jiwon Kim")
    }

    func testLanguagesAreListedInTheOrderFirstGiven() {
        XCTAssertEqual(load(bilingual).languages, ["en", "ko"])
        XCTAssertEqual(load("basics: {name: Ada}").languages, [])
    }

    func testTheSourceMapPointsAtTheChosenLanguagesText() throws {
        let resume = try XCTUnwrap(load(bilingual, options: LoadOptions(language: "ko")).resume)
        XCTAssertEqual(resume.sourceMap["work[0].highlights[0]"].map { "\($0.line):\($0.column)" }, "7:40")
        XCTAssertEqual(resume.sourceMap["basics.name"].map { "\($0.line):\($0.column)" }, "2:29")
    }

    func testAMappingThatIsNotALanguageMapIsAnError() {
        XCTAssertEqual(load("basics:\n  name: {first: Ada, last: Park}").rendered, [
            "2:9: error: expected a string for basics.name, found a mapping",
        ])
        XCTAssertEqual(load("basics:\n  name: {en: Ada, korean: 에이다}").rendered, [
            "2:19: error: expected a string for basics.name, or a map of language to text such as {en: …, ko: …}; 'korean' is not a language tag",
        ])
    }

    func testARequiredTextMustNotBeEmptyInTheLanguageRead() {
        XCTAssertEqual(load("basics:\n  name: {en: Ada, ko: \"\"}", options: LoadOptions(language: "ko")).rendered, [
            "2:23: error: basics.name is empty in 'ko', the language being read",
        ])
        XCTAssertNotNil(load("basics:\n  name: {en: Ada, ko: \"\"}").resume)
    }

    func testEveryTranslationIsChecked() {
        XCTAssertEqual(load("basics:\n  name: {en: Ada, ko: [A, B]}").rendered, [
            "2:23: error: expected a string for basics.name.ko, found a list",
        ])
    }

    private let tagged = """
        basics: {name: Ada}
        work:
          - name: Acme
            tags: [industry]
            highlights:
              - Shipped the OCR server to 3 banks
              - {text: Published 2 papers at ICDAR, tags: [research]}
          - name: Lab
            tags: [research]
            highlights: [Led a study of 3 OCR models]
          - name: Startup
            highlights: [Built the first product]
        """

    func testWithoutTagsEverythingIsKept() throws {
        let resume = try XCTUnwrap(load(tagged).resume)
        XCTAssertEqual(resume.work.map(\.name), ["Acme", "Lab", "Startup"])
        XCTAssertEqual(resume.work[0].highlights, ["Shipped the OCR server to 3 banks", "Published 2 papers at ICDAR"])
    }

    func testTagsKeepUntaggedItemsAndThoseWithAChosenTag() throws {
        let industry = try XCTUnwrap(load(tagged, options: LoadOptions(tags: ["industry"])).resume)
        XCTAssertEqual(industry.work.map(\.name), ["Acme", "Startup"])
        XCTAssertEqual(industry.work[0].highlights, ["Shipped the OCR server to 3 banks"])
        let research = try XCTUnwrap(load(tagged, options: LoadOptions(tags: ["research"])).resume)
        XCTAssertEqual(research.work.map(\.name), ["Lab", "Startup"])
    }

    func testKeptItemsAreNumberedInTheSelectionAndLocatedInTheFile() throws {
        let resume = try XCTUnwrap(load(tagged, options: LoadOptions(tags: ["research"])).resume)
        XCTAssertEqual(resume.sourceMap["work[0]"]?.line, 8, "work[0] is the first entry kept: Lab")
        XCTAssertEqual(resume.sourceMap["work[1].highlights[0]"]?.line, 12)
        XCTAssertNil(resume.sourceMap["work[2]"])
    }

    func testItemsLeftOutAreStillChecked() {
        let result = load("basics: {name: Ada}\nwork:\n  - {name: Lab, tags: [research], startDate: 2019-13}", options: LoadOptions(tags: ["ml"]))
        XCTAssertNil(result.resume)
        XCTAssertTrue(result.rendered.contains("3:46: error: invalid date '2019-13' for work[0].startDate; expected YYYY, YYYY-MM or YYYY-MM-DD"), "\(result.rendered)")
    }

    func testATagNobodyUsesIsAWarning() {
        let result = load(tagged, options: LoadOptions(tags: ["ml"]))
        XCTAssertNotNil(result.resume)
        XCTAssertEqual(result.rendered, ["1:1: warning: no entry or item is tagged 'ml'; --tags keeps only untagged ones"])
    }

    func testTaggedTextOutsideAListIsAnError() {
        XCTAssertEqual(load("basics:\n  name: {text: Ada, tags: [x]}").rendered, [
            "2:9: error: expected a string for basics.name; only entries and list items take tags",
        ])
    }

    func testTaggedTextNeedsItsText() {
        XCTAssertEqual(load("basics: {name: Ada}\nwork:\n  - highlights: [{tags: [x]}]").rendered, [
            "3:18: error: missing required key 'text' in work[0].highlights[0]",
        ])
    }

    func testLanguageTagsAreRecognized() {
        for tag in ["en", "ko", "zh-Hant", "pt-BR", "de-CH-1996"] { XCTAssertTrue(LoadOptions.isValidLanguage(tag), tag) }
        for tag in ["", "e", "english", "first", "ko_KR", "en-"] { XCTAssertFalse(LoadOptions.isValidLanguage(tag), tag) }
    }

    private func load(_ yaml: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        ResumeLoader.load(data: Data(yaml.utf8), file: "cv.yaml", options: options)
    }
}
