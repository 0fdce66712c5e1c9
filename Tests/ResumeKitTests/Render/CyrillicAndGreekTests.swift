import Foundation
@testable import ResumeKit
import TestSupport
import XCTest

/// A résumé with Cyrillic or Greek is set in Computer Modern Unicode, which has them, and its PDF
/// reads back the text exactly; Latin Modern's own Greek capitals need no switch.
final class CyrillicAndGreekTests: XCTestCase {
    private let yaml = """
        basics:
          name: Дмитрий Иванов
          label: Инженер по машинному обучению
          summary: Ελληνικά και русский, «кавычки» — and English.
        work:
          - name: ООО «Пример»
            startDate: 2019-03
            highlights: [Сократил задержку поиска с 800 до 120 мс]
        """

    func testCyrillicAndGreekSwitchTheDocumentToCMU() throws {
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "ru.yaml").resume)
        XCTAssertTrue(resume.setsCyrillicAndGreekInCMU)
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let unsupported = UnsupportedCharacters(resume: resume, theme: theme, file: "ru.yaml", source: yaml)
            XCTAssertEqual(unsupported.characters.map(\.description), [], name)
            XCTAssertEqual(unsupported.fonts.font(for: "Д").name, theme.manifest.paragraph.font.isSerif ? "CMU Serif" : "CMU Sans Serif")
            let latex = try Renderer(theme: theme).render(resume, as: .tex)
            XCTAssertTrue(latex.contains("\\setmainfont{CMU Serif}"), name)
            XCTAssertFalse(latex.contains("\\usepackage{xeCJK}"), "\(name): no xeCJK beside CMU")
        }
        let greekCapitals = try XCTUnwrap(ResumeLoader.load(yaml: "basics: {name: Ħana Ω}\n", file: "cv.yaml").resume)
        XCTAssertFalse(greekCapitals.setsCyrillicAndGreekInCMU, "Latin Modern has Ω")
        let withKorean = try XCTUnwrap(ResumeLoader.load(yaml: "basics: {name: Дмитрий, label: 엔지니어}\n", file: "cv.yaml").resume)
        XCTAssertFalse(withKorean.setsCyrillicAndGreekInCMU, "xeCJK's document keeps Latin Modern")
    }

    func testThePDFReadsBackTheRussianAndGreekText() throws {
        try RequiredTool.path(of: "xelatex", installedBy: "texlive-xetex")
        let pdftotext = try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils")
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "ru.yaml").resume)
        for name in Theme.builtinNames {
            let latex = try Renderer(theme: XCTUnwrap(Theme.builtin(named: name))).render(resume, as: .tex)
            let output = try PDFCompiler(usesLatexmk: false).compile(latex, engine: resume.requiredTeXEngine, jobName: "ru")
            XCTAssertEqual(output.passes, 1, name)
            let folder = try makeTemporaryFolder()
            let pdf = folder.appendingPathComponent("ru.pdf")
            try output.pdf.write(to: pdf)
            let text = try ProcessRunner.run(pdftotext, [pdf.path, "-"]).stdout
            for phrase in ["Дмитрий Иванов", "Ελληνικά και русский, «кавычки»", "ООО «Пример»", "Сократил задержку поиска"] {
                XCTAssertTrue(text.contains(phrase), "\(name): \(phrase) in\n\(text)")
            }
            let fonts = try ProcessRunner.run(try RequiredTool.path(of: "pdffonts", installedBy: "poppler-utils"), [pdf.path]).stdout
            XCTAssertTrue(fonts.contains("CMUS"), "\(name): set in CMU:\n\(fonts)")
        }
    }
}
