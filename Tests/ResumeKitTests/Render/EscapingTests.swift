import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeRender

/// Hostile text in every field must come out as text in every format, and only http, https and
/// mailto URLs may become links.
final class EscapingTests: XCTestCase {
    private func render(_ format: OutputFormat) throws -> String {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        return try Renderer(theme: theme).render(SampleResumes.hostile, as: format)
    }

    func testHTMLEscapesEveryValueAndLinksOnlySafeSchemes() throws {
        let html = try render(.html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains(#"" onmouseover=""#))
        XCTAssertTrue(html.contains("&quot; onmouseover=&quot;x"))
        XCTAssertFalse(html.contains("<b>"))
        for target in Self.matches(of: #"href="([^"]*)""#, in: html) {
            XCTAssertTrue(["http://", "https://", "mailto:"].contains { target.hasPrefix($0) }, "unsafe link \(target)")
        }
        XCTAssertTrue(html.contains("javascript:alert(1)"), "an unsafe URL is still shown as text")
        XCTAssertFalse(html.contains(#"href="javascript"#))
    }

    func testHTMLIsSelfContained() throws {
        let html = try render(.html)
        XCTAssertFalse(html.contains("<link"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("@import"))
        // The only URLs are the embedded fonts' data.
        XCTAssertEqual(Self.matches(of: #"url\((?!data:font/woff2;base64,)"#, in: html).count, 0)
        XCTAssertGreaterThan(Self.matches(of: #"url\(data:font/woff2;base64,"#, in: html).count, 0)
        XCTAssertEqual(Self.matches(of: #"<script"#, in: html).count, 0)
        XCTAssertTrue(html.contains(#"<meta charset="utf-8">"#))
        XCTAssertTrue(html.contains(#"<meta name="viewport""#))
    }

    func testLaTeXEscapesEveryValueAndLinksOnlySafeSchemes() throws {
        let tex = try render(.tex)
        for command in [#"\input{"#, #"\write18"#, "^^5c", #"\catcode"#, "{/etc/passwd}", "--", "''", ",,"] {
            XCTAssertFalse(tex.contains(command), "unescaped \(command) in LaTeX output")
        }
        XCTAssertTrue(tex.contains(#"\textbackslash{}input\{/\allowbreak{}etc/\allowbreak{}passwd\}"#))
        XCTAssertTrue(tex.contains(##"\$\&\#\_\textasciicircum{}\textasciitilde{}\%\{\}"##))
        for target in Self.matches(of: #"\\href\{([^}]*)\}"#, in: tex) {
            XCTAssertTrue(["http:", "https:", "mailto:"].contains { target.hasPrefix($0) }, "unsafe link \(target)")
        }
        XCTAssertTrue(tex.contains("javascript:alert(1)"), "an unsafe URL is still shown as text")
        let controls = tex.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\n" }
        XCTAssertEqual(controls.count, 0, "control characters in LaTeX output")
    }

    func testLaTeXLinkTargetsAreEscapedForHyperref() throws {
        let tex = try render(.tex)
        XCTAssertTrue(
            tex.contains(##"\href{https://example.com/a\_b\~c\%20d\#frag\&x=\%5C\%7By\%7D\%5E}"##),
            "project URL escaped for \\href")
    }

    func testTextKeepsValuesLiteralAndLayoutClean() throws {
        let text = try render(.text)
        XCTAssertTrue(text.contains(#"\input{/etc/passwd} #0"#))
        XCTAssertTrue(text.contains("tab here new line"))
        XCTAssertFalse(text.contains("\t"))
        XCTAssertTrue(text.hasSuffix("\n"))
        XCTAssertFalse(text.hasSuffix("\n\n"))
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            XCTAssertFalse(line.hasSuffix(" "), "trailing space in \(line)")
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, "too wide: \(line)")
        }
    }

    func testLaTeXTextEscaping() {
        XCTAssertEqual(LaTeXEscaping.text(#"a\b"#), #"a\textbackslash{}b"#)
        XCTAssertEqual(LaTeXEscaping.text("{x}"), #"\{x\}"#)
        XCTAssertEqual(LaTeXEscaping.text("$&#_%"), ##"\$\&\#\_\%"##)
        XCTAssertEqual(LaTeXEscaping.text("^~"), #"\textasciicircum{}\textasciitilde{}"#)
        XCTAssertEqual(LaTeXEscaping.text(#""<>|"#), #"\textquotedbl{}\textless{}\textgreater{}\textbar{}"#)
        XCTAssertEqual(LaTeXEscaping.text("1--2---3"), "1-{}-2-{}-{}-3")
        XCTAssertEqual(LaTeXEscaping.text("a-b"), "a-b")
        XCTAssertEqual(LaTeXEscaping.text("O'Brien ''x'' ,,y"), "O'Brien '{}'x'{}' ,{},y")
        XCTAssertEqual(LaTeXEscaping.text("[opt]"), "{[}opt{]}")
        XCTAssertEqual(LaTeXEscaping.text("a\nb\r\n\tc"), "a b c")
        XCTAssertEqual(LaTeXEscaping.text("café Łódź 서울"), "café Łódź 서울")
    }

    func testLaTeXURLEscaping() {
        XCTAssertEqual(LaTeXEscaping.url("https://x.org/a_b?c=1&d=2#top"), ##"https://x.org/a\_b?c=1\&d=2\#top"##)
        XCTAssertEqual(LaTeXEscaping.url("https://x.org/100%"), #"https://x.org/100\%"#)
        XCTAssertEqual(LaTeXEscaping.url("https://x.org/~me"), #"https://x.org/\~me"#)
        XCTAssertEqual(LaTeXEscaping.url(#"https://x.org/{a}\b^c d"#), #"https://x.org/\%7Ba\%7D\%5Cb\%5Ec\%20d"#)
        XCTAssertEqual(LaTeXEscaping.url("https://x.org/é"), #"https://x.org/\%C3\%A9"#)
    }

    func testHTMLEscaping() {
        XCTAssertEqual(HTMLEscaping.text(#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(HTMLEscaping.text("a\u{0}b\u{7}c"), "a b c")
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
            return String(text[Range(group, in: text)!])
        }
    }
}
