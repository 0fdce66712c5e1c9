import Foundation
import XCTest
@testable import ResumeKit

/// Every kind of bad input named in the format's contract gets its own message at its own place.
final class BadInputTests: XCTestCase {
    func testUnknownKeyIsAnErrorWithASuggestion() {
        let result = load("""
            basics:
              name: Ada
            work:
              - name: Acme
                higlights: [Did things]
            """)
        XCTAssertEqual(result.rendered, ["5:5: error: unknown key 'higlights' in work[0]; did you mean 'highlights'?"])
        XCTAssertNil(result.resume)
    }

    func testUnknownKeySuggestsTheNameUsedByThisFormat() {
        let result = load("basics: {name: Ada}\nexperience: []\nwork: [{company: Acme}]")
        XCTAssertEqual(result.rendered, [
            "2:1: error: unknown key 'experience' at the top level; did you mean 'work'?",
            "3:9: error: unknown key 'company' in work[0]; did you mean 'name'?",
        ])
    }

    func testUnknownKeyFarFromAnyKnownKeyHasNoSuggestion() {
        XCTAssertEqual(load("basics: {name: Ada, zzzzzz: 1}").rendered, ["1:21: error: unknown key 'zzzzzz' in basics"])
    }

    func testWrongTypes() {
        let result = load("""
            basics:
              name: [Ada, Park]
            work:
              name: Acme
            skills:
              - keywords: Python
            """)
        XCTAssertEqual(result.rendered, [
            "2:9: error: expected a string for basics.name, found a list",
            "4:3: error: expected a list for work, found a mapping",
            "6:15: error: expected a list for skills[0].keywords, found a scalar",
        ])
    }

    func testListItemOfTheWrongType() {
        XCTAssertEqual(
            load("basics: {name: Ada}\nwork:\n  - Acme\n  - {name: B, highlights: [ok, {a: 1}]}").rendered,
            [
                "3:5: error: expected a mapping for work[0], found a scalar",
                "4:32: error: expected a string for work[1].highlights[1], found a mapping",
            ])
    }

    func testMalformedDates() {
        let result = load("""
            basics: {name: Ada}
            work:
              - {name: A, startDate: "May 2019"}
              - {name: B, startDate: "2019-13"}
              - {name: C, startDate: present}
              - {name: D, startDate: "2019", endDate: "2020/01"}
            """)
        XCTAssertEqual(result.rendered, [
            "3:26: error: invalid date 'May 2019' for work[0].startDate; expected YYYY, YYYY-MM or YYYY-MM-DD",
            "4:26: error: invalid date '2019-13' for work[1].startDate; expected YYYY, YYYY-MM or YYYY-MM-DD",
            "5:26: error: invalid date 'present' for work[2].startDate; expected YYYY, YYYY-MM or YYYY-MM-DD; only an end date can be 'present'",
            "6:43: error: invalid date '2020/01' for work[3].endDate; expected YYYY, YYYY-MM, YYYY-MM-DD or present",
        ])
    }

    func testEndBeforeStart() {
        XCTAssertEqual(
            load("basics: {name: Ada}\neducation: [{institution: U, startDate: '2019-05', endDate: '2019-04'}]").rendered,
            ["2:61: error: education[0].endDate 2019-04 is before startDate 2019-05"])
        XCTAssertEqual(
            load("basics: {name: Ada}\neducation: [{institution: U, startDate: '2019-05', endDate: '2019'}]").rendered, [],
            "a year-only end date may be the same year")
    }

    func testMissingName() {
        XCTAssertEqual(load("basics:\n  label: Engineer\n").rendered, ["2:3: error: missing required key 'name' in basics"])
        XCTAssertEqual(load("basics:\n  name: ''\n").rendered, ["2:9: error: basics.name is empty"])
        XCTAssertEqual(load("work: []\n").rendered, ["1:1: error: missing required key 'basics'; a résumé needs at least basics.name"])
    }

    func testEmptyFile() {
        XCTAssertEqual(load("").rendered, ["1:1: error: file is empty; a résumé needs at least 'basics' with a 'name'"])
        XCTAssertEqual(load("# only a comment\n\n").rendered, ["1:1: error: file is empty; a résumé needs at least 'basics' with a 'name'"])
    }

    func testRootThatIsNotAMapping() {
        XCTAssertEqual(load("- basics\n- work\n").rendered, ["1:1: error: expected a mapping for the résumé, found a list"])
        XCTAssertEqual(load("just some words\n").rendered, ["1:1: error: expected a mapping for the résumé, found a scalar"])
    }

    func testDuplicateKeyIsReportedWhereItIsRepeated() {
        let result = load("""
            basics:
              name: Ada
              email: a@example.com
              name: Bo
            """)
        XCTAssertEqual(result.rendered, ["4:3: error: duplicate key 'name'; it is already set at line 2, column 3"])
    }

