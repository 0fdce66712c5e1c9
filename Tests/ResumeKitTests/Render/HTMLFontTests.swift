import Foundation
import TestSupport
import XCTest

@testable import ResumeKit
@testable import ResumeRender
@testable import TeXTypesetting

/// The fonts an HTML page embeds: the faces its PDF is set in, only the parts of them its text
/// needs, real WOFF2 fonts; and the CJK fallbacks by language.
final class HTMLFontTests: XCTestCase {
    /// A Russian résumé, which the PDF sets in Computer Modern Unicode (Latin letters too).
    static let russian = """
        basics: {name: Анна Петрова, label: Инженер-программист, email: anna@example.com}
        meta: {locale: ru}
        work:
          - {name: Яндекс, position: Старший инженер, startDate: '2019-09', highlights: [Сократила задержку поиска на 30%]}
        """

    func testAnEnglishPageEmbedsTheLatinPartOfEachFace() throws {
        let faces = try embeddedFaces(Repository.example("cv.yaml"), theme: "classic")
        XCTAssertEqual(faces.map(\.family), Array(repeating: "Latin Modern Roman", count: 4) + ["Latin Modern Roman Caps"])
        XCTAssertEqual(faces.map(\.weightAndStyle), ["400 normal", "700 normal", "400 italic", "700 italic", "400 normal"])
        for face in faces {
            XCTAssertTrue(face.unicodeRange.hasPrefix("U+0020-007E, U+00A0-00FF"), face.unicodeRange)
            XCTAssertFalse(face.unicodeRange.contains("U+0100"), "no Latin Extended for an English page")
        }
        let modern = try embeddedFaces(Repository.example("cv.yaml"), theme: "modern")
        XCTAssertEqual(Set(modern.map(\.family)), ["TeX Gyre Heros"])
        XCTAssertEqual(modern.map(\.weightAndStyle), ["400 normal", "700 normal", "400 italic", "700 italic"])
    }

    func testEveryEmbeddedFontIsAWOFF2FontOfItsFace() throws {
        for face in try embeddedFaces(Repository.example("cv.yaml"), theme: "classic") {
            let data = try XCTUnwrap(Data(base64Encoded: face.woff2), "\(face.family): not base64")
            XCTAssertEqual(data.prefix(4), Data("wOF2".utf8), face.family)
            XCTAssertGreaterThan(data.count, 10_000, "\(face.family) \(face.weightAndStyle): a whole alphabet")
        }
    }

    func testLatinExtendedIsEmbeddedOnlyWhenTheTextHasIt() throws {
        let resume = try load("basics: {name: Zoë Łukasiewicz-Nguyễn}\n")
        let faces = try embeddedFaces(resume, theme: "classic")
        XCTAssertEqual(faces.count, 10, "the Latin and the Latin Extended part of each face")
        XCTAssertEqual(
            faces.filter { $0.covers(0x0141) }.count, 5, "Ł is in an embedded part of each face, the small capitals too")
    }

