import Foundation
import TestSupport
import XCTest
@testable import ResumeKit

/// Input built to exhaust time or memory is refused quickly with a located error.
final class HostileInputTests: XCTestCase {
    func testAnAliasRepeatingALongTextIsRefusedOnceItsTextPassesTheLimit() throws {
        let long = String(repeating: "x", count: 1 << 20)
        let yaml = "basics: {name: Ada, summary: &s \"\(long)\"}\nskills:\n  - name: X\n    keywords: [" + Array(repeating: "*s", count: 200).joined(separator: ",") + "]\n"
        let result = try withDeadline(20, "loading 200 aliases of a 1 MB text") { load(yaml) }
        XCTAssertNil(result.resume)
        XCTAssertEqual(result.rendered.filter { $0.contains("adds up to") }, [
            "1:30: error: the résumé's text adds up to more than 64 MB here; an alias (*name) repeating a long value is the usual cause",
        ])
    }

    func testAnAliasRepeatingNestedListsStopsAtTheFirstWrongType() throws {
        var lines = ["basics: {name: Ada}", "skills:", "  - name: x0", "    keywords: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<10 {
            lines.append("  - name: x\(level)")
            lines.append("    keywords: &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let result = try withDeadline(20, "loading nine levels of aliased lists") { load(lines.joined(separator: "\n")) }
        XCTAssertNil(result.resume)
        XCTAssertEqual(result.diagnostics.count, 81, "9 wrong items in each of the 9 aliased lists")
        XCTAssertEqual(result.rendered.first, "4:15: error: expected a string for skills[1].keywords[0], found a list")
    }

    func testVeryDeepNestingIsRefusedWithAPlainMessage() {
        let result = load("basics: {name: Ada}\nx: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000))
        XCTAssertEqual(result.rendered, [
            "2:5: error: YAML nesting is deeper than a résumé can be (more than 1000 levels of lists or mappings)",
        ])
    }

    func testALinkThatCanRunCodeIsKeptAsTextWithAWarning() throws {
        let result = load("""
            basics:
              name: Ada
              url: "javascript:alert(1)"
              profiles:
                - {network: X, url: "JaVa\\tScRiPt:alert(1)"}
            projects:
              - {name: P, url: "data:text/html,<script>alert(1)</script>"}
            work:
              - {name: W, url: "https://example.com/a:b"}
            """)
        XCTAssertEqual(result.rendered, [
            "3:8: warning: basics.url 'javascript:alert(1)' is shown as text, never linked: 'javascript:' links can run code or open local files; use an http or https address",
            "5:25: warning: basics.profiles[0].url 'JaVa\tScRiPt:alert(1)' is shown as text, never linked: 'javascript:' links can run code or open local files; use an http or https address",
            "7:20: warning: projects[0].url 'data:text/html,<script>alert(1)</script>' is shown as text, never linked: 'data:' links can run code or open local files; use an http or https address",
        ])
        XCTAssertEqual(try XCTUnwrap(result.resume).basics.url, "javascript:alert(1)", "kept, so nothing is silently dropped")
    }
}
