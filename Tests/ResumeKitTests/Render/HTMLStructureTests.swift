import Foundation
import TestSupport
import XCTest
@testable import ResumeKit
@testable import ResumeFit

/// The HTML of every built-in theme carries the résumé's text in the structure parsers read:
/// the name as the one top heading, each section title as a heading, highlights as list items,
/// contact details as text (links with readable text), and no text hidden by or kept in CSS.
final class HTMLStructureTests: XCTestCase {
    func testEveryThemeShowsHeadingsListsAndContactsAsMarkupAndHidesNothing() throws {
        for theme in Theme.builtinNames {
            let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: theme)))
            for example in Repository.examples {
                let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: example, displayName: example.lastPathComponent).resume)
                let html = try renderer.render(resume, as: .html)
                let place = "\(example.lastPathComponent) in \(theme)"

                XCTAssertEqual(Self.count("<h1", in: html), 1, place)
                XCTAssertTrue(html.contains("<h1>\(HTMLEscaping.text(resume.basics.name))</h1>"), place)
                for section in resume.placedSections {
                    XCTAssertTrue(html.contains("<h2>\(HTMLEscaping.text(section.title))</h2>"), "\(section.title) is a heading, \(place)")
                }
                for value in resume.proseValues where value.path.contains(".highlights[") {
                    XCTAssertTrue(html.contains("<li>\(HTMLEscaping.text(value.text))</li>"), "\(value.path) is a list item, \(place)")
                }
                XCTAssertEqual(Self.count("<li", in: html), Self.count("</li>", in: html), place)
                XCTAssertGreaterThanOrEqual(Self.count("<ul", in: html), Self.count("<li", in: html) > 0 ? 1 : 0, place)
                if let email = resume.basics.email {
                    XCTAssertTrue(html.contains(">\(HTMLEscaping.text(email))</a>"), "the e-mail address is the link's text, \(place)")
                }
                if let phone = resume.basics.phone {
                    XCTAssertTrue(html.contains(HTMLEscaping.text(phone)), "the phone number is text, \(place)")
                }
                for link in Self.matches(#"<a [^>]*>([^<]*)</a>"#, in: html) {
                    XCTAssertFalse(link.trimmingCharacters(in: .whitespaces).isEmpty, "every link has text, \(place)")
                }
                let css = Self.matches(#"<style>([\s\S]*?)</style>"#, in: html).joined()
                for hiding in ["display: none", "display:none", "visibility: hidden", "visibility:hidden", "font-size: 0", "opacity: 0"] {
                    XCTAssertFalse(css.contains(hiding), "CSS hides nothing (\(hiding)), \(place)")
                }
                // A hanging indent is a few points; text pushed off the page is thousands.
                for indent in Self.matches(#"text-indent:\s*-(\d+)"#, in: css) {
                    XCTAssertLessThan(Int(indent) ?? .max, 100, "no text indented off the page, \(place)")
                }
                // The print's page margins repeat the name (the `h1` has it) beside the page
                // number: furniture, not text of the résumé.
                for content in Self.matches(#"content:\s*"([^"]*)""#, in: Self.withoutPageRules(css)) {
                    XCTAssertFalse(content.contains { $0.isLetter || $0.isNumber }, "CSS adds no words, only separators ('\(content)'), \(place)")
                }
                // Hidden from screen readers only: a contact's decorative picture, beside its text.
                let decorative = #"<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">"#
                XCTAssertFalse(
                    html.replacingOccurrences(of: decorative, with: "").contains("hidden"), "no hidden attribute or class, \(place)")
            }
        }
    }

    /// `css` without its `@page` rules (nested braces and all).
    private static func withoutPageRules(_ css: String) -> String {
        var result = ""
        var rest = css[...]
        while let start = rest.range(of: "@page") {
            result += rest[..<start.lowerBound]
            guard let open = rest[start.upperBound...].firstIndex(of: "{") else { return result }
            var depth = 0
            var index = open
            while index < rest.endIndex {
                if rest[index] == "{" { depth += 1 }
                if rest[index] == "}" { depth -= 1; if depth == 0 { break } }
                index = rest.index(after: index)
            }
            rest = index < rest.endIndex ? rest[rest.index(after: index)...] : ""
        }
        return result + rest
    }

    private static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The first group of each match of `pattern`.
    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
