import XCTest
@testable import ResumeKit

/// JSON Resume's own sample document (`resume-schema`'s `sample.json`) loads as a résumé of this
/// format as it is: every field of the JSON Resume schema that has a meaning in a résumé is
/// accepted. The document has the sample's shape — every section, every field, in its order —
/// with invented values.
final class JSONResumeSampleTests: XCTestCase {
    static let sample = #"""
        {
          "basics": {
            "name": "Noa Example",
            "label": "Systems Engineer",
            "image": "",
            "email": "noa@example.com",
            "phone": "(555) 010-0199",
            "url": "https://noa.example.com",
            "summary": "Builds quiet, reliable systems.",
            "location": {
              "address": "1 Sample Street",
              "postalCode": "00000",
              "city": "Exampleton",
              "countryCode": "ZZ",
              "region": "Sample Region"
            },
            "profiles": [
              {"network": "Example", "username": "noa", "url": "https://social.example.com/noa"}
            ]
          },
          "work": [
            {
              "name": "Example Works",
              "location": "Exampleton",
              "description": "Maker of sample widgets",
              "position": "Engineer",
              "url": "https://works.example.com",
              "startDate": "2016-03-01",
              "endDate": "2020-06-30",
              "summary": "Kept the widget line running.",
              "highlights": ["Cut build times by half"]
            }
          ],
          "volunteer": [
            {
              "organization": "Example Club",
              "position": "Organizer",
              "url": "https://club.example.org",
              "startDate": "2014-01-01",
              "endDate": "2015-01-01",
              "summary": "Ran monthly meetups.",
              "highlights": ["Grew the club to 40 members"]
            }
          ],
          "education": [
            {
              "institution": "Example University",
              "url": "https://university.example.edu",
              "area": "Computer Science",
              "studyType": "Bachelor",
              "startDate": "2010-09-01",
              "endDate": "2014-06-01",
              "score": "3.8",
              "courses": ["CS101 - Sample Course"]
            }
          ],
          "awards": [
            {"title": "Sample Award", "date": "2015-11-01", "awarder": "Example Society", "summary": "For sample work."}
          ],
          "certificates": [
            {"name": "Sample Certificate", "date": "2021-11-07", "issuer": "Example Board", "url": "https://cert.example.com"}
          ],
          "publications": [
            {
              "name": "On Samples",
              "publisher": "Example Press",
              "releaseDate": "2017-10-01",
              "url": "https://press.example.com/samples",
              "summary": "A short paper on samples."
            }
          ],
          "skills": [
            {"name": "Web Development", "level": "Master", "keywords": ["HTML", "CSS"]}
          ],
          "languages": [
            {"language": "English", "fluency": "Native speaker"}
          ],
          "interests": [
            {"name": "Sailing", "keywords": ["Dinghies", "Knots"]}
          ],
          "references": [
            {"name": "Sam Sample", "reference": "A pleasure to work with."}
          ],
          "projects": [
            {
              "name": "Sample Project",
              "description": "A tool for samples",
              "highlights": ["Used by 3 teams"],
              "keywords": ["Swift"],
              "startDate": "2019-01-01",
              "endDate": "2019-12-31",
              "url": "https://project.example.com",
              "roles": ["Maintainer"],
              "entity": "Example Works",
              "type": "application"
            }
          ],
          "meta": {
            "canonical": "https://example.com/resume.json",
            "version": "v1.0.0",
            "lastModified": "2022-01-01T12:00:00"
          }
        }
        """#

    func testTheJSONResumeSampleLoadsAsYAMLWithoutAProblem() throws {
        let loaded = ResumeLoader.load(yaml: Self.sample, file: "sample.json")
        XCTAssertEqual(loaded.diagnostics, [])
        let resume = try XCTUnwrap(loaded.resume)
        XCTAssertEqual(resume.work[0].description, "Maker of sample widgets")
        XCTAssertEqual(resume.work[0].summary, "Kept the widget line running.")
        XCTAssertEqual(resume.projects[0].description, "A tool for samples")
        XCTAssertEqual(resume.publications[0].releaseDate, PartialDate(year: 2017, month: 10, day: 1))
        XCTAssertEqual(resume.meta.canonical, "https://example.com/resume.json")
    }

    func testWorkDescriptionTravelsThroughExportAndImport() throws {
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: Self.sample, file: "sample.json").resume)
        let exported = JSONResumeExporter.export(resume)
        XCTAssertTrue(exported.contains(#""description": "Maker of sample widgets""#), exported)
        let reloaded = try XCTUnwrap(ResumeLoader.load(yaml: exported, file: "resume.json").resume)
        XCTAssertEqual(reloaded.work, resume.work)
    }
}
