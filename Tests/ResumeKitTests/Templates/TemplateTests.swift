@testable import ResumeKit
import TestSupport
import XCTest
@testable import Mustache

/// The theme template language: Mustache as the specification writes it, with the tags that
/// could skip escaping refused. Whitespace cases are the specification's own examples.
final class TemplateTests: XCTestCase {
    func testValuesAreEscapedAndLookedUpThroughEnclosingScopes() throws {
        let data: TemplateValue = [
            "name": "Ada", "basics": ["email": "ada@example.com"], "sections": [["title": "Work"], ["title": .null]],
        ]
        XCTAssertEqual(try render("{{name}} <{{basics.email}}>", data), "[Ada] <[ada@example.com]>")
        // An outer name is found from inside a section; a null field stops the search.
        XCTAssertEqual(try render("{{#sections}}{{name}}:{{title}};{{/sections}}", data), "[Ada]:[Work];[Ada]:;")
        XCTAssertEqual(try render("{{#basics}}{{.email}}{{.name}}{{/basics}}", data), "[ada@example.com]")
        XCTAssertEqual(try render("{{missing}}{{basics.missing}}{{name.deeper}}", data), "")
    }

    /// A link target goes through the format's address escaping, text through its text escaping,
    /// whatever characters either holds; a section over a link enters it like text.
    func testLinksAreEscapedAsAddressesAndTextAsText() throws {
        struct Bracketing: TemplateEscaping {
            func text(_ text: String) -> String { "[\(text)]" }
            func url(_ url: String) -> String { "<\(url)>" }
        }
        let library = TemplateLibrary(
            templates: ["t": try Template("{{a}} {{b}} {{#b}}{{.}}{{/b}}{{^b}}none{{/b}}")], escaping: Bracketing())
        let data: TemplateValue = ["a": "\u{E000}x", "b": .link("\u{E000}https://e.com")]
        XCTAssertEqual(try library.render(data, withTemplate: "t"), "[\u{E000}x] <\u{E000}https://e.com> <\u{E000}https://e.com>")
        XCTAssertEqual(try library.render(["b": .null], withTemplate: "t"), "  none")
    }

    func testSectionsByKindOfValue() throws {
        let data: TemplateValue = [
            "items": ["a", "b"], "none": [], "yes": true, "no": false, "text": "t", "nothing": .null, "record": ["x": "1"],
        ]
        XCTAssertEqual(try render("{{#items}}({{.}}){{/items}}", data), "([a])([b])")
        XCTAssertEqual(try render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", data), "empty")
        XCTAssertEqual(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^yes}}!Y{{/yes}}", data), "Y!N")
        XCTAssertEqual(try render("{{#text}}<{{.}}>{{/text}}{{^text}}none{{/text}}", data), "<[t]>")
        XCTAssertEqual(try render("{{#nothing}}x{{/nothing}}{{^nothing}}null{{/nothing}}{{^absent}}absent{{/absent}}", data), "nullabsent")
        XCTAssertEqual(try render("{{#record}}{{x}}{{/record}}", data), "[1]")
    }

    func testTransforms() throws {
        XCTAssertEqual(try render("{{uppercased(title)}} {{lowercased(title)}} {{capitalized(title)}}", ["title": "work EXPERIENCE"]),
                       "[WORK EXPERIENCE] [work experience] [Work Experience]")
        XCTAssertEqual(try render("{{uppercased(list)}}", ["list": ["a"]]), "")
        XCTAssertThrowsError(try Template("one\n{{shout(title)}}")) { error in
            XCTAssertEqual(error as? TemplateError, TemplateError(
                line: 2, message: "Mustache syntax error: unknown transform 'shout' (known: uppercased, lowercased, capitalized) in '{{shout(title)}}'"))
        }
    }

    func testStandaloneTagsLeaveNoLineBehind() throws {
        let flag: TemplateValue = ["boolean": true]
        XCTAssertEqual(try render("| This Is\n{{#boolean}}\n|\n{{/boolean}}\n| A Line\n", flag), "| This Is\n|\n| A Line\n")
        XCTAssertEqual(try render("| This Is\n  {{#boolean}}\n|\n  {{/boolean}}\n| A Line\n", flag), "| This Is\n|\n| A Line\n")
        XCTAssertEqual(try render(" {{#boolean}}YES{{/boolean}}\n {{#boolean}}GOOD{{/boolean}}\n", flag), " YES\n GOOD\n")
        XCTAssertEqual(try render("|\r\n{{#boolean}}\r\n{{/boolean}}\r\n|", flag), "|\r\n|")
        XCTAssertEqual(try render("  {{#boolean}}\n#{{/boolean}}\n/", flag), "#\n/")
        XCTAssertEqual(try render("#{{#boolean}}\n/\n  {{/boolean}}", flag), "#\n/\n")
        XCTAssertEqual(try render("Begin.\n{{! Comment Block! }}\nEnd.\n", [:]), "Begin.\nEnd.\n")
        XCTAssertEqual(try render("  12 {{! 34 }}\n", [:]), "  12 \n")
        XCTAssertEqual(try render("{{=<< >>=}}\n<<#boolean>>\n\\textbf{<<x>>}\n<</boolean>>\n", ["boolean": true, "x": "y"]), "\\textbf{[y]}\n")
    }

