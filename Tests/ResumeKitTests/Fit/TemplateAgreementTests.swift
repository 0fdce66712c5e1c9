import XCTest
@testable import ResumeKit
@testable import ResumeFit
@testable import TeXTypesetting

/// The values the fit engine reads from the theme manifest (and the TeX defaults it assumes) are
/// the ones the theme's LaTeX really sets: compiled, and each read back from TeX.
final class TemplateAgreementTests: XCTestCase {
    func testEveryBuiltinThemeSetsWhatTheFitEngineAssumes() throws {
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let layout = DocumentLayout(manifest: theme.manifest)
            let body = layout.paragraphs.text("x").style.parameters
            let expected: [String: String] = [
                "textwidth": PageBuilderTests.printScaled(layout.paragraphs.textWidth) + "pt",
                "textheight": PageBuilderTests.printScaled(layout.textHeight) + "pt",
                "topskip": PageBuilderTests.printScaled(layout.topSkip) + "pt",
                "maxdepth": PageBuilderTests.printScaled(layout.maxDepth) + "pt",
                "baselineskip": PageBuilderTests.printScaled(TeXLength.scaledPoints(theme.manifest.layout[.baselineSkip])) + "pt",
                "pretolerance": String(body.pretolerance),
                "tolerance": String(body.tolerance),
                "emergencystretch": PageBuilderTests.printScaled(body.emergencyStretch) + "pt",
                "linepenalty": String(body.linePenalty),
                "adjdemerits": String(body.adjDemerits),
                "doublehyphendemerits": String(body.doubleHyphenDemerits),
                "finalhyphendemerits": String(body.finalHyphenDemerits),
                "clubpenalty": String(layout.penalties.club),
                "widowpenalty": String(layout.penalties.widow),
                "brokenpenalty": String(layout.penalties.broken),
                "interlinepenalty": String(layout.penalties.interline),
                "parskip": "0.0pt",
                "parindent": "0.0pt",
                "lineskip": "1.0pt",
                "lineskiplimit": "0.0pt",
            ]
            var resume = Resume(basics: Basics(name: "Ada"))
            resume.basics.summary = "Probe."
            var latex = try Renderer(theme: theme).render(resume, as: .tex)
            var probe = expected.keys.sorted().map { "\\typeout{VALUE:\($0):\\the\\\($0)}" }.joined()
            probe += "\\typeout{VALUE:font:\\fontname\\font}"
            latex = latex.replacingOccurrences(of: "\\end{document}", with: probe + "\\end{document}")
            let output = try TeXRunner(engine: .pdflatex).compile(latex)
            guard output.assertSucceeded() else { return }
            let actual = TeXRunner.typeoutValues(in: output.log, key: "VALUE")
            // TeX reported every value asked for: none is taken as agreeing unread.
            XCTAssertEqual(Set(actual.keys), Set(expected.keys).union(["font"]), "\(name): the values TeX reported")
            for (key, value) in expected {
                XCTAssertEqual(actual[key], value, "\(name): \\\(key)")
            }
            // The body font: the TFM TeX loaded (`ec-lmss10`, or `ec-lmr10 at 10.95pt`) is the one the
            // fit engine measures the theme's text with.
            let text = layout.paragraphs.text("x").style.font
            let font = try XCTUnwrap(
                LatinModern.font(family: text.family, series: text.series, shape: text.shape, size: text.size), "\(name): the body font")
            let loaded = try XCTUnwrap(actual["font"], "\(name): TeX reported no \\fontname\\font")
            XCTAssertEqual(loaded.split(separator: " ").first.map(String.init), font.name, "\(name): \\fontname\\font")
        }
    }
}
