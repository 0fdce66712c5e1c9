import Foundation
import TestSupport
import XCTest

/// `resume lint` with the spelling rule: its findings in the report, one note for a dictionary
/// that is not installed however many files need it, and the cache under XDG_CACHE_HOME.
final class SpellingCommandTests: XCTestCase {
    private let runner = CommandRunner()

    func testFindingsNoteAndCache() throws {
        try RequiredTool.hunspell()
        let folder = try temporaryDirectory(self)
        let work = "work:\n  - name: Acme\n    highlights:\n      - Acheived a 40% cut in serving cost\n" + onlyWorkSections
        try ("basics: {name: Ada Park, email: ada@example.com}\n" + work + "  locale: en-US\n")
            .write(to: folder.appendingPathComponent("en.yaml"), atomically: true, encoding: .utf8)
        for name in ["a", "b"] {
            try ("basics: {name: Ada Park, email: ada@example.com}\n" + work + "  locale: ko\n")
                .write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        }
        let cache = folder.appendingPathComponent("cache")
        let environment: [String: String?] = ["XDG_CACHE_HOME": cache.path, "DICPATH": nil, "NO_COLOR": "1"]

        let english = try runner.run(["lint", "en.yaml"], in: folder, environment: environment)
        XCTAssertTrue(english.stdout.contains("en.yaml:5:9: warning: 'Acheived' — did you mean 'Achieved'"), english.stdout)
        XCTAssertEqual(english.stderr, "", "no note when the dictionary is there")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("resume").path)
        XCTAssertEqual(files.filter { $0.hasPrefix("spelling-en_US-") }.count, 1, "\(files)")

        let again = try runner.run(["lint", "en.yaml"], in: folder, environment: environment)
        XCTAssertEqual(again.stdout, english.stdout, "the cache changes nothing")

        let other = try runner.run(["lint", "a.yaml", "b.yaml"], in: folder, environment: environment)
        XCTAssertEqual(other.status, 0, other.stderr)
        XCTAssertFalse(other.stdout.contains("[spelling]"))
        let notes = other.stderr.split(separator: "\n").filter { $0.contains("spelling was not checked") }
        XCTAssertEqual(notes, ["note: spelling was not checked: no Hunspell dictionary for ko is installed; on Debian: apt-get install libhunspell-1.7-0 hunspell-ko"])
    }
}