    func testStandalonePartialsAreIndented() throws {
        let library = try TemplateLibrary(
            templates: ["main": Template("\\\n {{>partial}}\n/\n"), "partial": Template("|\n{{content}}\n|\n")],
            escape: { $0 })
        XCTAssertEqual(try library.render(["content": "<\n->"], withTemplate: "main"), "\\\n |\n <\n->\n |\n/\n")
        let inline = try TemplateLibrary(templates: ["main": Template("a {{>p}} b\n"), "p": Template("[{{x}}]")], escape: { $0 })
        XCTAssertEqual(try inline.render(["x": "1"], withTemplate: "main"), "a [1] b\n")
        XCTAssertNil(try inline.render([:], withTemplate: "absent"))
    }

    func testPartialsMayRecurseThroughDataButNotWithoutEnd() throws {
        let tree = try TemplateLibrary(templates: ["node": Template("{{name}}{{#children}}({{>node}}){{/children}}")], escape: { $0 })
        let data: TemplateValue = ["name": "a", "children": [["name": "b", "children": [["name": "c", "children": []]]]]]
        XCTAssertEqual(try tree.render(data, withTemplate: "node"), "a(b(c))")
        let endless = try TemplateLibrary(templates: ["main": Template("{{>loop}}"), "loop": Template("x{{>loop}}")], escape: { $0 })
        XCTAssertThrowsError(try endless.render([:], withTemplate: "main")) { error in
            XCTAssertEqual(error as? TemplateRenderLimit, TemplateRenderLimit(kind: .partialDepth, partial: "loop"))
        }
    }

    /// Template bombs from a stranger's theme stop at a limit with a located error: partials that
    /// each include the next twice (2^40 renderings), and sections nested past any need.
    func testTemplateBombsStopAtALimit() throws {
        var templates = ["main": try Template("{{>p0}}")]
        for level in 0..<40 {
            templates["p\(level)"] = try Template(level == 39 ? "x" : "{{>p\(level + 1)}}{{>p\(level + 1)}}")
        }
        let doubling = TemplateLibrary(templates: templates, escape: { $0 })
        XCTAssertThrowsError(try doubling.render([:], withTemplate: "main")) { error in
            XCTAssertTrue(error is TemplateRenderLimit, "\(error)")
        }
        var silent = ["main": try Template("{{>q0}}")]
        for level in 0..<40 {
            silent["q\(level)"] = try Template(level == 39 ? "" : "{{>q\(level + 1)}}{{>q\(level + 1)}}")
        }
        XCTAssertThrowsError(try TemplateLibrary(templates: silent, escape: { $0 }).render([:], withTemplate: "main")) { error in
            XCTAssertEqual((error as? TemplateRenderLimit)?.kind, .work, "work is bounded even when nothing is written")
        }
        let wide = TemplateLibrary(
            templates: ["main": try Template("{{#items}}{{text}}{{/items}}")], escape: { $0 })
        let huge: TemplateValue = ["items": .list(Array(repeating: ["text": .text(String(repeating: "x", count: 1 << 20))], count: 80))]
        XCTAssertThrowsError(try wide.render(huge, withTemplate: "main")) { error in
            XCTAssertEqual((error as? TemplateRenderLimit)?.kind, .output, "\(error)")
        }

        let nested = String(repeating: "{{#a}}", count: 100_000) + String(repeating: "{{/a}}", count: 100_000)
        XCTAssertThrowsError(try Template(nested)) { error in
            let message = (error as? TemplateError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("Mustache syntax error: sections are nested more than 100 levels deep in '{{#a}}"), String(message.prefix(200)))
            XCTAssertLessThan(message.count, 300, "a long line is shown by its start")
        }
        let deepest = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        XCTAssertNoThrow(try Template(deepest))
    }

    func testPartialsAreListedWithTheirLines() throws {
        let template = try Template("{{=<< >>=}}\n\\textbf{<<name>>} {{{notatag}}}\n<<>part>>\n<<={{ }}=>>\n{{> other }}")
        XCTAssertEqual(template.partials, [Template.PartialUse(name: "part", line: 3), Template.PartialUse(name: "other", line: 5)])
    }

