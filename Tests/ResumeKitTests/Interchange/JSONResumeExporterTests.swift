import Foundation
import XCTest
@testable import ResumeKit
import TestSupport

/// `render --format json-resume`: a JSON Resume v1 document, the same bytes every time.
final class JSONResumeExporterTests: XCTestCase {
    func testWritesSortedPrettyJSONWithTheExtraSections() throws {
        let yaml = """
            basics:
              name: Ada Park
              email: ada@example.com
              location: {city: Seoul, countryCode: KR}
            work:
              - name: Acme AI
                position: ML Engineer
                startDate: "2022-09"
                endDate: present
                highlights: ["OCR server – built it alone – CPU cost down 40%"]
            researchInterests:
              - {name: Dialogue, keywords: [NLU]}
            teaching:
              - {organization: Meetup, kind: talk, startDate: "2019-05-14"}
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        XCTAssertEqual(JSONResumeExporter.export(resume), #"""
            {
              "basics": {
                "email": "ada@example.com",
                "location": {
                  "city": "Seoul",
                  "countryCode": "KR"
                },
                "name": "Ada Park"
              },
              "researchInterests": [
                {
                  "keywords": [
                    "NLU"
                  ],
                  "name": "Dialogue"
                }
              ],
              "teaching": [
                {
                  "kind": "talk",
                  "organization": "Meetup",
                  "startDate": "2019-05-14"
                }
              ],
              "work": [
                {
                  "highlights": [
                    "OCR server – built it alone – CPU cost down 40%"
                  ],
                  "name": "Acme AI",
                  "position": "ML Engineer",
                  "startDate": "2022-09"
                }
              ]
            }

            """#)
    }

    func testEscapesWhatJSONNeedsAndNothingElse() throws {
        var resume = Resume(basics: Basics(name: "Zoë \"Z\" Ng"))
        resume.basics.summary = "Line one\nback\\slash\ttab \u{1} 김 😀 https://x.example/a/b \u{2028}"
        let exported = JSONResumeExporter.export(resume)
        XCTAssertTrue(exported.contains(#""name": "Zoë \"Z\" Ng""#), exported)
        XCTAssertTrue(exported.contains(#""summary": "Line one\nback\\slash\ttab \u0001 김 😀 https://x.example/a/b \u2028""#), exported)
        let parsed = try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any]
        let basics = try XCTUnwrap(parsed?["basics"] as? [String: Any])
        XCTAssertEqual(basics["summary"] as? String, resume.basics.summary)
        XCTAssertEqual(basics["name"] as? String, resume.basics.name)
    }

    func testEveryExampleExportsToValidDeterministicJSONWithOnlyJSONResumeKeys() throws {
        let standard: [String: Set<String>] = [
            "": ["basics", "work", "volunteer", "education", "awards", "certificates", "publications",
                 "skills", "languages", "interests", "references", "projects", "meta", "researchInterests", "teaching"],
            "basics": ["name", "label", "image", "email", "phone", "url", "summary", "location", "profiles"],
            "work": ["name", "location", "description", "position", "url", "startDate", "endDate", "summary", "highlights"],
            "education": ["institution", "url", "area", "studyType", "startDate", "endDate", "score", "courses"],
            "projects": ["name", "description", "highlights", "keywords", "startDate", "endDate", "url", "roles", "entity", "type"],
            "skills": ["name", "level", "keywords"],
            "awards": ["title", "date", "awarder", "summary"],
        ]
        for url in Repository.examples {
            let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume)
            let exported = JSONResumeExporter.export(resume)
            XCTAssertEqual(JSONResumeExporter.export(resume), exported)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any], url.lastPathComponent)
            XCTAssertEqual(Set(object.keys).subtracting(standard[""]!), [], url.lastPathComponent)
            let basics = try XCTUnwrap(object["basics"] as? [String: Any])
            XCTAssertEqual(Set(basics.keys).subtracting(standard["basics"]!), [], url.lastPathComponent)
            for section in ["work", "education", "projects", "skills", "awards"] {
                for entry in object[section] as? [[String: Any]] ?? [] {
                    XCTAssertEqual(Set(entry.keys).subtracting(standard[section]!), [], "\(url.lastPathComponent) \(section)")
                    for key in ["startDate", "endDate", "date"] {
                        if let date = entry[key] as? String {
                            XCTAssertNotNil(PartialDate(parsing: date), "\(section).\(key) \(date) matches the schema's date pattern")
                        }
                    }
                }
            }
        }
    }

    func testTheExportLoadsAsAResumeOfThisFormatToo() throws {
        for url in Repository.examples {
            let original = try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume)
            let exported = JSONResumeExporter.export(original)
            let loaded = ResumeLoader.load(yaml: exported, file: "resume.json")
            XCTAssertEqual(loaded.diagnostics, [], url.lastPathComponent)
            XCTAssertEqual(try XCTUnwrap(loaded.resume).content, original.content, url.lastPathComponent)
        }
    }
}
