import Foundation
@testable import ResumeKit
import TestSupport
import XCTest
@testable import ResumeRender

/// Pages after the first carry the name and "2 / 2", in the PDF (the total from the fit engine,
/// no second TeX pass) and in the HTML's print (CSS page margin boxes, printed by Chromium).
final class PageFooterTests: XCTestCase {
    func testThePDFFooterNamesTheResumeAndThePageTotalFromPageTwoOn() throws {
        try RequiredTool.path(of: "pdflatex")
        let pdftotext = try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils")
        let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: Repository.example("cv.yaml")).resume)
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let pages = try XCTUnwrap(FitEngine(theme: theme).pageCount(of: resume))
            let latex = try Renderer(theme: theme).render(resume, as: .tex, options: RenderOptions(pageCount: pages))
            XCTAssertTrue(latex.contains("\\thepage\\,/\\,\(pages)}"), name)
            let output = try PDFCompiler(usesLatexmk: false).compile(latex, engine: .pdflatex, jobName: "cv")
            XCTAssertEqual(output.passes, 1, name)
            let folder = try makeTemporaryFolder()
            try output.pdf.write(to: folder.appendingPathComponent("cv.pdf"))
            for page in 1...pages {
                let text = try ProcessRunner.run(
                    pdftotext, ["-f", "\(page)", "-l", "\(page)", "-layout", folder.appendingPathComponent("cv.pdf").path, "-"]).stdout
                let footer = text.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map { $0.trimmingCharacters(in: .whitespaces) }
                if page == 1 {
                    XCTAssertFalse(footer?.hasSuffix("/\(pages)") ?? false, "\(name): no footer on page 1: \(footer ?? "")")
                } else {
                    let compact = footer?.replacingOccurrences(of: " ", with: "")
                    XCTAssertEqual(compact, "TheoVarga-Lindholm\(page)/\(pages)", "\(name) page \(page)")
                }
            }
        }
    }

    /// The HTML footer's name sits in a CSS string: no value can end it, and HTML escaping, which
    /// a style element does not undo, leaves it alone.
    func testTheNameInTheHTMLFooterCannotLeaveItsString() throws {
        let hostile = #"Ada "}</style><script>x</script> \"#
        let escaped = ContextBuilder.cssEscaped(hostile)
        XCTAssertEqual(escaped.unicodeScalars.filter { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " " || $0 == "\\")) }.count, 0)
        XCTAssertTrue(escaped.hasPrefix(#"Ada \000022\00007D\00003C"#), escaped)
        var resume = Resume(basics: Basics(name: hostile))
        resume.meta.sections = []
        let html = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .html)
        let style = try XCTUnwrap(html.range(of: "</style>"))
        XCTAssertFalse(html[..<style.lowerBound].contains("<script"), "the name stays inside the style's CSS string")
        XCTAssertTrue(html.contains(#"content: "Ada \000022\00007D"#), "escaped once, for CSS")
    }

    /// Chromium prints the footer on every page after the first, and not on the first.
    func testTheHTMLPrintCarriesTheFooterFromPageTwoOn() throws {
        let chromium = try RequiredTool.path(of: "chromium", installedBy: "chromium")
        let pdftotext = try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils")
        let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: Repository.example("cv.yaml")).resume)
        let folder = try makeTemporaryFolder()
        let page = folder.appendingPathComponent("cv.html")
        try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .html).write(to: page, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("cv.pdf")
        let printed = try ChromiumPrint.run(chromium, page: page, to: pdf)
        XCTAssertEqual(printed.status, 0, printed.stderr)
        let text = try ProcessRunner.run(pdftotext, ["-layout", pdf.path, "-"]).stdout
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { $0.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) } ?? "" }
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        XCTAssertFalse(pages[0].contains("/"), "no footer on page 1: \(pages[0])")
        XCTAssertEqual(pages[1].replacingOccurrences(of: " ", with: ""), "TheoVarga-Lindholm2/\(pages.filter { !$0.isEmpty }.count)")
    }
}

/// Headless Chromium printing a page to PDF with no header or footer of its own, in a profile
/// folder of its own so that runs never share state.
enum ChromiumPrint {
    static func run(_ chromium: String, page: URL, to pdf: URL, environment: [String: String?] = [:]) throws -> ProcessResult {
        let profile = pdf.deletingLastPathComponent().appendingPathComponent("chromium-profile")
        return try ProcessRunner.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile.path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ], environment: environment, timeout: 120)
    }
}