    func testACyrillicPageIsSetInCMUAndEmbedsItsCyrillic() throws {
        let resume = try load(Self.russian)
        let classic = try embeddedFaces(resume, theme: "classic")
        XCTAssertEqual(Set(classic.map(\.family)), ["CMU Serif"], "the PDF sets all its text in CMU, Latin too")
        XCTAssertEqual(classic.count, 8, "the Latin and the Cyrillic and Greek part of four faces")
        XCTAssertEqual(classic.filter { $0.unicodeRange.contains("U+0400-0477") }.count, 4, "the Cyrillic part of each face")
        let html = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .html)
        XCTAssertTrue(html.contains("font-family: \"CMU Serif\", var(--latin-fallback)"))
        XCTAssertFalse(html.contains("Latin Modern Roman Caps"), "CMU has small capitals of its own")
        XCTAssertEqual(Set(try embeddedFaces(resume, theme: "modern").map(\.family)), ["CMU Sans Serif"])
    }

    func testWithoutEmbeddingThePageStillNamesItsFonts() throws {
        let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: Repository.example("cv.yaml")).resume)
        let html = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic")))
            .render(resume, as: .html, options: RenderOptions(embedsFonts: false))
        XCTAssertFalse(html.contains("@font-face"))
        XCTAssertTrue(html.contains("font-family: \"Latin Modern Roman\", var(--latin-fallback)"))
    }

    func testCJKFallsBackToTheFontsOfThePagesLanguage() throws {
        let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: Repository.example("ko.yaml")).resume)
        let classic = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .html)
        XCTAssertTrue(classic.contains("<html lang=\"ko"), "the page says its language")
        XCTAssertTrue(classic.contains(":lang(ko) { --cjk-fallback: Noto Serif CJK KR, "), "serif first in a roman theme")
        XCTAssertTrue(classic.contains(":lang(ja) { --cjk-fallback: Noto Serif CJK JP, "))
        XCTAssertTrue(classic.contains(":lang(zh-Hant), :lang(zh-TW) { --cjk-fallback: Noto Serif CJK TC, "))
        let modern = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "modern"))).render(resume, as: .html)
        XCTAssertTrue(modern.contains(":lang(ko) { --cjk-fallback: Noto Sans CJK KR, "), "sans-serif in modern")
        XCTAssertFalse(modern.contains("Noto Serif CJK KR"))
    }

    /// The names are written unquoted (quotes would become entities in the style sheet), which
    /// CSS allows only for names made of identifiers.
    func testTheFallbackFontNamesNeedNoQuotes() {
        for region in CJKRegion.allCases {
            for name in region.systemFonts(serif: true) {
                for word in name.split(separator: " ") {
                    XCTAssertTrue(word.first.map { $0.isLetter } ?? false, "\(name)")
                    XCTAssertTrue(word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }, name)
                }
            }
        }
    }

    /// The subsets are what the generator cuts from the installed fonts, byte for byte.
    func testGeneratedFileIsUpToDate() throws {
        let script = Repository.root.appendingPathComponent("scripts/generate-html-fonts")
        let generated = try PythonEnvironment.run([script.path, "-"], timeout: 600)
        if generated.status == 3 {
            try RequiredTool.unavailable("the HTML fonts cannot be generated here: \(generated.stderr)")
        }
        XCTAssertEqual(generated.status, 0, generated.stderr)
        let committed = try String(
            contentsOf: Repository.root.appendingPathComponent(
                "Sources/ResumeRender/Render/HTMLFonts/HTMLFontSubsets.generated.swift"),
            encoding: .utf8)
        XCTAssertTrue(generated.stdout == committed, "HTMLFontSubsets.generated.swift is stale: run scripts/generate-html-fonts")
    }
}

extension HTMLFontTests {
    /// An `@font-face` rule of a page, as written.
    fileprivate struct Face {
        var family = "", weightAndStyle = "", unicodeRange = "", woff2 = ""

        /// Whether `unicode-range` (`U+0020-007E, U+00A0, …`) has the code point.
        func covers(_ code: UInt32) -> Bool {
            unicodeRange.split(separator: ",").contains { item in
                let bounds = item.trimmingCharacters(in: .whitespaces).dropFirst(2).split(separator: "-").compactMap {
                    UInt32($0, radix: 16)
                }
                return bounds.count > 0 && bounds[0] <= code && code <= bounds[bounds.count - 1]
            }
        }
    }

    fileprivate func load(_ yaml: String) throws -> Resume {
        let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        return try XCTUnwrap(result.resume, "\(result.diagnostics.map(\.message))")
    }

    fileprivate func embeddedFaces(_ file: URL, theme: String) throws -> [Face] {
        try embeddedFaces(XCTUnwrap(ResumeLoader.load(contentsOf: file).resume), theme: theme)
    }

    fileprivate func embeddedFaces(_ resume: Resume, theme: String) throws -> [Face] {
        let html = try Renderer(theme: XCTUnwrap(Theme.builtin(named: theme))).render(resume, as: .html)
        return html.components(separatedBy: "@font-face {").dropFirst().map { rule in
            var face = Face()
            var weight = ""
            for line in rule.prefix(while: { $0 != "}" }).split(separator: "\n") {
                let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ";"))
                switch parts[0] {
                case "font-family": face.family = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                case "font-weight": weight = value
                case "font-style": face.weightAndStyle = "\(weight) \(value)"
                case "unicode-range": face.unicodeRange = value
                case "src":
                    face.woff2 = value.components(separatedBy: "base64,").last?.components(separatedBy: ")").first ?? ""
                default: break
                }
            }
            return face
        }
    }
}
