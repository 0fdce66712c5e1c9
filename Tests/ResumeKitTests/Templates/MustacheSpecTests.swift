import Foundation
import XCTest

@testable import ResumeKit

/// The template engine against the official Mustache specification's required modules
/// (`MustacheSpec/`, mustache/spec at 9cb20c3, MIT licence in `MustacheSpec/LICENSE`): every case
/// renders exactly the expected text, except the deliberate departures below, which must be
/// refused with an error — never rendered differently.
final class MustacheSpecTests: XCTestCase {
    /// The engine's deliberate departures from the specification, by `module: test name`, with why.
    /// A theme's values must never reach the output unescaped, so the two unescaped tags are
    /// refused wherever they appear (pragmas and the optional modules are not in the required
    /// modules, and are refused as well: see `TemplateTests`).
    static let departures: [String: String] = [
        "interpolation: Triple Mustache": unescapedTriple,
        "interpolation: Ampersand": unescapedAmpersand,
        "interpolation: Triple Mustache Integer Interpolation": unescapedTriple,
        "interpolation: Ampersand Integer Interpolation": unescapedAmpersand,
        "interpolation: Triple Mustache Decimal Interpolation": unescapedTriple,
        "interpolation: Ampersand Decimal Interpolation": unescapedAmpersand,
        "interpolation: Triple Mustache Null Interpolation": unescapedTriple,
        "interpolation: Ampersand Null Interpolation": unescapedAmpersand,
        "interpolation: Triple Mustache Context Miss Interpolation": unescapedTriple,
        "interpolation: Ampersand Context Miss Interpolation": unescapedAmpersand,
        "interpolation: Dotted Names - Triple Mustache Interpolation": unescapedTriple,
        "interpolation: Dotted Names - Ampersand Interpolation": unescapedAmpersand,
        "interpolation: Implicit Iterators - Triple Mustache": unescapedTriple,
        "interpolation: Implicit Iterators - Ampersand": unescapedAmpersand,
        "interpolation: Triple Mustache - Surrounding Whitespace": unescapedTriple,
        "interpolation: Ampersand - Surrounding Whitespace": unescapedAmpersand,
        "interpolation: Triple Mustache - Standalone": unescapedTriple,
        "interpolation: Ampersand - Standalone": unescapedAmpersand,
        "interpolation: Triple Mustache With Padding": unescapedTriple,
        "interpolation: Ampersand With Padding": unescapedAmpersand,
        "partials: Standalone Indentation":
            "its partial writes {{{content}}}, which is refused; TemplateTests runs the same case with {{content}}",
        "sections: Implicit Iterator - Triple mustache": unescapedTriple,
        "sections: Implicit Iterator - Ampersand": unescapedAmpersand,
    ]
    static let unescapedTriple = "{{{name}}} inserts a value unescaped, which is refused"
    static let unescapedAmpersand = "{{&name}} inserts a value unescaped, which is refused"

    /// The required modules and how many cases each has, so that a fixture cut short fails.
    static let modules = [
        "comments": 12, "delimiters": 14, "interpolation": 42, "inverted": 22, "partials": 12, "sections": 34,
    ]

    func testComments() throws { try runModule("comments") }
    func testDelimiters() throws { try runModule("delimiters") }
    func testInterpolation() throws { try runModule("interpolation") }
    func testInverted() throws { try runModule("inverted") }
    func testPartials() throws { try runModule("partials") }
    func testSections() throws { try runModule("sections") }

    /// Every departure names a case of the specification.
    func testEveryDepartureIsASpecificationCase() throws {
        var names: Set<String> = []
        for module in Self.modules.keys {
            names.formUnion(try Self.load(module).tests.map { "\(module): \($0.name)" })
        }
        XCTAssertEqual(Set(Self.departures.keys).subtracting(names), [], "departures that are no case of the specification")
    }
}

private extension MustacheSpecTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("MustacheSpec")

    /// One module's file: its cases.
    struct Module: Decodable {
        var tests: [Case]
    }

    struct Case: Decodable {
        var name: String
        var desc: String
        var data: SpecValue
        var template: String
        var partials: [String: String]?
        var expected: String
    }

    static func load(_ module: String) throws -> Module {
        try JSONDecoder().decode(Module.self, from: Data(contentsOf: folder.appendingPathComponent("\(module).json")))
    }

    func runModule(_ module: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let cases = try Self.load(module).tests
        XCTAssertEqual(cases.count, Self.modules[module], "\(module).json is incomplete", file: file, line: line)
        for test in cases {
            let name = "\(module): \(test.name)"
            if let reason = Self.departures[name] {
                XCTAssertThrowsError(try render(test), "\(name) must be refused: \(reason)", file: file, line: line) { error in
                    let message = (error as? TemplateError)?.message ?? "\(error)"
                    XCTAssertTrue(message.hasPrefix("unescaped interpolation"), "\(name): \(message)", file: file, line: line)
                }
            } else {
                XCTAssertEqual(try render(test), test.expected, "\(name): \(test.desc)", file: file, line: line)
            }
        }
    }

    /// The case's template rendered with its data and partials, values escaped for HTML as the
    /// specification expects.
    func render(_ test: Case) throws -> String? {
        // A name with a space cannot be a partial's, so the case's own partials never shadow it.
        let main = "spec case"
        var templates = [main: try Template(test.template)]
        for (name, source) in test.partials ?? [:] {
            templates[name] = try Template(source)
        }
        return try TemplateLibrary(templates: templates, escape: Self.escapeHTML).render(test.data.value, withTemplate: main)
    }

    /// The escaping the specification's expected texts assume: `&`, `"`, `<` and `>`.
    @Sendable static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// A JSON value of the specification's data, as the template value the engine reads: numbers
/// become their text (`1.210` is `1.21`, as the specification expects).
private struct SpecValue: Decodable {
    var value: TemplateValue

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .flag(flag)
        } else if let integer = try? container.decode(Int.self) {
            value = .text(String(integer))
        } else if let number = try? container.decode(Double.self) {
            value = .text(String(number))
        } else if let text = try? container.decode(String.self) {
            value = .text(text)
        } else if let list = try? container.decode([SpecValue].self) {
            value = .list(list.map(\.value))
        } else {
            value = .record(try container.decode([String: SpecValue].self).mapValues(\.value))
        }
    }
}
