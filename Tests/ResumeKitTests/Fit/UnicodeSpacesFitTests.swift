import Foundation
import TestSupport
import XCTest
@testable import ResumeKit
@testable import ResumeFit
@testable import ResumeRender

/// The spaces of Unicode's General Punctuation block that text copied from a word processor holds
/// (`40 %` with a narrow no-break space, `1 200 000` with thin spaces, zero-width spaces, word
/// joiners, en and em spaces) are set as the glue or break they stand for, in every built-in
/// theme: pdfLaTeX agrees with the fit on every item and page, and the PDF reads back as the
/// résumé has it.
final class UnicodeSpacesFitTests: XCTestCase {
    static let spaces: [String] = ["\u{202F}", "\u{2009}", "\u{200B}", "\u{2002}", "\u{2003}", "\u{2060}", "\u{200A}", "\u{2006}", "\u{2005}", "\u{2004}"]

    /// A résumé of 30 highlights of 25 to 45 words, about a third of the words joined to a
    /// number, a percentage or the next word by one of `spaces`.
    static func corpus(seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let words = "reduced latency by serving models with caching across regions while keeping accuracy within budget for customers".split(separator: " ").map(String.init)
        var yaml = "basics:\n  name: Camille Durand\n  label: Ingénieure\nwork:\n"
        for job in 0..<3 {
            yaml += "  - name: Société \(job)\n    position: Ingénieure\n    startDate: \"2020-01\"\n    highlights:\n"
            for _ in 0..<10 {
                let text = (0..<Int.random(in: 25...45, using: &generator)).map { _ -> String in
                    let word = words.randomElement(using: &generator)!
                    switch Int.random(in: 0..<30, using: &generator) {
                    case 0...2: return "\(Int.random(in: 1...99, using: &generator))\u{202F}%"
                    case 3: return "1\u{2009}200\u{2009}000"
                    case 4...9: return word + spaces.randomElement(using: &generator)! + words.randomElement(using: &generator)!
                    default: return word
                    }
                }.joined(separator: " ")
                yaml += "      - \"\(text.prefix(1).uppercased() + text.dropFirst())\"\n"
            }
        }
        return yaml
    }

    func testEverySpaceIsSetAsTheGlueItStandsFor() throws {
        let escaped = LaTeXEscaping.text("40\u{202F}% of 1\u{2009}200 a\u{200B}b c\u{2060}d")
        XCTAssertEqual(escaped, "40\\nobreak\\hspace{0.16667em}\\% of 1\\hspace{0.16667em}200 a\\hspace{0pt}b c\\nobreak{}d")
        for space in Self.spaces {
            XCTAssertFalse(space.unicodeScalars.first!.isSetFromFont, "U+\(String(space.unicodeScalars.first!.value, radix: 16))")
        }
    }

    func testPdfLaTeXAgreesAndThePDFReadsBack() throws {
        try RequiredTool.path(of: "pdflatex", installedBy: "texlive-latex-base")
        try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils")
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: Self.corpus(seed: 2027), file: "spaces.yaml").resume)
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let latex = try Renderer(theme: theme).render(resume, as: .tex)
            for command in ["\\nobreak\\hspace{0.16667em}", "\\hspace{0pt}", "\\hspace{1em}", "\\nobreak{}"] {
                XCTAssertTrue(latex.contains(command), "\(name): \(command)")
            }
            let result = try FitVerifier(engine: FitEngine(theme: theme)).verify(resume)
            XCTAssertEqual(result.itemsMeasured, 30, name)
            XCTAssertEqual(result.diagnostics(file: "spaces.yaml").map(\.message), [], name)
            XCTAssertFalse(result.isApproximate, name)
            let text = try TextLayerCheck(theme: theme).check(resume, file: "spaces.yaml")
            XCTAssertEqual(text.findings.map(\.message), [], name)
        }
    }
}
