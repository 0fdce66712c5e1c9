import Foundation
import TestSupport
import XCTest
@testable import ResumeKit
@testable import ResumeFit

/// `lint --verify`'s text check: the PDF `render` writes reads back, through pdftotext, as the
/// résumé says — for every example in every built-in theme and for words made of ligatures — and
/// a theme that maps its ligatures to ligature code points fails at exactly the items that have
/// them.
final class TextLayerCheckTests: XCTestCase {
    func testEveryExampleReadsBackInEveryBuiltInTheme() throws {
        try requireTools(xelatex: true)
        for theme in Theme.builtinNames {
            let loaded = try XCTUnwrap(Theme.builtin(named: theme))
            for example in Repository.examples {
                let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: example, displayName: example.lastPathComponent).resume)
                let result = try TextLayerCheck(theme: loaded).check(resume, file: example.lastPathComponent)
                XCTAssertEqual(result.findings.map(\.message), [], "\(example.lastPathComponent) in \(theme)")
                XCTAssertGreaterThan(result.checked, 0)
            }
        }
    }

    func testTwoHundredItemsOfLigatureWordsReadBack() throws {
        try requireTools()
        let (yaml, _) = Self.ligatureCorpus(items: 200)
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "corpus.yaml").resume)
        for theme in Theme.builtinNames {
            let result = try TextLayerCheck(theme: try XCTUnwrap(Theme.builtin(named: theme))).check(resume, file: "corpus.yaml")
            XCTAssertEqual(result.findings.map(\.message), [], theme)
            XCTAssertGreaterThanOrEqual(result.checked, 200)
        }
    }

    func testAThemeWithLigatureCodePointsFailsAtTheItemsThatHaveThem() throws {
        try requireTools()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broken-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tex"), withIntermediateDirectories: true)
        try "name: broken\nextends: classic\ndescription: classic with ligatures mapped to U+FB00–FB04\n"
            .write(to: folder.appendingPathComponent("theme.yaml"), atomically: true, encoding: .utf8)
        let preamble = try String(contentsOf: Repository.root.appendingPathComponent("themes/classic/tex/preamble.mustache"), encoding: .utf8)
        let mapping = #"""
            \pdfgentounicode=1
            \pdfglyphtounicode{ff}{FB00}\pdfglyphtounicode{fi}{FB01}\pdfglyphtounicode{fl}{FB02}
            \pdfglyphtounicode{ffi}{FB03}\pdfglyphtounicode{ffl}{FB04}

            """#
        try (preamble + mapping).write(to: folder.appendingPathComponent("tex/preamble.mustache"), atomically: true, encoding: .utf8)
        let theme = try Theme.resolve(folder.path)

        let (yaml, ligatureItems) = Self.ligatureCorpus(items: 40)
        let loaded = ResumeLoader.load(yaml: yaml, file: "corpus.yaml")
        let resume = try XCTUnwrap(loaded.resume)
        let result = try TextLayerCheck(theme: theme).check(resume, file: "corpus.yaml")
        XCTAssertEqual(result.findings.compactMap(\.path?.description), ligatureItems.map { "projects[0].highlights[\($0)]" })
        XCTAssertEqual(Set(result.findings.map(\.rule)), ["pdf-text"])
        let first = try XCTUnwrap(result.findings.first)
        XCTAssertEqual(first.location.line, resume.sourceMap[first.path?.description ?? ""]?.line)
        XCTAssertTrue(first.message.contains("with the ligature U+FB"), first.message)
    }

    func testDifferencesAreNamed() throws {
        let yaml = """
            basics: {name: Ada Park, email: ada.park@example.com}
            work:
              - name: Acme
                highlights:
                  - Cut the office costs in half
                  - Led the workflow rewrite
                startDate: 2021-03
                endDate: 2023-05
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "cv.yaml").resume)
        let latex = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .tex)
        func messages(_ text: String) -> [String] {
            TextLayerCheck.compare(resume, latex: latex, text: text, file: "cv.yaml").findings.map { "\($0.location.line) \($0.message)" }
        }
        let good = "Ada Park\nada.park@example.com\nWork Experience\nAcme\nMar 2021 – May 2023\nCut the office costs in half\nLed the work-\nflow rewrite\n"
        XCTAssertEqual(messages(good), [])
        XCTAssertEqual(messages(good.replacingOccurrences(of: "office costs", with: "officecosts")), [
            "5 work[0].highlights[0] does not come out of the PDF's text whole: 'office costs' comes out merged as 'officecosts'",
        ])
        XCTAssertEqual(messages(good.replacingOccurrences(of: "office", with: "of fice")), [
            "5 work[0].highlights[0] does not come out of the PDF's text whole: 'office' comes out split as 'of fice'",
        ])
        XCTAssertEqual(messages(good.replacingOccurrences(of: "office", with: "o\u{FB03}ce")), [
            "5 work[0].highlights[0] does not come out of the PDF's text whole: it reads 'o\u{FB03}ce', with the ligature U+FB03 for 'ffi', which a parser does not read as letters",
        ])
        XCTAssertEqual(messages(good.replacingOccurrences(of: "ada.park@example.com", with: "ada.park@exam ple.com")), [
            "1 basics.email does not come out of the PDF's text whole: 'ada.park@example.com' comes out split as 'ada.park@exam ple.com'",
        ])
        XCTAssertEqual(messages(good.replacingOccurrences(of: "May 2023", with: "May2023")), [
            "7 the dates of work[0] does not come out of the PDF's text whole: 'May 2023' comes out merged as 'May2023'",
        ])
        let swapped = "Ada Park\nada.park@example.com\nWork Experience\nAcme\nMar 2021 – May 2023\nLed the workflow rewrite\nCut the office costs in half\n"
        XCTAssertEqual(messages(swapped), [
            "6 work[0].highlights[1] comes out of the PDF's text out of reading order, before work[0].highlights[0]",
        ])
        XCTAssertEqual(messages(good.replacingOccurrences(of: "Led the work-\nflow rewrite\n", with: "")), [
            "6 work[0].highlights[1] is not in the PDF's text: 'Led the workflow rewrite' is not found",
        ])
    }

    // MARK: - Helpers

    private func requireTools(xelatex: Bool = false) throws {
        try RequiredTool.path(of: "pdflatex", installedBy: "texlive-latex-base")
        try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils")
        if xelatex { try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex") }
    }

    /// A résumé of `items` short highlights (one line each, so TeX breaks none of their words),
    /// most of them with words TeX sets with ligatures, and the indices of those.
    static func ligatureCorpus(items: Int) -> (yaml: String, ligatureItems: [Int]) {
        let ligatureWords = [
            "office", "fluent", "affine", "workflow", "ffmpeg", "efficient", "offline", "profiling", "buffer", "traffic",
            "fine-tuned", "difficult", "scaffolding", "official", "effort", "conflict", "filter", "flaky", "sufficient", "shuffle",
        ]
        let plainWords = ["latency", "memory", "parser", "cluster", "storage", "search", "queue", "model", "server", "network"]
        var yaml = "basics: {name: Ada Park}\nprojects:\n  - name: Corpus\n    highlights:\n"
        var ligatureItems: [Int] = []
        for index in 0..<items {
            if index % 4 == 3 {
                let words = (0..<3).map { plainWords[(index + $0 * 3) % plainWords.count] }
                yaml += "      - Tuned the \(words.joined(separator: " and ")) by \(index + 1)%\n"
            } else {
                let words = (0..<3).map { ligatureWords[(index * 3 + $0) % ligatureWords.count] }
                yaml += "      - Made the \(words.joined(separator: ", ")) work \(index + 1)% better\n"
                ligatureItems.append(index)
            }
        }
        return (yaml, ligatureItems)
    }
}
