import Foundation
import XCTest
@testable import ResumeKit

/// What `resume import` makes of real JSON Resume documents, and every note it gives.
final class JSONResumeImportTests: XCTestCase {
    func testTheOfficialSampleShapeImportsWithoutANote() throws {
        let imported = JSONResumeFixtures.importFixture("sample.json")
        XCTAssertEqual(imported.rendered, [])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.name, "Mira Castellanos")
        XCTAssertNil(resume.basics.image, "an empty image is absent")
        XCTAssertEqual(resume.basics.profiles, [
            Profile(network: "Mastodon", username: "mira"),
            Profile(network: "GitHub", username: "mcastellanos", url: "https://github.com/mcastellanos"),
        ])
        XCTAssertEqual(resume.work.map(\.name), ["Tidewater Freight", "Brightbid"])
        XCTAssertEqual(resume.work[0].startDate, PartialDate(year: 2021, month: 3, day: 1))
        XCTAssertNil(resume.work[0].endDate)
        XCTAssertEqual(resume.work[1].endDate, .date(PartialDate(year: 2021, month: 2, day: 28)))
        XCTAssertEqual(resume.work[0].summary, "Real-time tracking for 40,000 shipping containers.")
        XCTAssertEqual(resume.work[0].description, "Freight logistics platform")
        XCTAssertEqual(resume.education[0].institution, "University of Valparaíso")
        XCTAssertEqual(resume.projects[0].roles, ["Creator", "Maintainer"])
        XCTAssertEqual(resume.volunteer.count, 1)
        XCTAssertEqual(resume.publications.count, 1)
        XCTAssertEqual(resume.certificates.count, 1)
        XCTAssertEqual(resume.languages.map(\.language), ["Spanish", "English"])
        XCTAssertEqual(resume.interests[0].keywords, ["Dinghies", "Navigation"])
        XCTAssertEqual(resume.references.count, 1)
        XCTAssertEqual(resume.meta.lastModified, "2023-01-15T10:30:00")
        XCTAssertEqual(resume.meta.version, "v1.0.0")
    }

    func testFieldNamesFromBeforeOnePointZeroAreTakenAndNamed() throws {
        let imported = JSONResumeFixtures.importFixture("pre-1.0.json")
        XCTAssertEqual(imported.rendered, [
            "5:5: warning: basics: 'picture' imported as 'image'",
            "8:5: warning: basics: 'website' imported as 'url'",
            "31:7: warning: work[0]: 'company' imported as 'name'",
            "33:7: warning: work[0]: 'website' imported as 'url'",
            "42:7: warning: work[1]: 'company' imported as 'name'",
            "44:7: warning: work[1]: 'website' imported as 'url'",
            "54:7: warning: volunteer[0]: 'website' imported as 'url'",
            "56:18: warning: volunteer[0].endDate: empty date left out, so the entry reads as ongoing",
            "67:7: warning: education[0]: 'gpa' imported as 'score'",
            "87:7: warning: publications[0]: 'website' imported as 'url'",
            "95:19: warning: skills[0].keywords: text with commas, imported as a list of 3",
            "100:7: warning: languages[0]: 'name' imported as 'language'",
            "101:7: warning: languages[0]: 'level' imported as 'fluency'",
            "105:5: warning: interests[0]: text, imported as an entry",
            "106:5: warning: interests[1]: text, imported as an entry",
        ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.image, "https://tomasz.example.com/me.jpg")
        XCTAssertEqual(resume.basics.url, "https://tomasz.example.com")
        XCTAssertEqual(resume.work.map(\.name), ["Kolejka Labs", "Wisła Soft"])
        XCTAssertEqual(resume.work.map(\.url), ["https://kolejka.example.com", "https://wislasoft.example.com"])
        XCTAssertEqual(resume.work[0].endDate, .present)
        XCTAssertEqual(resume.work[1].startDate, PartialDate(year: 2009))
        XCTAssertEqual(resume.work[1].endDate, .date(PartialDate(year: 2015, month: 3)))
        XCTAssertNil(resume.volunteer[0].endDate)
        XCTAssertEqual(resume.education[0].score, "4.5")
        XCTAssertEqual(resume.publications[0].url, "https://programista.example.pl/queues")
        XCTAssertEqual(resume.skills[0].keywords, ["Python", "Go", "PostgreSQL"])
        XCTAssertEqual(resume.languages[0].language, "Polish")
        XCTAssertEqual(resume.languages[0].fluency, "Native")
        XCTAssertEqual(resume.interests.map(\.name), ["Cycling", "Chess"])
    }

    func testKoreanTextAndKoreanDatesImport() throws {
        let imported = JSONResumeFixtures.importFixture("korean.json")
        XCTAssertEqual(imported.rendered, [
            "24:20: warning: work[0].startDate: '2020.03' imported as \"2020-03\"",
            "25:18: warning: work[0].endDate: '현재' imported as present",
            "35:20: warning: work[1].startDate: '2017년 3월' imported as \"2017-03\"",
            "36:18: warning: work[1].endDate: '2020. 02.' imported as \"2020-02\"",
        ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.name, "김지원", "\\u escapes are decoded")
        XCTAssertEqual(resume.basics.summary, "문서 AI와 대화 시스템을 만드는 7년 차 엔지니어 🚀", "an escaped surrogate pair is one character")
        XCTAssertEqual(resume.work[0].endDate, .present)
        XCTAssertEqual(resume.work[1].startDate, PartialDate(year: 2017, month: 3))
        XCTAssertEqual(resume.researchInterests[0].keywords, ["레이아웃 분석", "OCR"])
        XCTAssertEqual(resume.teaching[0].kind, "teaching")
        XCTAssertEqual(resume.meta.locale, "ko")
        let yaml = try XCTUnwrap(imported.yaml)
        XCTAssertTrue(yaml.contains("  name: 김지원\n"), "Hangul is written as it is, unquoted")
    }

    func testGermanTextAndGermanDatesImport() throws {
        let imported = JSONResumeFixtures.importFixture("german.json")
        XCTAssertEqual(imported.rendered, [
            "20:20: warning: work[0].startDate: '01.04.2019' imported as \"2019-04-01\"",
            "21:18: warning: work[0].endDate: 'heute' imported as present",
            "30:20: warning: work[1].startDate: 'März 2014' imported as \"2014-03\"",
            "31:18: warning: work[1].endDate: '03/2019' imported as \"2019-03\"",
            "42:20: warning: education[0].startDate: 'Okt. 2008' imported as \"2008-10\"",
        ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.name, "Jürgen Weiß")
        XCTAssertEqual(resume.basics.location?.address, "Schäftlarnstraße 10")
        XCTAssertEqual(resume.work[1].name, "Bärenstark Software AG")
        XCTAssertEqual(resume.education[0].score, "1,3")
    }

    func testHTMLAndMarkdownBecomePlainText() throws {
        let imported = JSONResumeFixtures.importFixture("markup.json")
        XCTAssertEqual(imported.rendered, [
            "4:16: warning: basics.summary: converted to plain text, removing <p>, &amp;, <strong>",
            "11:18: warning: work[0].summary: converted to plain text, removing […](…), **…**",
            "13:9: warning: work[0].highlights[0]: converted to plain text, removing <em>",
            "14:9: warning: work[0].highlights[1]: converted to plain text, removing `…`",
            "22:22: warning: projects[0].description: converted to plain text, removing <br>, # heading, ~~…~~, *…*",
        ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.summary, "Platform engineer & SRE.\nKeeps 99.99% of services up.")
        XCTAssertEqual(resume.work[0].summary, "Managed Kubernetes for small teams.")
        XCTAssertEqual(resume.work[0].highlights, [
            "Cut paging alerts by 70% with SLO-based alerting",
            "Wrote the kubectl plugin used by 300 engineers",
            "Kept snake_case_names and 5 * 3 * 2 as they are",
        ])
        XCTAssertEqual(resume.projects[0].description, "slo-kit\nA tiny SLO calculator\nfor everyone teams")
    }

    func testExtraKeysAreKeptWhereTheyFitAndOtherwiseNamed() throws {
        let imported = JSONResumeFixtures.importFixture("extras.json")
        XCTAssertEqual(imported.rendered, [
            "2:14: warning: '$schema' kept out; the résumé format has no place for it",
            "6:5: warning: basics: 'picture' imported as 'image'",
            "7:5: warning: basics: 'x-pronouns' kept out; the résumé format has no place for it",
            "8:17: warning: basics.location: text, imported as location.city",
            "9:17: warning: basics.profiles: an object of networks, imported as a list",
            "14:11: warning: work: one object, imported as a list of one",
            "18:5: warning: work[0]: 'tags' kept out; the résumé format has no place for it",
            "19:19: warning: work[0].highlights: text, imported as a list of one",
            "24:22: warning: projects[0].description: expected text, found an object; kept out",
            "25:20: warning: projects[0].startDate: \"2022-06\" is after endDate \"2021-01\"; the start date was kept out, check both",
            "29:5: warning: projects[1]: empty entry left out",
            "34:15: warning: awards[0].date: 'Summer 2019' is not a date; kept out — write it as YYYY, YYYY-MM or YYYY-MM-DD",
            "41:15: warning: certificates[0].date: '03/04/2020' could be day/month or month/day; kept out — write it as YYYY, YYYY-MM or YYYY-MM-DD",
            "45:3: warning: top level: 'x-custom-section' kept out; the résumé format has no place for it",
            "49:14: warning: meta.theme: 'elegant' is not a theme of this tool; kept out (built-in themes: classic, compact, modern)",
            "51:5: warning: meta: 'x-generator' kept out; the résumé format has no place for it",
        ])
        let resume = try XCTUnwrap(imported.resume)
        XCTAssertEqual(resume.basics.image, "https://lena.example.com/photo.png")
        XCTAssertEqual(resume.basics.location, Location(city: "Berlin, Germany"))
        XCTAssertEqual(resume.basics.profiles, [
            Profile(network: "github", username: "lenafischer"),
            Profile(network: "linkedin", url: "https://www.linkedin.com/in/lenafischer"),
        ])
        XCTAssertEqual(resume.work.count, 1)
        XCTAssertEqual(resume.work[0].startDate, PartialDate(year: 2021), "a year given as a number")
        XCTAssertEqual(resume.work[0].highlights, ["Built the grasp planner that picks 1,500 parts an hour"])
        XCTAssertEqual(resume.projects.count, 1)
        XCTAssertNil(resume.projects[0].startDate)
        XCTAssertEqual(resume.projects[0].endDate, .date(PartialDate(year: 2021, month: 1)))
        XCTAssertEqual(resume.projects[0].keywords, ["ROS", "2", "true"], "numbers and booleans as written")
        XCTAssertNil(resume.awards[0].date)
        XCTAssertNil(resume.certificates[0].date)
        XCTAssertNil(resume.meta.theme)
        XCTAssertEqual(resume.meta.version, "v1.0.0")
    }

    func testEveryImportedFixtureLoadsWithoutAnyDiagnostic() throws {
        for name in ["sample.json", "pre-1.0.json", "korean.json", "german.json", "markup.json", "extras.json"] {
            let yaml = try XCTUnwrap(JSONResumeFixtures.importFixture(name).yaml, name)
            let loaded = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
            XCTAssertNotNil(loaded.resume, name)
            XCTAssertEqual(loaded.diagnostics, [], name)
        }
    }

    func testTheYAMLIsWrittenInTheFormatsOrderWithAHeader() throws {
        let imported = importJSON("""
            {"meta": {"version": "v1.0.0"}, "skills": [{"keywords": ["Go"], "name": "Languages"}],
             "volunteer": [{"organization": "Club"}], "teaching": [{"organization": "Meetup", "kind": "talk"}],
             "work": [{"highlights": ["Shipped it: on time"], "endDate": "Present", "startDate": "2019-05", "name": "Acme"}],
             "basics": {"summary": "Line one\\nLine two", "name": "Ada Park"}}
            """)
        XCTAssertEqual(imported.rendered, [])
        XCTAssertEqual(imported.yaml, """
            # Imported from the JSON Resume document resume.json by `resume import`.

            basics:
              name: Ada Park
              summary: |-
                Line one
                Line two

            work:
              - name: Acme
                startDate: "2019-05"
                endDate: present
                highlights:
                  - "Shipped it: on time"

            teaching:
              - organization: Meetup
                kind: talk

            skills:
              - name: Languages
                keywords:
                  - Go

            volunteer:
              - organization: Club

            meta:
              version: v1.0.0

            """)
    }

    func testOtherWaysOfWritingDatesAreConvertedOrNamed() throws {
        let imported = importJSON("""
            {"basics": {"name": "Ada"},
             "work": [
              {"name": "A", "startDate": "2019/05", "endDate": "2019-05-31T00:00:00Z"},
              {"name": "B", "startDate": "May 2018", "endDate": "Sept. 1, 2018"},
              {"name": "C", "startDate": "2017-02-30", "endDate": "current"},
              {"name": "D", "startDate": "present", "endDate": "13/05/2016"},
              {"name": "E", "startDate": "", "endDate": "2015-7"}]}
            """)
        XCTAssertEqual(imported.rendered, [
            "3:30: warning: work[0].startDate: '2019/05' imported as \"2019-05\"",
            "3:52: warning: work[0].endDate: '2019-05-31T00:00:00Z' imported as \"2019-05-31\"",
            "4:30: warning: work[1].startDate: 'May 2018' imported as \"2018-05\"",
            "4:53: warning: work[1].endDate: 'Sept. 1, 2018' imported as \"2018-09-01\"",
            "5:30: warning: work[2].startDate: '2017-02-30' is not a real date; kept out — write it as YYYY, YYYY-MM or YYYY-MM-DD",
            "5:55: warning: work[2].endDate: 'current' imported as present",
            "6:30: warning: work[3].startDate: 'present' is not a date; kept out (only an end date can be ongoing)",
            "6:52: warning: work[3].endDate: '13/05/2016' imported as \"2016-05-13\"",
            "7:30: warning: work[4].startDate: empty date left out",
            "7:45: warning: work[4].endDate: '2015-7' imported as \"2015-07\"",
        ])
        let work = try XCTUnwrap(imported.resume).work
        XCTAssertEqual(work.map(\.startDate), [
            PartialDate(year: 2019, month: 5), PartialDate(year: 2018, month: 5), nil, nil, nil,
        ])
        XCTAssertEqual(work.map(\.endDate), [
            .date(PartialDate(year: 2019, month: 5, day: 31)), .date(PartialDate(year: 2018, month: 9, day: 1)), .present,
            .date(PartialDate(year: 2016, month: 5, day: 13)), .date(PartialDate(year: 2015, month: 7)),
        ])
    }

    func testASyntaxErrorIsReportedAtItsPlaceAndNothingIsImported() {
        let imported = JSONResumeFixtures.importFixture("syntax-error.json")
        XCTAssertEqual(imported.rendered, [
            "4:5: error: JSON syntax error: did not find expected ',' or '}' (while parsing an object that starts at line 2, column 13)",
        ])
        XCTAssertNil(imported.yaml)
        XCTAssertNil(imported.resume)
    }

    func testACommentIsNamedAsSuch() {
        let imported = importJSON("{\"basics\": {\"name\": \"Ada\"}} // exported by hand\n")
        XCTAssertEqual(imported.rendered, ["1:29: error: JSON syntax error: JSON has no comments; remove the comment"])
        XCTAssertNil(imported.yaml)
    }

    func testTabsTrailingCommasAndMinifiedJSONAreRead() throws {
        let tabbed = importJSON("{\n\t\"basics\": {\n\t\t\"name\":\t\"Ada\",\n\t},\n\t\"x-a\": 1\n}\n")
        XCTAssertEqual(tabbed.rendered, ["5:2: warning: top level: 'x-a' kept out; the résumé format has no place for it"])
        XCTAssertEqual(tabbed.resume?.basics.name, "Ada")
        let minified = importJSON(#"{"basics":{"name":"Ada","label":"ML"},"work":[{"name":"Acme"}]}"#)
        XCTAssertEqual(minified.rendered, [])
        XCTAssertEqual(minified.resume?.work.first?.name, "Acme")
    }

    func testColumnsAfterAnEscapedSurrogatePairAreTheFilesOwn() throws {
        let json = #"{"basics": {"name": "Ada \ud83d\ude00", "x-a": 1, "summary": "\ud800 lone"}}"#
        let imported = importJSON(json)
        let xColumn = json.unicodeScalars.distance(from: json.unicodeScalars.startIndex, to: json.range(of: "\"x-a\"")!.lowerBound.samePosition(in: json.unicodeScalars)!) + 1
        let loneColumn = json.unicodeScalars.distance(from: json.unicodeScalars.startIndex, to: json.range(of: #"\ud800"#)!.lowerBound.samePosition(in: json.unicodeScalars)!) + 1
        XCTAssertEqual(imported.rendered, [
            "1:\(xColumn): warning: basics: 'x-a' kept out; the résumé format has no place for it",
            "1:\(loneColumn): warning: lone UTF-16 surrogate '\\uD800' is not a character; imported as U+FFFD",
        ])
        XCTAssertEqual(imported.resume?.basics.name, "Ada 😀")
        XCTAssertEqual(imported.resume?.basics.summary, "\u{FFFD} lone")
    }

    func testADocumentWithoutANameOrNotAnObjectIsRefused() {
        XCTAssertEqual(importJSON(#"{"basics": {"email": "a@example.com"}}"#).rendered, [
            "1:12: error: basics.name is missing; a résumé needs at least a name",
        ])
        XCTAssertEqual(importJSON(#"{"work": []}"#).rendered, [
            "1:1: error: basics.name is missing; a résumé needs at least a name",
        ])
        XCTAssertEqual(importJSON(#"["basics"]"#).rendered, [
            "1:1: error: expected a JSON Resume object at the top level, found an array",
        ])
        XCTAssertEqual(importJSON("").rendered, ["1:1: error: file is empty"])
        XCTAssertNil(importJSON(#"["basics"]"#).yaml)
    }

    func testUnreadableBytesAreReportedAsTheLoaderReportsThem() {
        let imported = JSONResumeImporter.importDocument(data: Data([0x7B, 0x22, 0xFF, 0x22, 0x7D]), file: "resume.json")
        XCTAssertEqual(imported.rendered, ["1:3: error: invalid UTF-8 (bytes 0xFF); save the file as UTF-8"])
        XCTAssertNil(imported.yaml)
    }
}

extension JSONResumeImportTests {
    func testACommentInsideAnObjectIsNamedAtItsPlace() {
        let imported = importJSON("{\n  // written by hand\n  \"basics\": {\"name\": \"Ada // not a comment\"}\n}\n")
        XCTAssertEqual(imported.rendered, ["2:3: error: JSON syntax error: JSON has no comments; remove the comment"])
    }
}

extension JSONResumeImportTests {
    func testAFileNameWithALineBreakCannotBreakTheHeaderComment() throws {
        let imported = JSONResumeImporter.importDocument(data: Data(#"{"basics": {"name": "Ada"}}"#.utf8), file: "odd\nname\u{2028}.json")
        XCTAssertEqual(imported.yaml?.components(separatedBy: "\n").first, "# Imported from the JSON Resume document odd?name?.json by `resume import`.")
        XCTAssertEqual(imported.resume?.basics.name, "Ada")
    }
}
