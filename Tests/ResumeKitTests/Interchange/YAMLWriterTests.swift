import Foundation
import XCTest
@testable import ResumeKit
@testable import ResumeLoading
import ResumeSupport

/// The YAML writer: block style, and every text read back exactly as it was.
final class YAMLWriterTests: XCTestCase {
    func testNestedListsAndFieldsAreIndentedUnderTheirDash() {
        let fields: JSONObject = [
            "work": [
                ["name": "Acme", "highlights": ["One", "Two\nlines"]],
                [:],
            ],
            "meta": ["sections": [["section": "work", "hidden": true]]],
        ]
        XCTAssertEqual(YAMLWriter().document(fields, comments: ["Head"]), """
            # Head

            work:
              - name: Acme
                highlights:
                  - One
                  - |-
                    Two
                    lines
              - {}

            meta:
              sections:
                - section: work
                  hidden: true

            """)
    }

    func testQuotesOnlyWhatYAMLWouldReadOtherwise() {
        let plain = ["Ada Park", "Zürich", "김지원", "C++ and C#", "https://x.example/a?b=c#d", "ada@example.com",
                     "ratio 3:2", "what? no", "(555) 010", "present", "a - b"]
        for text in plain {
            XCTAssertEqual(YAMLScalar.style(for: text), .plain, text)
        }
        let quoted = ["2019-05", "2019", "4.0", "+41 44", "-5%", "yes", "No", "null", "~", "true", ".inf",
                      "key: value", "C # sharp", "ends with colon:", "- dash", "* star", "& anchor", "! tag",
                      "| bar", "> fold", "'single'", "\"double\"", "% percent", "@ at", "` tick", "{brace}",
                      "[bracket]", "# hash", "? question", ", comma", " leading", "trailing ", "tab\there",
                      "nel\u{85}here", "bom\u{FEFF}here", "bell\u{7}", ""]
        for text in quoted {
            XCTAssertEqual(YAMLScalar.style(for: text), .doubleQuoted, text.debugDescription)
        }
        XCTAssertEqual(YAMLScalar.style(for: "one\ntwo"), .literal)
        XCTAssertEqual(YAMLScalar.style(for: " indented\ntwo"), .doubleQuoted)
        XCTAssertEqual(YAMLScalar.style(for: "one\n  indented two"), .literal)
        XCTAssertEqual(YAMLScalar.style(for: "line\u{2028}separator\nx"), .doubleQuoted)
        XCTAssertEqual(YAMLScalar.doubleQuoted("a\"b\\c\n\t\u{7}\u{85}\u{2028}\u{FEFF}"), #""a\"b\\c\n\t\x07\N\L\uFEFF""#)
    }

    func testEveryKindOfTextLoadsBackUnchanged() throws {
        let texts = [
            "Plain text", "2019-05", "yes", "key: value # not a comment", "- not a list", "\"quoted\" and 'single'",
            "back\\slash", "tab\tinside", "Two\nlines", "Blank line\n\nbetween", "First\n    indented second",
            "Zürich – Seoul · 김지원 😀", "nel\u{85}line", "ls\u{2028}ps\u{2029}end", "bom\u{FEFF}", "bell\u{7}",
            "%percent", "@at", "`tick`", "{\"json\": true}", "[1, 2]", "&anchor *alias", "!tag", "|pipe", ">fold",
            "ends with colon:", "trailing backslash\\", "#hash", "line\r\nwith CR", "0x1F", "1e3", ".5", "=",
            "<<: merge", "colon: \u{301}combining", "hash #\u{301}combining",
        ]
        var resume = Resume(basics: Basics(name: "Ada"))
        var work = Work()
        work.highlights = texts
        resume.work = [work]
        for (index, text) in texts.enumerated() {
            resume.basics.summary = text
            resume.basics.label = "\(index): \(text)"
            let yaml = ResumeYAML.document(resume, importedFrom: "t.json")
            let loaded = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
            XCTAssertEqual(loaded.resume?.basics.summary, text, "\(text.debugDescription) in\n\(yaml)")
            XCTAssertEqual(loaded.resume?.basics.label, "\(index): \(text)")
        }
        let yaml = ResumeYAML.document(resume, importedFrom: "t.json")
        XCTAssertEqual(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume?.work.first?.highlights, texts)
    }
}
