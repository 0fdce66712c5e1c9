import Foundation
@testable import ResumeKit
import TestSupport
import XCTest

/// Chinese, Japanese and Korean text is set in the Noto CJK face of its region, in the PDF and
/// the HTML, and spaced as its language is.
final class CJKRegionTests: XCTestCase {
    func testTheLanguageChoosesTheRegionAndTheTextDoesWithoutOne() {
        XCTAssertEqual(CJKRegion(locale: "ja-JP", text: []), .japanese)
        XCTAssertEqual(CJKRegion(locale: "zh", text: []), .simplifiedChinese)
        XCTAssertEqual(CJKRegion(locale: "zh-Hant", text: []), .traditionalChinese)
        XCTAssertEqual(CJKRegion(locale: "zh_TW", text: []), .traditionalChinese)
        XCTAssertEqual(CJKRegion(locale: "zh-Hant-HK", text: []), .hongKong)
        XCTAssertEqual(CJKRegion(locale: "ko", text: ["東京"]), .korean, "the language wins over the text")
        XCTAssertEqual(CJKRegion(locale: "en", text: ["Tokyo 東京", "ひらがな"]), .japanese)
        XCTAssertEqual(CJKRegion(locale: nil, text: ["北京大学"]), .simplifiedChinese)
        XCTAssertEqual(CJKRegion(locale: nil, text: ["서울 大學"]), .korean)
        XCTAssertEqual(CJKRegion(locale: nil, text: ["Ada"]), .korean, "no CJK text: the default face")
    }

    func testTheLaTeXAndTheHTMLNameTheRegionsFaces() throws {
        for (locale, region, spaced) in [("ja", "JP", false), ("zh-CN", "SC", false), ("ko", "KR", true)] {
            let resume = try sample(locale: locale)
            let classic = try XCTUnwrap(Theme.builtin(named: "classic"))
            let latex = try Renderer(theme: classic).render(resume, as: .tex)
            XCTAssertTrue(latex.contains("\\setCJKmainfont{Noto Serif CJK \(region)}"), locale)
            XCTAssertEqual(latex.contains("CJKspace=true"), spaced, "\(locale): only Korean keeps spaces between words")
            let modern = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "modern"))).render(resume, as: .tex)
            XCTAssertTrue(modern.contains("\\setCJKmainfont{Noto Sans CJK \(region)}"), locale)
            let html = try Renderer(theme: classic).render(resume, as: .html)
            XCTAssertTrue(html.contains("<html lang=\"\(locale)\">"), locale)
            XCTAssertTrue(html.contains("  --cjk-fallback: Noto Serif CJK \(region), "), locale)
        }
    }

    /// XeLaTeX finds each regional face and sets the résumé in one pass, with no character lost.
    func testEachRegionCompiles() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        for locale in ["ja", "zh-CN", "zh-TW"] {
            let resume = try sample(locale: locale)
            let latex = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .tex)
            let output = try PDFCompiler(usesLatexmk: false).compile(latex, engine: .xelatex, jobName: "cv")
            XCTAssertEqual(output.passes, 1, locale)
            XCTAssertEqual(output.pages, 1, locale)
        }
    }

    private func sample(locale: String) throws -> Resume {
        let yaml = """
            basics: {name: 佐藤 花子, label: 研究員}
            meta: {locale: \(locale)}
            work:
              - name: 株式会社サンプル
                startDate: 2020-04
                highlights: [自然言語処理モデルの推論を高速化し、応答時間を40%短縮した]
            """
        return try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
    }
}
