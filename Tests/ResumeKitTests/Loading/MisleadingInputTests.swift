import Foundation
import XCTest
@testable import ResumeKit

/// Input that would make a diagnostic lie — about where a problem is, or what the file says — is
/// reported as it is: lines counted as an editor counts them, invisible and reordering characters
/// spelled out, and nothing accepted that cannot be meant.
final class MisleadingInputTests: XCTestCase {
    /// libyaml counts U+2028 as a line break; the file's own lines do not.
    func testALineSeparatorInAValueDoesNotMoveLaterLines() {
        let result = load("basics:\n  name: \"Ada\u{2028}Lovelace\"\n  summary: \"x\u{2029}y\"  \n  labl: x\n")
        XCTAssertEqual(result.rendered, ["4:3: error: unknown key 'labl' in basics; did you mean 'label'?"])
        let syntax = load("basics:\n  name: \"Ada\u{2028}Lovelace\"\n  label: [x\n")
        XCTAssertEqual(syntax.rendered, [
            "4:1: error: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 3, column 10)",
        ])
    }

    func testInvisibleAndReorderingCharactersAreSpelledOutInDiagnostics() {
        // YAML's "\e" escape puts a terminal escape in the key without one in the file.
        let result = load("basics:\n  name: Ada\n  high\u{200B}lights: x\n  \"\\e[31mred\": y\n")
        let printed = DiagnosticFormatter().format(result.diagnostics, source: result.source)
        XCTAssertTrue(printed.contains("unknown key 'high<U+200B>lights' in basics"), printed)
        XCTAssertTrue(printed.contains("  high<U+200B>lights: x\n  ^\n"), printed)
        XCTAssertTrue(printed.contains("unknown key '<U+001B>[31mred' in basics"), printed)
        XCTAssertFalse(printed.unicodeScalars.contains("\u{1B}"), "no terminal escape reaches the terminal")
        let file = DiagnosticFormatter().format(
            Diagnostic(.error, at: SourceLocation(file: "cv\u{202E}lmay.yaml", line: 1, column: 1), "x"), source: nil)
        XCTAssertEqual(file, "cv<U+202E>lmay.yaml:1:1: error: x\n")
    }

    func testABidirectionalControlInAnyValueIsAWarning() {
        let result = load("basics:\n  name: \"Ada \u{202E}ecalevoL\"\n  location: {city: \"Z\u{2067}x\u{2069}\"}\n")
        XCTAssertNotNil(result.resume)
        XCTAssertEqual(result.rendered, [
            "2:9: warning: basics.name contains <U+202E> RIGHT-TO-LEFT OVERRIDE, a bidirectional control that changes how the text around it is shown; remove it",
            "3:20: warning: basics.location.city contains <U+2067> RIGHT-TO-LEFT ISOLATE and 1 more, a bidirectional control that changes how the text around it is shown; remove it",
        ])
        XCTAssertEqual(load("basics: {name: \"שרה כהן\", label: مهندس}\n").diagnostics, [], "right-to-left text itself is fine")
    }

    func testAComplexKeyIsNamedByItsKind() {
        let result = load("basics:\n  name: Ada\n  ? [a, b]\n  : c\n")
        XCTAssertEqual(result.rendered, ["3:5: error: a key in basics is a list; keys are plain names such as 'name'"])
    }

    func testThereIsNoYearZero() {
        XCTAssertNil(PartialDate(parsing: "0000-01"))
        XCTAssertNil(PartialDate(parsing: "0000"))
        XCTAssertEqual(PartialDate(parsing: "0001")?.year, 1)
    }

    func testUTF32IsCalledUTF32() {
        XCTAssertEqual(loadBytes([0xFF, 0xFE, 0x00, 0x00, 0x62, 0, 0, 0]).rendered, ["1:1: error: file is encoded as UTF-32; save it as UTF-8"])
        XCTAssertEqual(loadBytes([0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x62]).rendered, ["1:1: error: file is encoded as UTF-32; save it as UTF-8"])
        XCTAssertEqual(loadBytes([0xFF, 0xFE, 0x62, 0x00]).rendered, ["1:1: error: file is encoded as UTF-16; save it as UTF-8"])
    }

    /// A file that claims to be empty and never ends is read only up to the size limit.
    func testAnEndlessFileIsReadOnlyToTheLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-endless-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("cv.yaml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/proc/self/pagemap")
        let result = ResumeLoader.load(contentsOf: link, displayName: "cv.yaml")
        XCTAssertEqual(result.rendered, ["1:1: error: file is larger than a résumé can be (at most 4 MB)"])

        let configuration = folder.appendingPathComponent(LintConfiguration.fileName)
        try FileManager.default.createSymbolicLink(atPath: configuration.path, withDestinationPath: "/proc/self/pagemap")
        XCTAssertThrowsError(try LintConfiguration.load(contentsOf: configuration)) { error in
            XCTAssertEqual((error as? ConfigurationProblems)?.diagnostics.map(\.message), [
                "cannot read the lint configuration: it is larger than 256 KB, more than any configuration needs",
            ])
        }
    }

    /// JSON allows escaped surrogate pairs (Python writes emoji so), which YAML does not: a JSON
    /// résumé loads them, and later columns on the line stay the file's.
    func testAJSONResumeMayEscapeSurrogatePairs() {
        let result = load(#"{"basics": {"name": "Ada \ud83d\ude00 Park", "labl": "x"}}"# + "\n")
        // A JSON Resume document's unknown key is a warning (it loads as `resume import` reads it).
        XCTAssertEqual(result.rendered, ["1:46: warning: basics: 'labl' kept out; the résumé format has no place for it; did you mean 'label'?"])
        let loaded = load(#"{"basics": {"name": "Ada \ud83d\ude00 Park"}}"#)
        XCTAssertEqual(loaded.resume?.basics.name, "Ada 😀 Park")
        let lone = load(#"{"basics": {"name": "Ada \ud83d Park"}}"#)
        XCTAssertEqual(lone.rendered, ["1:26: warning: lone UTF-16 surrogate '\\uD83D' is not a character; imported as U+FFFD"])
    }
}
