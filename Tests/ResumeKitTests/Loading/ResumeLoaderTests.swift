import Foundation
import XCTest
@testable import ResumeKit

final class ResumeLoaderTests: XCTestCase {
    func testLoadsEveryFieldOfEverySection() throws {
        let result = load("""
            basics:
              name: Ada Park
              label: ML Engineer
              email: ada@example.com
              location: {city: Seoul, countryCode: KR}
              profiles:
                - {network: GitHub, username: ada, url: "https://github.com/ada"}
            education:
              - {institution: KAIST, area: CS, studyType: MS, startDate: "2015-03", endDate: "2017-02", score: "4.1/4.3", courses: [NLP, ML]}
            work:
              - name: Acme
                position: Engineer
                startDate: 2018-01
                highlights: [Built a thing, Shipped another]
            projects: [{name: Tool, description: A tool, keywords: [Swift], roles: [author], startDate: "2020", endDate: present}]
            awards: [{title: Winner, date: 2019-11-02, awarder: Hackathon}]
            researchInterests: [{name: NLP, keywords: [dialogue]}]
            teaching: [{organization: Meetup, position: Speaker, kind: talk, startDate: "2019-05"}]
            skills: [{name: Languages, level: Expert, keywords: [Python, C++]}]
            volunteer: [{organization: Club, position: Mentor}]
            publications: [{name: Paper, publisher: ACL, releaseDate: "2019"}]
            certificates: [{name: Cert, issuer: Org, date: "2020-01"}]
            languages: [{language: Korean, fluency: Native}]
            interests: [{name: Running}]
            references: [{name: Bo, reference: Great}]
            meta: {locale: en, theme: classic, sections: [work, {section: education, title: Study}, {section: awards, hidden: true}]}
            """)
        XCTAssertEqual(result.rendered, [])
        let resume = try XCTUnwrap(result.resume)
        XCTAssertEqual(resume.basics.name, "Ada Park")
        XCTAssertEqual(resume.basics.location?.shortForm, "Seoul, KR")
        XCTAssertEqual(resume.basics.profiles.first?.url, "https://github.com/ada")
        XCTAssertEqual(resume.education.first?.courses, ["NLP", "ML"])
        XCTAssertEqual(resume.education.first?.endDate, .date(PartialDate(year: 2017, month: 2)))
        XCTAssertEqual(resume.work.first?.startDate, PartialDate(year: 2018, month: 1))
        XCTAssertNil(resume.work.first?.endDate, "a missing end date means ongoing")
        XCTAssertEqual(resume.work.first?.highlights, ["Built a thing", "Shipped another"])
        XCTAssertEqual(resume.projects.first?.endDate, .present)
        XCTAssertEqual(resume.awards.first?.date, PartialDate(year: 2019, month: 11, day: 2))
        XCTAssertEqual(resume.teaching.first?.kind, "talk")
        XCTAssertEqual(resume.skills.first?.keywords, ["Python", "C++"])
        XCTAssertEqual(resume.publications.first?.releaseDate, PartialDate(year: 2019))
        XCTAssertEqual(resume.references.first?.reference, "Great")
        XCTAssertEqual(resume.placedSections.map(\.title).prefix(3), ["Work Experience", "Study", "Projects"])
        XCTAssertFalse(resume.placedSections.contains { $0.kind == .awards }, "hidden sections are left out")
        XCTAssertEqual(resume.placedSections.count, 12)
    }

    func testRecordsTheLocationOfEveryValue() throws {
        let resume = try XCTUnwrap(load("""
            basics:
              name: Ada
            work:
              - name: Acme
                highlights:
                  - First
                  - Second
            """).resume)
        XCTAssertEqual(resume.sourceMap["basics.name"], SourceLocation(file: "cv.yaml", line: 2, column: 9))
        XCTAssertEqual(resume.sourceMap["work[0]"], SourceLocation(file: "cv.yaml", line: 4, column: 5))
        XCTAssertEqual(resume.sourceMap["work[0].highlights[1]"], SourceLocation(file: "cv.yaml", line: 7, column: 9))
    }

    func testLoadsAJSONResumeDocumentAsItIs() throws {
        let result = load("""
            {"basics": {"name": "Richard Hendricks", "label": "Programmer", "image": "", "email": "richard@example.com",
              "url": "https://example.com", "location": {"address": "2712 Broadway St", "postalCode": "CA 94115",
              "city": "San Francisco", "countryCode": "US", "region": "California"},
              "profiles": [{"network": "Twitter", "username": "neutralthoughts", "url": ""}]},
             "work": [{"name": "Pied Piper", "position": "CEO/President", "url": "https://example.com",
              "startDate": "2013-12-01", "endDate": "2014-12-01", "summary": "Pied Piper is a compression company.",
              "highlights": ["Build an algorithm"]}],
             "meta": {"canonical": "https://example.com/resume.json", "version": "v1.0.0", "lastModified": "2017-12-24T15:53:00"}}
            """)
        XCTAssertEqual(result.rendered, [])
        XCTAssertNil(result.resume?.basics.image, "empty strings count as absent")
        XCTAssertEqual(result.resume?.work.first?.endDate, .date(PartialDate(year: 2014, month: 12, day: 1)))
    }

    func testAcceptsPresentInAnyCaseAsAnEndDate() throws {
        let resume = try XCTUnwrap(load("basics: {name: A}\nwork: [{name: X, startDate: '2020', endDate: Present}]").resume)
        XCTAssertEqual(resume.work.first?.endDate, .present)
    }

    func testAJSONResumeDocumentMayNameItsSchema() throws {
        let json = #"{"$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json", "basics": {"name": "Ada"}}"#
        let result = load(json)
        XCTAssertEqual(result.rendered, [])
        XCTAssertEqual(try XCTUnwrap(result.resume).basics.name, "Ada")
    }
}
