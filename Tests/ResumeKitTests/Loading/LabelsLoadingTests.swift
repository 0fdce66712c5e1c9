import Foundation
import XCTest

@testable import ResumeKit

/// `meta.labels`: what it reads, and every mistake in it reported at its place.
final class LabelsLoadingTests: XCTestCase {
    func testReadsTitlesPresentCoursesAndMonths() throws {
        let result = load("""
            basics: {name: 윤서하}
            work: [{name: 미리내, startDate: "2021-07"}]
            meta:
              locale: ko
              labels:
                work: 경력사항
                researchInterests: 관심 연구
                present: 재직 중
                courses: 주요 과목
                months: [1월, 2월, 3월, 4월, 5월, 6월, 7월, 8월, 9월, 10월, 11월, 12월]
            """)
        XCTAssertEqual(result.rendered, [])
        let labels = try XCTUnwrap(result.resume?.meta.labels)
        XCTAssertEqual(labels.sectionTitles, [.work: "경력사항", .researchInterests: "관심 연구"])
        XCTAssertEqual(labels.present, "재직 중")
        XCTAssertEqual(labels.courses, "주요 과목")
        XCTAssertEqual(labels.months?.count, 12)
        XCTAssertEqual(result.resume?.placedSections.map(\.title), ["경력사항"])
    }

    func testNoLabelsIsNoOverride() throws {
        let resume = try XCTUnwrap(load("basics: {name: Ada}\nmeta: {locale: de, labels: {}}").resume)
        XCTAssertEqual(resume.meta.labels, LabelOverrides())
        XCTAssertEqual(try XCTUnwrap(load("basics: {name: Ada}\nmeta: {labels: ~}").resume).meta.labels, LabelOverrides())
    }

    func testUnknownKeysAreErrorsWithASuggestion() {
        let result = load("""
            basics: {name: Ada}
            meta:
              labels:
                wrok: Experience
                experience: Experience
                Present: now
                month: [a]
                zzzzzzzz: x
            """)
        XCTAssertEqual(result.rendered, [
            "4:5: error: unknown key 'wrok' in meta.labels; did you mean 'work'?",
            "5:5: error: unknown key 'experience' in meta.labels; did you mean 'work'?",
            "6:5: error: unknown key 'Present' in meta.labels; did you mean 'present'?",
            "7:5: error: unknown key 'month' in meta.labels; did you mean 'months'?",
            "8:5: error: unknown key 'zzzzzzzz' in meta.labels",
        ])
        XCTAssertNil(result.resume)
    }

    func testAMisspeltLabelsKeyIsCaughtInMeta() {
        XCTAssertEqual(
            load("basics: {name: Ada}\nmeta:\n  lables: {work: Jobs}").rendered,
            ["3:3: error: unknown key 'lables' in meta; did you mean 'labels'?"])
    }

    func testWrongTypes() {
        let result = load("""
            basics: {name: Ada}
            meta:
              labels:
                work: [Jobs]
                present: {a: b, c: d}
                months: January
            """)
        XCTAssertEqual(result.rendered, [
            "4:11: error: expected a string for meta.labels.work, found a list",
            "5:14: error: expected a string for meta.labels.present, found a mapping",
            "6:13: error: expected a list for meta.labels.months, found a scalar",
        ])
    }

    func testLabelsMustBeAMapping() {
        XCTAssertEqual(
            load("basics: {name: Ada}\nmeta:\n  labels: [work, Jobs]").rendered,
            ["3:11: error: expected a mapping for meta.labels, found a list"])
    }

    func testMonthsNeedsTwelveNames() {
        let result = load("""
            basics: {name: Ada}
            meta:
              labels:
                months: [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov]
            """)
        XCTAssertEqual(result.rendered, ["4:13: error: meta.labels.months has 11 names; expected 12, January first"])
        XCTAssertEqual(
            load("basics: {name: Ada}\nmeta: {labels: {months: [Jan]}}").rendered,
            ["2:25: error: meta.labels.months has 1 name; expected 12, January first"])
    }

    func testEveryMonthIsAName() {
        let result = load("""
            basics: {name: Ada}
            meta:
              labels:
                months: [Jan, Feb, Mar, "", May, Jun, Jul, Aug, [Sep], Oct, Nov, Dec]
            """)
        XCTAssertEqual(result.rendered, [
            "4:29: error: meta.labels.months[3] is empty; give every month a name",
            "4:53: error: expected a string for meta.labels.months[8], found a list",
        ])
    }

    func testAnUnsupportedLocaleIsOnlyAWarning() throws {
        let result = load("basics: {name: Ada}\nmeta: {locale: pt, labels: {work: Experiência}}")
        XCTAssertEqual(result.diagnostics.map(\.severity), [.warning])
        XCTAssertEqual(result.diagnostics.first?.location.line, 2)
        XCTAssertEqual(result.diagnostics.first?.location.column, 16)
        XCTAssertTrue(result.diagnostics.first?.message.contains("'pt'") == true)
        XCTAssertEqual(try XCTUnwrap(result.resume).meta.labels.sectionTitles, [.work: "Experiência"])
    }

    func testALanguageGivenWhenLoadingReplacesTheFilesLocaleAndIsNotChecked() throws {
        let yaml = "basics: {name: Ada}\nwork: [{name: Acme}]\nmeta: {locale: pt}"
        let result = ResumeLoader.load(data: Data(yaml.utf8), file: "cv.yaml", options: LoadOptions(language: "ko"))
        XCTAssertEqual(result.rendered, [])
        XCTAssertEqual(try XCTUnwrap(result.resume).placedSections.map(\.title), ["경력"])
    }
}
