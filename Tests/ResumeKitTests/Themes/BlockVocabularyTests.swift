import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeThemes
@testable import ResumeFit
@testable import TeXTypesetting

/// The block vocabulary is declared once: the LaTeX `resume` generates defines every block with
/// the arguments the table gives, the fit engine reads the same table, and what templates may
/// write inside a block is what the engine sets exactly.
final class BlockVocabularyTests: XCTestCase {
    /// Every look a theme can choose, with each entry style and font.
    private var manifests: [ThemeManifest] {
        let classic = Theme.builtin(named: "classic")!.manifest
        var manifests: [ThemeManifest] = []
        for header in BlockLook.HeaderAlignment.allCases {
            for details in BlockLook.HeaderDetails.allCases {
                for heading in BlockLook.HeadingShape.allCases {
                    for entry in EntryStyle.allCases {
                        for font in ParagraphSettings.FontFamily.allCases {
                            var manifest = classic
                            manifest.blocks = BlockLook(
                                header: header, headerDetails: details, heading: heading,
                                rule: details == .muted ? .light : .accent, bullet: details == .muted ? .accent : .text)
                            manifest.entryStyle = entry
                            manifest.paragraph.font = font
                            manifests.append(manifest)
                        }
                    }
                }
            }
        }
        return manifests
    }

    func testEveryBlockIsDefinedWithTheArgumentsTheTableGives() {
        for manifest in manifests {
            let partials = BlockMacros(manifest: manifest).partials
            let latex = partials.values.joined()
            for block in Block.allCases {
                let arity = block.arguments.isEmpty ? "" : "[\(block.arguments.count)]"
                let definitions = ["\\newcommand\\\(block.rawValue)\(arity){", "\\newcommand*\\\(block.rawValue)\(arity){"]
                XCTAssertTrue(definitions.contains { latex.contains($0) }, "\(block.rawValue) in \(manifest.blocks)")
            }
            // Every template that defines them compiles as Mustache, each generated partial once.
            for (name, text) in partials { XCTAssertNoThrow(try Template(text), name) }
            XCTAssertEqual(Set(partials.keys), Set(BlockMacros.partialNames))
        }
    }

    /// The generated LaTeX uses only control sequences it defines or TeX and LaTeX have: no
    /// `\cv…` it does not define.
    func testTheGeneratedLaTeXUsesOnlyTheMacrosItDefines() {
        for manifest in manifests {
            let latex = BlockMacros(manifest: manifest).partials.values.joined()
            let used = Set(TeXTemplateCheck.commands(in: latex).map(\.name).filter { $0.hasPrefix("cv") })
            var defined: Set<String> = []
            for command in TeXTemplateCheck.commands(in: latex) where TeXTemplateCheck.definitions.contains(command.name) {
                if let name = command.next { defined.insert(name) }
            }
            // `\newif\ifcvkeep` defines \cvkeeptrue and \cvkeepfalse too.
            for flag in defined where flag.hasPrefix("ifcv") {
                defined.formUnion([String(flag.dropFirst(2)) + "true", String(flag.dropFirst(2)) + "false"])
            }
            XCTAssertEqual(used.subtracting(defined), [], "\(manifest.blocks)")
        }
    }

    /// The commands a template may write inside a block are the ones the fit engine sets exactly:
    /// none of them makes a paragraph approximate.
    func testTheCommandsTemplatesMayUseInsideABlockAreMeasuredExactly() {
        let paragraphs = BlockParagraphs(manifest: Theme.builtin(named: "classic")!.manifest)
        let setter = ParagraphSetter()
        let arguments: [String: String] = [
            "href": "{https://example.com}{x}", "color": "{muted}", "hspace": "{1em}", "fontsize": "{9pt}{11pt}",
        ]
        for command in TeXTemplateCheck.inline.sorted() {
            let latex = "a \\\(command)\(arguments[command] ?? "{x}") b"
            let set = setter.set(paragraphs.text(latex).latex, style: paragraphs.text(latex).style)
            XCTAssertFalse(set.isApproximate, "\\\(command) is not measured exactly")
        }
    }

    /// The fit engine lays out exactly the blocks of the table that stand between other blocks.
    func testTheFitEngineReadsTheSameTable() {
        XCTAssertEqual(
            Set(DocumentLayout.arity.keys), Set(Block.allCases.filter { $0.role != .inline }.map(\.rawValue)))
        for block in Block.allCases where block.role != .inline {
            XCTAssertEqual(DocumentLayout.arity[block.rawValue], block.arguments.count, block.rawValue)
        }
    }
}

/// Contact icons, a theme's choice: pictures before the e-mail, phone and website in the PDF and
/// the HTML, the text as it was in plain text and for every other contact.
final class ContactIconTests: XCTestCase {
    func testIconsAreAThemesChoiceWithTheTextKept() throws {
        var resume = Resume(basics: Basics(name: "Ada Park", email: "ada@example.com"))
        resume.basics.phone = "+41 44 555 01 10"
        resume.basics.url = "https://ada.example.com"
        resume.basics.profiles = [Profile(network: "GitHub", username: "ada")]
        let modern = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "modern")))
        let classic = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "classic")))
        let latex = try modern.render(resume, as: .tex)
        XCTAssertTrue(latex.contains(#"\cvcontact{\cvicon{66}\href{mailto:ada@example.com}{ada@example.com}}"#), latex)
        XCTAssertTrue(latex.contains(#"\cvcontact{\cvicon{84}+41 44 555 01 10}"#), latex)
        XCTAssertTrue(latex.contains(#"\cvcontact{\href{https://github.com/ada}{GitHub: ada}}"#) || latex.contains(#"\cvcontact{GitHub: ada}"#), latex)
        XCTAssertFalse(try classic.render(resume, as: .tex).contains(#"\cvcontact{\cvicon"#))
        let html = try modern.render(resume, as: .html, options: RenderOptions(embedsFonts: false))
        XCTAssertEqual(html.components(separatedBy: #"<svg class="icon""#).count - 1, 3, html)
        XCTAssertFalse(try classic.render(resume, as: .html, options: RenderOptions(embedsFonts: false)).contains(#"<svg class="icon""#))
        XCTAssertEqual(try modern.render(resume, as: .text), try classic.render(resume, as: .text), "plain text keeps the text")
        // The fit engine sets each picture at its TFM width: the contact line is exact, not estimated.
        let fit = try FitEngine(theme: modern.theme).fit(resume)
        XCTAssertFalse(fit.approximate)
    }

    /// The pictures are not text: the PDF's text layer (what a reader copies, what a parser reads)
    /// has the contacts alone, with pdfLaTeX and with XeLaTeX.
    func testThePDFTextHasTheContactsAlone() throws {
        try RequiredTool.path(of: "pdflatex")
        let modern = Renderer(theme: try XCTUnwrap(Theme.builtin(named: "modern")))
        for name in ["Ada Park", "윤서하"] {
            var resume = Resume(basics: Basics(name: name, email: "ada@example.com"))
            resume.basics.phone = "+41 44 555 01 10"
            let latex = try modern.render(resume, as: .tex)
            XCTAssertTrue(latex.contains(#"\cvicon{66}"#))
            let output = try TeXRunner(engine: name == "Ada Park" ? .pdflatex : .xelatex).compile(latex)
            guard output.assertSucceeded() else { return }
            let lines = try output.text().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            // No letter of the picture font ("B", "T") before a contact.
            XCTAssertEqual(Array(lines.dropFirst().prefix(2)), ["ada@example.com ·", "+41 44 555 01 10"], "\(name): \(lines)")
        }
    }
}
