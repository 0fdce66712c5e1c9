import Foundation
import TestSupport
import XCTest

@testable import ResumeKit

/// The HTML, printed by Chromium, takes as many pages as the PDF, for every example in every
/// built-in theme: its print style keeps TeX's line heights and spacing (see the theme's
/// `style` partial), so a reader who prints the web page gets the résumé they checked. It does
/// with the TeX fonts installed and without them, with only the fonts the page embeds.
final class HTMLPrintTests: XCTestCase {
    /// A page without its fonts, printed where the TeX fonts are installed: the font names find them.
    func testEveryExampleInEveryThemePrintsOnAsManyPagesAsItsPDF() throws {
        try comparePrintedPages(options: RenderOptions(embedsFonts: false), environment: [:])
    }

    /// A page with its fonts, printed where Chromium sees no Latin Modern and no CMU (fontconfig
    /// lists Noto CJK alone, for the Korean example): the embedded subsets set the page. A Russian
    /// résumé, which the PDF sets in CMU, is printed too.
    func testWithOnlyTheFontsThePageEmbedsEveryExamplePrintsOnAsManyPagesAsItsPDF() throws {
        let fcList = try RequiredTool.path(of: "fc-list", installedBy: "fontconfig")
        let folder = try makeTemporaryFolder()
        let config = try Self.fontconfigWithNotoCJKOnly(in: folder, fcList: fcList)
        let environment: [String: String?] = ["FONTCONFIG_FILE": config.path]
        let visible = try ProcessRunner.run(fcList, [":", "family"], environment: environment).stdout
        XCTAssertTrue(visible.contains("Noto Serif CJK KR"), "the Korean example needs its CJK font: \(visible)")
        for family in ["Latin Modern", "LM Roman", "LM Sans", "CMU", "DejaVu"] {
            XCTAssertFalse(visible.contains(family), "\(family) is visible to Chromium:\n\(visible)")
        }
        let russian = try XCTUnwrap(ResumeLoader.load(yaml: HTMLFontTests.russian, file: "ru.yaml").resume)
        try comparePrintedPages(options: RenderOptions(), environment: environment, extra: [("ru", russian)])
    }
}

extension HTMLPrintTests {
    /// Prints every example (and `extra`) in every built-in theme and compares each page count with the PDF's.
    fileprivate func comparePrintedPages(options: RenderOptions, environment: [String: String?], extra: [(String, Resume)] = [])
        throws
    {
        let chromium = try RequiredTool.path(of: "chromium", installedBy: "chromium")
        let pdfinfo = try RequiredTool.path(of: "pdfinfo", installedBy: "poppler-utils")
        try RequiredTool.path(of: "pdflatex")
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let folder = try makeTemporaryFolder()
        var inputs: [(String, Resume)] = try Repository.examples.map { example in
            (example.deletingPathExtension().lastPathComponent, try XCTUnwrap(ResumeLoader.load(contentsOf: example).resume))
        }
        inputs += extra
        var compared: [String] = []
        for (input, resume) in inputs {
            for name in Theme.builtinNames {
                let theme = try XCTUnwrap(Theme.builtin(named: name))
                let renderer = Renderer(theme: theme)
                let stem = "\(name)-\(input)"
                let latex = try renderer.render(
                    resume, as: .tex, options: RenderOptions(pageCount: FitEngine(theme: theme).pageCount(of: resume)))
                let pdfPages = try PDFCompiler(usesLatexmk: false).compile(latex, engine: resume.requiredTeXEngine, jobName: "cv")
                    .pages
                let page = folder.appendingPathComponent("\(stem).html")
                try renderer.render(resume, as: .html, options: options).write(to: page, atomically: true, encoding: .utf8)
                let printed = folder.appendingPathComponent("\(stem).pdf")
                let run = try ChromiumPrint.run(chromium, page: page, to: printed, environment: environment)
                XCTAssertEqual(run.status, 0, "\(stem): \(run.stderr)")
                let info = try ProcessRunner.run(pdfinfo, [printed.path]).stdout
                let htmlPages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
                    Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces))
                }
                XCTAssertEqual(htmlPages, pdfPages, "\(stem): the printed HTML against the PDF")
                compared.append("\(stem) \(pdfPages)")
            }
        }
        XCTAssertEqual(compared.count, inputs.count * Theme.builtinNames.count)
    }

    /// A fontconfig configuration whose only fonts are Noto CJK's (found where the system's
    /// fontconfig has them), with a cache of its own.
    fileprivate static func fontconfigWithNotoCJKOnly(in folder: URL, fcList: String) throws -> URL {
        let files = try ProcessRunner.run(fcList, ["-f", "%{file}\n", ":family=Noto Serif CJK KR"]).stdout
        let directories = Set(
            files.split(separator: "\n").map { URL(fileURLWithPath: String($0)).deletingLastPathComponent().path })
        guard !directories.isEmpty else {
            try RequiredTool.unavailable("fontconfig finds no Noto Serif CJK KR (Debian: fonts-noto-cjk)")
        }
        let config = folder.appendingPathComponent("fonts.conf")
        try """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
        \(directories.sorted().map { "  <dir>\($0)</dir>" }.joined(separator: "\n"))
          <cachedir>\(folder.appendingPathComponent("fontconfig-cache").path)</cachedir>
        </fontconfig>

        """.write(to: config, atomically: true, encoding: .utf8)
        return config
    }
}