    func testDuplicateKeyInsideAListItem() {
        let result = load("basics: {name: A}\nwork:\n  - name: X\n    position: P\n    name: Y\n")
        XCTAssertEqual(result.rendered, ["5:5: error: duplicate key 'name'; it is already set at line 3, column 5"])
    }

    func testInvalidUTF8() {
        let bytes = Array("basics:\n  name: Ad".utf8) + [0xC3, 0x28] + Array("a\n".utf8)
        XCTAssertEqual(loadBytes(bytes).rendered, ["2:11: error: invalid UTF-8 (bytes 0xC3); save the file as UTF-8"])
    }

    func testUTF16IsRecognised() {
        XCTAssertEqual(loadBytes([0xFF, 0xFE, 0x62, 0x00]).rendered, ["1:1: error: file is encoded as UTF-16; save it as UTF-8"])
    }

    func testByteOrderMarkIsAWarningAndIgnored() {
        let result = loadBytes([0xEF, 0xBB, 0xBF] + Array("basics:\n  name: Ada\n".utf8))
        XCTAssertEqual(result.rendered, ["1:1: warning: file starts with a UTF-8 byte-order mark; it was ignored"])
        XCTAssertEqual(result.resume?.basics.name, "Ada")
        XCTAssertEqual(result.resume?.sourceMap["basics.name"]?.column, 9)
    }

    func testCRLFIsAWarningAndLocationsStayRight() {
        let result = load("basics:\r\n  name: Ada\r\n  zzzzzz: 1\r\n")
        XCTAssertEqual(result.rendered, [
            "1:8: warning: file uses CRLF (Windows) line endings; they were read as LF",
            "3:3: error: unknown key 'zzzzzz' in basics",
        ])
        XCTAssertFalse(result.source.contains("\r"))
    }

    func testTabsUsedForIndentation() {
        let result = load("basics:\n\tname: Ada\nwork:\n  - name: A\n\t  position: B\n")
        XCTAssertEqual(result.rendered, [
            "2:1: error: tab character used for indentation; YAML indents with spaces",
            "5:1: error: tab character used for indentation; YAML indents with spaces",
        ])
    }

    func testTabInsideAValueIsFine() {
        XCTAssertEqual(load("basics:\n  name:\tAda\n").rendered, [])
    }

    func testYAMLSyntaxErrors() {
        XCTAssertEqual(load("basics:\n  name: \"Ada\n").rendered.first?.hasPrefix("3:1: error: YAML syntax error: found unexpected end of stream"), true)
        let badIndent = load("basics:\n  name: Ada\n label: X\n")
        XCTAssertEqual(badIndent.diagnostics.count, 1)
        XCTAssertEqual(badIndent.diagnostics.first?.location.line, 3)
        XCTAssertTrue(badIndent.diagnostics.first?.message.hasPrefix("YAML syntax error:") ?? false)
        let colon = load("basics:\n  name: Ada\n  summary: Lead: built things\n")
        XCTAssertEqual(colon.rendered.first?.hasSuffix("; a value containing ': ' must be quoted"), true, "\(colon.rendered)")
    }

    func testControlCharacters() {
        XCTAssertEqual(loadBytes(Array("basics:\n  name: A".utf8) + [0x00] + Array("da\n".utf8)).rendered,
                       ["2:10: error: control character U+0000 is not allowed in a YAML file"])
    }

    func testUnknownAndRepeatedSectionsInMeta() {
        XCTAssertEqual(load("basics: {name: A}\nmeta:\n  sections: [educaton, work, {section: work}, {title: X}]\n").rendered, [
            "3:14: error: unknown section 'educaton'; did you mean 'education'?; sections are education, work, projects, awards, researchInterests, teaching, skills, volunteer, publications, certificates, languages, interests, references",
            "3:30: error: section 'work' is listed twice in meta.sections",
            "3:47: error: missing required key 'section' in meta.sections[3]",
        ])
    }

    func testEveryProblemInTheFileIsReportedAtOnce() {
        let result = load("""
            basics:
              nme: Ada
            work:
              - name: Acme
                startDate: 2019-02-30
                highlights: Did it
            skills: [{name: X, levle: expert}]
            """)
        XCTAssertEqual(result.rendered.count, 5, "\(result.rendered)")
        XCTAssertEqual(result.diagnostics.map(\.location.line), [2, 2, 5, 6, 7])
    }

    func testMissingFileAndDirectory() throws {
        let missing = ResumeLoader.load(contentsOf: URL(fileURLWithPath: "/nonexistent/cv.yaml"), displayName: "cv.yaml")
        XCTAssertEqual(missing.rendered, ["1:1: error: cannot read file: no such file"])
        let directory = ResumeLoader.load(contentsOf: URL(fileURLWithPath: NSTemporaryDirectory()), displayName: "tmp")
        XCTAssertEqual(directory.rendered, ["1:1: error: cannot read file: it is a directory, not a YAML file"])
    }
}
