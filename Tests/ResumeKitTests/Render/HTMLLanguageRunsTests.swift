import Foundation
@testable import ResumeKit
@testable import ResumeRender
import TestSupport
import XCTest

/// A run of Chinese, Japanese or Korean text in another language than the page's carries its own
/// `lang` in the HTML, so browsers draw its Han characters as that language does.
final class HTMLLanguageRunsTests: XCTestCase {
    private func marked(_ html: String, in language: String) -> String {
        HTMLEscaping.markingForeignRuns(in: html, documentLanguage: language)
    }

    func testARunInAnotherLanguageIsMarkedWithIt() {
        XCTAssertEqual(marked("<p>Kim Min-su (김민수)</p>", in: "en"), "<p>Kim Min-su (<span lang=\"ko\">김민수</span>)</p>")
        XCTAssertEqual(marked("<p>at トヨタ自動車</p>", in: "en-GB"), "<p>at <span lang=\"ja\">トヨタ自動車</span></p>")
        XCTAssertEqual(marked("<p>安永 Fabernovel</p>", in: "en"), "<p><span lang=\"zh-Hans\">安永</span> Fabernovel</p>")
        // Words of one language separated by spaces are one run; the spaces around it stay outside.
        XCTAssertEqual(marked("<p>Kim, 김 민수 , Seoul</p>", in: "en"), "<p>Kim, <span lang=\"ko\">김 민수</span> , Seoul</p>")
        // Words of two languages are two runs; Han beside kana is Japanese.
        XCTAssertEqual(
            marked("<p>김민수 安永 トヨタ 東京</p>", in: "en"),
            "<p><span lang=\"ko\">김민수</span> <span lang=\"ja\">安永 トヨタ 東京</span></p>")
        // Full-width punctuation belongs to the run it is in; alone it has no language.
        XCTAssertEqual(marked("<p>「東京」</p>", in: "ko"), "<p><span lang=\"zh-Hans\">「東京」</span></p>")
        XCTAssertEqual(marked("<p>A、B</p>", in: "en"), "<p>A、B</p>")
    }

    func testTextInThePagesOwnLanguageIsLeftAlone() {
        XCTAssertEqual(marked("<p>윤서하, 머신러닝 엔지니어</p>", in: "ko"), "<p>윤서하, 머신러닝 엔지니어</p>")
        XCTAssertEqual(marked("<p>佐藤 花子、株式会社サンプル</p>", in: "ja-JP"), "<p>佐藤 花子、株式会社サンプル</p>")
        XCTAssertEqual(marked("<p>北京大学</p>", in: "zh-Hant-TW"), "<p>北京大学</p>", "Han alone reads as the page's Chinese")
        // Han alone in a Korean page is Chinese (Korean is written in Hangul); kana in a Chinese page is Japanese.
        XCTAssertEqual(marked("<p>삼성 中国</p>", in: "ko"), "<p>삼성 <span lang=\"zh-Hans\">中国</span></p>")
        XCTAssertEqual(marked("<p>北京 ソニー</p>", in: "zh-CN"), "<p>北京 <span lang=\"ja\">ソニー</span></p>")
        let latin = "<p>Zoë &amp; José — naïve</p>"
        XCTAssertEqual(marked(latin, in: "en"), latin)
    }

    func testOnlyTextBetweenTagsIsMarked() {
        let page = """
            <html lang="en"><head><title>김민수</title><style>h1 > span::after { content: "김"; }</style>
            <!-- 김민수 > note --><script>let a = "東京" > 1</script></head>
            <body><a href="https://example.com/김" title="김민수">김민수</a></body></html>
            """
        let expected = """
            <html lang="en"><head><title>김민수</title><style>h1 > span::after { content: "김"; }</style>
            <!-- 김민수 > note --><script>let a = "東京" > 1</script></head>
            <body><a href="https://example.com/김" title="김민수"><span lang="ko">김민수</span></a></body></html>
            """
        XCTAssertEqual(marked(page, in: "en"), expected)
    }

    func testARenderedPageCarriesTheResumesLanguageAndMarksTheOthers() throws {
        let yaml = """
            meta: {locale: en-US}
            basics: {name: Kim Min-su (김민수), label: Engineer}
            work:
              - name: 安永 Fabernovel
                startDate: 2020-04
                highlights: [Localised the app for トヨタ]
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        for name in Theme.builtinNames {
            let html = try Renderer(theme: XCTUnwrap(Theme.builtin(named: name))).render(
                resume, as: .html, options: RenderOptions(embedsFonts: false))
            XCTAssertTrue(html.contains("<html lang=\"en-US\">"), name)
            XCTAssertTrue(html.contains("<title>Kim Min-su (김민수) – Engineer</title>"), "\(name): the title is text, unmarked")
            XCTAssertTrue(html.contains("(<span lang=\"ko\">김민수</span>)"), name)
            XCTAssertTrue(html.contains("<span lang=\"zh-Hans\">安永</span> Fabernovel"), name)
            XCTAssertTrue(html.contains("for <span lang=\"ja\">トヨタ</span>"), name)
        }
        // The same résumé read in Korean (`--lang ko`): its page is Korean, and the Hangul is its own.
        let korean = try XCTUnwrap(
            ResumeLoader.load(yaml: yaml, file: "cv.yaml", options: LoadOptions(language: "ko")).resume)
        let html = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "modern"))).render(
            korean, as: .html, options: RenderOptions(embedsFonts: false))
        XCTAssertTrue(html.contains("<html lang=\"ko\">"))
        XCTAssertTrue(html.contains("(김민수)"))
        XCTAssertFalse(html.contains("<span lang=\"ko\">"))
    }
}
