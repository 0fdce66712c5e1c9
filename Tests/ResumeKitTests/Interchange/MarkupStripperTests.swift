import XCTest
@testable import ResumeKit
@testable import ResumeLoading

/// HTML and Markdown to plain text, and what is left alone.
final class MarkupStripperTests: XCTestCase {
    let summary = MarkupStripper(keepsLines: true)
    let item = MarkupStripper(keepsLines: false)

    func testHTMLBecomesPlainText() {
        XCTAssertEqual(
            summary.plainText("<p>Built <b>fast</b> tools.</p>\n<ul><li>One</li><li>Two &amp; three</li></ul>"),
            .init(text: "Built fast tools.\nOne\nTwo & three", removed: ["<p>", "<b>", "<ul>", "<li>", "&amp;"]))
        XCTAssertEqual(
            item.plainText("Led <a href=\"https://x.example\">the team</a><br/>of 4 &mdash; shipped in 3&nbsp;weeks"),
            .init(text: "Led the team of 4 — shipped in 3 weeks", removed: ["<a>", "<br>", "&mdash;", "&nbsp;"]))
        XCTAssertEqual(item.plainText("Caf&#233; &#x1F600; <!-- note -->app"),
                       .init(text: "Café 😀 app", removed: ["&#233;", "&#x1F600;", "<!--…-->"]))
    }

    func testMarkdownBecomesPlainText() {
        XCTAssertEqual(item.plainText("**Bold** and __strong__, *em* and _it_, `code`, ~~old~~"),
                       .init(text: "Bold and strong, em and it, code, old", removed: ["**…**", "__…__", "~~…~~", "`…`", "*…*", "_…_"]))
        XCTAssertEqual(item.plainText("See [the paper](https://x.example/p) and ![logo](logo.png)"),
                       .init(text: "See the paper and logo", removed: ["[…](…)", "![…](…)"]))
        XCTAssertEqual(summary.plainText("## About\nData engineer"), .init(text: "About\nData engineer", removed: ["# heading"]))
    }

    func testTextThatOnlyLooksLikeMarkupIsLeftAlone() {
        for text in [
            "Vec<String> and Option<T>", "x < y and y > z", "R&D and AT&T", "snake_case_name", "5 * 3 * 2",
            "*nix and C++", "#1 in the ranking", "C# and F#", "2 * x", "a_b and c_d", "[1] citation", "50% of [x]",
            "Fish & Chips;", "email me@example.com", "3 < 5 > 2",
        ] {
            XCTAssertNil(item.plainText(text), text)
            XCTAssertNil(summary.plainText(text), text)
        }
    }
}