    func testMistakesAreReportedWithTheirLine() {
        let cases: [(String, TemplateError)] = [
            ("a\n{{#s}}\nb\n", TemplateError(line: 2, message: "Mustache syntax error: section 's' is not closed in '{{#s}}'")),
            ("{{#s}}\n{{/t}}", TemplateError(line: 2, message: "Mustache syntax error: section 's' closed as 't' in '{{/t}}'")),
            ("x {{/t}}", TemplateError(line: 1, message: "Mustache syntax error: 't' closed but never opened in 'x {{/t}}'")),
            ("\n\n{{name", TemplateError(line: 3, message: "Mustache syntax error: unfinished tag in '{{name'")),
            ("{{na me}}", TemplateError(line: 1, message: "Mustache syntax error: unfinished tag in '{{na me}}'")),
            ("{{}}", TemplateError(line: 1, message: "Mustache syntax error: a tag needs a name in '{{}}'")),
            ("{{! open", TemplateError(line: 1, message: "Mustache syntax error: unfinished comment in '{{! open'")),
            ("{{=<<>>=}}", TemplateError(line: 1, message: "Mustache syntax error: badly formed delimiter change in '{{=<<>>=}}'")),
            ("{{<base}}{{/base}}", TemplateError(
                line: 1, message: "Mustache syntax error: template inheritance ('{{<base}}') is not supported; use partials in '{{<base}}{{/base}}'")),
            ("{{>*name}}", TemplateError(line: 1, message: "Mustache syntax error: dynamic partials ('{{>*name}}') are not supported in '{{>*name}}'")),
            ("<p>{{{x}}}</p>", TemplateError(
                line: 1, message: "unescaped interpolation '{{{x}}}' is not allowed; every value must be escaped (in LaTeX templates, switch delimiters first: {{=<< >>=}})")),
            ("\n{{& x}}", TemplateError(
                line: 2, message: "unescaped interpolation '{{& x}}' is not allowed; every value must be escaped (in LaTeX templates, switch delimiters first: {{=<< >>=}})")),
            ("{{% CONTENT_TYPE: TEXT }}", TemplateError(
                line: 1, message: "pragma '{{% CONTENT_TYPE: TEXT }}' is not allowed; the renderer sets the content type")),
        ]
        for (source, expected) in cases {
            XCTAssertThrowsError(try Template(source), source) { error in
                XCTAssertEqual(error as? TemplateError, expected, source)
            }
        }
    }

    func testParsingIsLinearInTheTemplatesLength() throws {
        // A long LaTeX-like template with many braces and tags parses quickly (the deadline is generous).
        let line = "\\cventry{<<#url.href>>\\href{<<url.href>>}{<<name>>}<</url.href>>}{<<dates>>}\n"
        let source = "{{=<< >>=}}\n" + String(repeating: line, count: 20_000)
        let template = try withDeadline(30, "parsing a 20,000-line template") { try Template(source) }
        XCTAssertEqual(template.nodes.count, 20_000 * 5)
    }

    /// Random runs of tag pieces either parse and render or throw a `TemplateError`; none traps.
    /// The seed is printed (`FUZZ_SEED` repeats a run), and so is the input that fails or crashes.
    func testArbitraryTagSoupNeverTraps() {
        let pieces = ["{{", "}}", "#", "^", "/", ">", "!", "=", "&", "{", "}", "<<", ">>", "a", "b", ".", "(", ")",
                      "uppercased", " ", "\t", "\n", "\r\n", "é", "x}}", "{{#a}}", "{{/a}}", "{{=<< >>=}}"]
        let seed = FuzzSeed.make(for: "testArbitraryTagSoupNeverTraps")
        var generator = SeededGenerator(seed: seed)
        var parsed = 0
        CrashNote.whileRunning {
            for index in 0..<5_000 {
                let source = (0..<Int.random(in: 1...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                let input = "seed \(seed), input \(index): \(source.debugDescription)"
                CrashNote.set("\ntemplate fuzzing crashed on \(input)\n")
                do {
                    let template = try Template(source)
                    let library = TemplateLibrary(templates: ["t": template, "a": template], escape: { $0 })
                    _ = try library.render(["a": [["b": "1"], true], "b": .null], withTemplate: "t")
                    parsed += 1
                } catch {
                    XCTAssertTrue(error is TemplateError || error is TemplateRenderLimit, "\(input): \(error)")
                }
            }
        }
        XCTAssertGreaterThan(parsed, 0, "seed \(seed)")
    }

    private func render(_ source: String, _ value: TemplateValue) throws -> String? {
        try TemplateLibrary(templates: ["t": Template(source)], escape: { "[\($0)]" }).render(value, withTemplate: "t")
    }
}
