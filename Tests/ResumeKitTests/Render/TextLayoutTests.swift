import XCTest

@testable import Mustache
@testable import ResumeKit
@testable import ResumeRender

/// The text layout pass: wrapping by display width, hanging bullets, right-aligned parts, underlines.
final class TextLayoutTests: XCTestCase {
    /// A value as the text content type escapes it, located as the rendering locates it.
    private func value(_ text: String) -> RenderedText {
        let escaped = TextContentType().text(text)
        return RenderedText(text: escaped, values: [0..<escaped.utf8.count])
    }

    /// A prose value's paragraphs each start a line under the text of the one before, and a value
    /// may hold any character, the private-use ones included: where values begin comes from the
    /// rendering, not from characters in the text.
    func testParagraphsOfAValueStartLinesAndAnyCharacterIsContent() throws {
        let library = TemplateLibrary(
            templates: ["t": try Template("  • {{summary}}\n{{plain}}\n")], escaping: TextContentType(), locatesValues: true)
        let context: TemplateValue = [
            "summary": .measured("First paragraph here\n\nSecond one", mark: 0),
            "plain": "\u{E000}\u{E001}x\u{E003}y\u{E002}",
        ]
        let rendered = try XCTUnwrap(library.renderMarked(context, withTemplate: "t"))
        XCTAssertEqual(rendered.values.count, 2)
        XCTAssertEqual(rendered.paragraphStarts.count, 1)
        XCTAssertEqual(
            TextLayout(width: 40).layout(rendered),
            "  • First paragraph here\n    Second one\n\u{E000}\u{E001}x\u{E003}y\u{E002}\n")
    }

    func testKoreanWrapsAtFortyColumnsCountingTwoPerSyllable() {
        let text = "  • " + value("검색 랭킹 서비스의 응답 지연을 800ms에서 120ms로 줄였습니다 (일 5억 건 처리)")
        let lines = TextLayout(width: 40).layout(text).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "  • 검색 랭킹 서비스의 응답 지연을",
            "    800ms에서 120ms로 줄였습니다 (일 5억",
            "    건 처리)",
        ])
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 40) }
        XCTAssertEqual(DisplayWidth.of(lines[1]), 40)
    }

    func testEnglishBulletWrapsAtEightyWithHangingIndent() {
        let text = "  • " + value(String(repeating: "word ", count: 30))
        let lines = TextLayout(width: 80).layout(text).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0], "  • " + Array(repeating: "word", count: 15).joined(separator: " "))
        XCTAssertTrue(lines[1].hasPrefix("    word"))
        XCTAssertLessThanOrEqual(lines[0].count, 80)
    }

    func testRightAlignedDatesEndAtTheWidth() {
        let text = value("네이버") + "\t" + value("Mar 2020 – Present") + "\n" + value("Acme") + "\t" + value("2019")
        let lines = TextLayout(width: 40).layout(text).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, [
            "네이버" + String(repeating: " ", count: 40 - 6 - 18) + "Mar 2020 – Present",
            "Acme" + String(repeating: " ", count: 32) + "2019",
        ])
        XCTAssertEqual(lines.map { DisplayWidth.of($0) }, [40, 40])
    }

    func testLongLeftPartWrapsBesideTheRightPart() {
        let title = "Distributed Systems Research Group at the University of Somewhere Far Away"
        let lines = TextLayout(width: 40).layout(value(title) + "\t" + value("2019 – 2021")).split(separator: "\n")
        XCTAssertTrue(lines[0].hasSuffix(" 2019 – 2021"))
        XCTAssertEqual(DisplayWidth.of(lines[0]), 40)
        XCTAssertTrue(lines.dropFirst().allSatisfy { DisplayWidth.of($0) <= 40 - 11 - 2 })
    }

    func testUnderlineMatchesTheLineAboveIncludingWideCharacters() {
        let output = TextLayout(width: 80).layout(value("학력") + "\n-\n" + value("Jane Doe") + "\n=")
        XCTAssertEqual(output, "학력\n----\nJane Doe\n========\n")
    }

    func testValuesCannotFormLayoutDirectives() {
        let output = TextLayout(width: 30).layout(value("Title") + "\n" + value("=====") + "\n" + value("a\tb"))
        XCTAssertEqual(output, "Title\n=====\na b\n")
        let bullet = TextLayout(width: 12).layout(value("- one two three four"))
        XCTAssertEqual(bullet, "- one two\nthree four\n", "a value's dash is not a bullet")
    }

    func testOverlongWordsBreakAndBlankLinesCollapse() {
        let output = TextLayout(width: 10).layout("\n\n" + value("abcdefghijklmnop") + "\n\n\n" + value("x") + "  \n\n")
        XCTAssertEqual(output, "abcdefghij\nklmnop\n\nx\n")
    }

    /// An address is copied whole by a reader: it is never broken, even when wider than the line,
    /// and starts a line of its own rather than being split after other words.
    func testAddressesAreNeverBroken() {
        let url = "https://example.com/a/very/long/path/to/a/project"
        let output = TextLayout(width: 30).layout(value("Code at " + url + " and more"))
        XCTAssertEqual(output, "Code at\n\(url)\nand more\n")
        let shown = TextLayout(width: 20).layout(value("see github.com/ada-park/tokenizer-benchmarks"))
        XCTAssertEqual(shown, "see\ngithub.com/ada-park/tokenizer-benchmarks\n")
        let mail = TextLayout(width: 12).layout(value("ada.park@example.com"))
        XCTAssertEqual(mail, "ada.park@example.com\n")
        XCTAssertFalse(TextLayout.isAddress("CI/CD"))
        XCTAssertFalse(TextLayout.isAddress("v2.3"))
    }

    /// A bullet keeps its text: a long word or a run of CJK text with no space starts beside it.
    func testABulletIsNeverAloneOnItsLine() {
        let cjk = TextLayout(width: 20).layout("  • " + value("自然言語処理パイプラインの応答時間を短縮"))
        XCTAssertEqual(cjk, "  • 自然言語処理パイ\n    プラインの応答時\n    間を短縮\n")
        let link = TextLayout(width: 20).layout("  • " + value("https://example.com/long/path"))
        XCTAssertEqual(link, "  • https://example.com/long/path\n")
        for line in cjk.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 20) }
    }

    func testKoreanResumeFitsWidthsFortyAndEighty() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        for width in [40, 80] {
            let text = try Renderer(theme: theme).render(SampleResumes.korean, as: .text, options: RenderOptions(width: width))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            for line in lines {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "width \(width): \(line)")
            }
            let dated = try XCTUnwrap(lines.first { $0.hasPrefix("네이버") })
            XCTAssertTrue(dated.hasSuffix("2020.03 – 현재"), "the Korean sample's dates are written the Korean way")
            XCTAssertEqual(DisplayWidth.of(dated), width, "dates end at the right edge")
            let continued = lines.drop { !$0.hasPrefix("  • 검색") }.dropFirst().first
            if width == 40 { XCTAssertEqual(continued.map { String($0.prefix(4)) }, "    ", "wrapped bullet text is indented") }
        }
    }
}

/// Template text and values one after the other.
private func + (first: RenderedText, second: RenderedText) -> RenderedText {
    var joined = first
    joined.append(second)
    return joined
}

private func + (template: String, value: RenderedText) -> RenderedText {
    RenderedText(template) + value
}

private func + (value: RenderedText, template: String) -> RenderedText {
    value + RenderedText(template)
}
