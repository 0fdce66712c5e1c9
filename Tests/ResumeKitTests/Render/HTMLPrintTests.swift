import Foundation
@testable import ResumeKit
import TestSupport
import XCTest

/// The HTML, printed by Chromium, takes as many pages as the PDF, for every example in every
/// built-in theme: its print style keeps TeX's line heights and spacing (see the theme's
/// `style` partial), so a reader who prints the web page gets the résumé they checked.
final class HTMLPrintTests: XCTestCase {
    func testEveryExampleInEveryThemePrintsOnAsManyPagesAsItsPDF() throws {
        let chromium = try RequiredTool.path(of: "chromium", installedBy: "chromium")
        let pdfinfo = try RequiredTool.path(of: "pdfinfo", installedBy: "poppler-utils")
        try RequiredTool.path(of: "pdflatex")
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let folder = try makeTemporaryFolder()
        var compared: [String] = []
        for example in Repository.examples {
            let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: example).resume)
            for name in Theme.builtinNames {
                let theme = try XCTUnwrap(Theme.builtin(named: name))
                let renderer = Renderer(theme: theme)
                let stem = "\(name)-\(example.deletingPathExtension().lastPathComponent)"
                let latex = try renderer.render(resume, as: .tex, options: RenderOptions(pageCount: FitEngine(theme: theme).pageCount(of: resume)))
                let pdfPages = try PDFCompiler(usesLatexmk: false).compile(latex, engine: resume.requiredTeXEngine, jobName: "cv").pages
                let page = folder.appendingPathComponent("\(stem).html")
                try renderer.render(resume, as: .html).write(to: page, atomically: true, encoding: .utf8)
                let printed = folder.appendingPathComponent("\(stem).pdf")
                let run = try ChromiumPrint.run(chromium, page: page, to: printed)
                XCTAssertEqual(run.status, 0, "\(stem): \(run.stderr)")
                let info = try ProcessRunner.run(pdfinfo, [printed.path]).stdout
                let htmlPages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
                XCTAssertEqual(htmlPages, pdfPages, "\(stem): the printed HTML against the PDF")
                compared.append("\(stem) \(pdfPages)")
            }
        }
        XCTAssertEqual(compared.count, Repository.examples.count * Theme.builtinNames.count)
    }
}
