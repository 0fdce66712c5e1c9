import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeThemes
@testable import Mustache

/// Loading themes: built-ins, user folders, and the errors a broken theme gives.
final class ThemeLoadingTests: XCTestCase {
    private var classicFiles: [String: String] { BuiltinThemeFiles.themes["classic"]! }

    private func loadError(_ files: [String: String], file: StaticString = #filePath, line: UInt = #line) -> ThemeError? {
        do {
            _ = try ThemeLoader(origin: "./mytheme").load(files: files, checkingTemplates: true)
            XCTFail("the theme loaded", file: file, line: line)
            return nil
        } catch {
            return error as? ThemeError
        }
    }

    private func replacing(_ path: String, _ old: String, with new: String) -> [String: String] {
        var files = classicFiles
        XCTAssertTrue(files[path]!.contains(old), "\(path) has no \(old)")
        files[path] = files[path]!.replacingOccurrences(of: old, with: new)
        return files
    }

    func testBuiltinClassicLoads() throws {
        XCTAssertTrue(Theme.builtinNames.contains("classic"))
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        XCTAssertEqual(theme.name, "classic")
        XCTAssertEqual(theme.formats, [.html, .tex, .text])
        XCTAssertEqual(theme.manifest.dateStyle, .short)
        XCTAssertEqual(theme.manifest.layout.paper, .a4)
        XCTAssertEqual(theme.manifest.layout[.fontSize], Length(10, .pt))
        XCTAssertNil(Theme.builtin(named: "nope"))
    }

    func testResolveNamesAndPaths() throws {
        XCTAssertEqual(try Theme.resolve("classic").name, "classic")
        XCTAssertThrowsError(try Theme.resolve("fancy")) { error in
            XCTAssertEqual(error as? ThemeError, .unknownTheme(name: "fancy", available: Theme.builtinNames))
            XCTAssertTrue("\(error)".contains("./fancy"))
        }
        XCTAssertThrowsError(try Theme.resolve("./does-not-exist")) { error in
            XCTAssertEqual(error as? ThemeError, .missingFile(path: "./does-not-exist", reason: "no such theme folder"))
        }
    }

    func testUserThemeFolderLoadsAndRenders() throws {
        let folder = try temporaryThemeFolder(replacing("theme.yaml", "name: classic", with: "name: mine"))
        let theme = try Theme.resolve(folder.path)
        XCTAssertEqual(theme.name, "mine")
        let html = try Renderer(theme: theme).render(SampleResumes.realistic, as: .html)
        XCTAssertTrue(html.contains("<h1>Émilie Dubois</h1>"))
    }

    func testMissingDocumentTemplate() {
        var files = classicFiles
        files["text/resume.mustache"] = nil
        XCTAssertEqual(
            loadError(files),
            .missingFile(path: "./mytheme/text/resume.mustache", reason: "missing; the manifest lists 'text' in formats"))
    }

    func testMissingPartialNamesFileAndLine() throws {
        var files = classicFiles
        files["html/work.mustache"] = nil
        let error = try XCTUnwrap(loadError(files))
        guard case .invalidTemplate(let file, let line, let message) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(file, "./mytheme/html/resume.mustache")
        XCTAssertEqual(line, lineNumber(of: "{{>work}}", in: classicFiles["html/resume.mustache"]!))
        XCTAssertTrue(message.contains("partial 'work' not found"))
    }

    func testMustacheSyntaxErrorNamesFileAndLine() throws {
        let files = replacing("text/work.mustache", "{{/summary}}", with: "{{/summery}}")
        let error = try XCTUnwrap(loadError(files))
        guard case .invalidTemplate(let file, let line, let message) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(file, "./mytheme/text/work.mustache")
        XCTAssertEqual(line, lineNumber(of: "{{/summary}}", in: classicFiles["text/work.mustache"]!))
        XCTAssertTrue(message.contains("Mustache syntax error"), message)
        XCTAssertTrue("\(error)".hasPrefix("./mytheme/text/work.mustache:\(line!): "))
    }

    func testUnescapedInterpolationIsRejected() throws {
        for (path, old, new) in [
            ("html/work.mustache", "<p>{{summary}}</p>", "<p>{{{summary}}}</p>"),
            ("html/work.mustache", "<p>{{summary}}</p>", "<p>{{& summary}}</p>"),
            ("tex/work.mustache", #"\cvtext{<<summary>>}"#, #"\cvtext{<<{summary}>>}"#),
            ("tex/work.mustache", #"\cvtext{<<summary>>}"#, #"\cvtext{<<&summary>>}"#),
            ("text/work.mustache", "  {{summary}}", "{{=[ ]=}}\n  [&summary]"),
        ] {
            let error = try XCTUnwrap(loadError(replacing(path, old, with: new)))
            guard case .invalidTemplate(let file, let line, let message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "./mytheme/\(path)")
            let expectedLine = lineNumber(of: old, in: classicFiles[path]!)! + (new.hasPrefix("{{=") ? 1 : 0)
            XCTAssertEqual(line, expectedLine, new)
            XCTAssertTrue(message.contains("unescaped interpolation"), message)
        }
    }

    func testAPartialThatIncludesItselfForeverIsAnErrorNamingIt() throws {
        let files = replacing("html/work.mustache", "{{#entries}}", with: "{{>work}}{{#entries}}")
        let theme = try ThemeLoader(origin: "./mytheme").load(files: files, checkingTemplates: true)
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: "basics: {name: A}\nwork: [{name: B}]\n", file: "cv.yaml").resume)
        XCTAssertThrowsError(try Renderer(theme: theme).render(resume, as: .html)) { error in
            XCTAssertEqual(error as? ThemeError, .invalidTemplate(
                file: "./mytheme/html/work.mustache", line: nil, message: TemplateRenderLimit(kind: .partialDepth, partial: "work").message))
        }
    }

    func testPragmasAreRejected() throws {
        let files = replacing("html/resume.mustache", "<!DOCTYPE html>", with: "{{% CONTENT_TYPE: TEXT }}\n<!DOCTYPE html>")
        let error = try XCTUnwrap(loadError(files))
        guard case .invalidTemplate(_, let line, let message) = error else { return XCTFail("\(error)") }
        XCTAssertEqual(line, 1)
        XCTAssertTrue(message.contains("pragma"))
    }

    func testManifestParagraphSettingsAreChecked() throws {
        let tolerance = try XCTUnwrap(loadError(replacing("theme.yaml", "tolerance: 200", with: "tolerance: lots")))
        XCTAssertTrue("\(tolerance)".contains("'paragraph.tolerance' is 'lots'; expected a whole number from 0 to 10000"), "\(tolerance)")
        let alignment = try XCTUnwrap(loadError(replacing("theme.yaml", "alignment: ragged-right", with: "alignment: centred")))
        XCTAssertTrue("\(alignment)".contains("expected one of: ragged-right, justified"), "\(alignment)")
        let flag = try XCTUnwrap(loadError(replacing("theme.yaml", "frenchSpacing: true", with: "frenchSpacing: yes")))
        XCTAssertTrue("\(flag)".contains("'paragraph.frenchSpacing' is 'yes'; expected true or false"), "\(flag)")
        let font = try XCTUnwrap(loadError(replacing("theme.yaml", "font: latin-modern", with: "font: helvetica")))
        XCTAssertTrue("\(font)".contains("'paragraph.font' is 'helvetica'; expected one of: latin-modern"), "\(font)")
    }

    func testManifestEntryStyleIsRequiredAndChecked() throws {
        XCTAssertEqual(try XCTUnwrap(Theme.builtin(named: "classic")).manifest.entryStyle, .stacked)
        XCTAssertEqual(try XCTUnwrap(Theme.builtin(named: "compact")).manifest.entryStyle, .inline)

        let yaml = classicFiles["theme.yaml"]!
        let bad = try XCTUnwrap(loadError(replacing("theme.yaml", "entryStyle: stacked", with: "entryStyle: sideways")))
        XCTAssertEqual(
            manifestProblems(bad),
            ["./mytheme/theme.yaml:\(lineNumber(of: "entryStyle: stacked", in: yaml)!): 'entryStyle' is 'sideways'; expected one of: stacked, inline"])

        let missing = try XCTUnwrap(loadError(replacing("theme.yaml", "entryStyle: stacked", with: "")))
        XCTAssertTrue("\(missing)".contains("missing key 'entryStyle'"), "\(missing)")
    }

    func testManifestUnknownKeyWrongTypeAndMissingKey() throws {
        let yaml = classicFiles["theme.yaml"]!
        let unknown = try XCTUnwrap(loadError(replacing("theme.yaml", "  itemIndent: 12pt", with: "  itemIndent: 12pt\n  itemIndnet: 3pt")))
        XCTAssertEqual(manifestProblems(unknown), [
            "./mytheme/theme.yaml:\(lineNumber(of: "  itemIndent: 12pt", in: yaml)! + 1): unknown key 'layout.itemIndnet' "
                + "(expected one of: \(ManifestParser.schema["layout"]!.joined(separator: ", ")))"
        ])

        let wrongType = try XCTUnwrap(loadError(replacing("theme.yaml", "fontSize: 10pt", with: "fontSize: [10pt]")))
        XCTAssertEqual(
            manifestProblems(wrongType), ["./mytheme/theme.yaml:\(lineNumber(of: "fontSize: 10pt", in: yaml)!): 'layout.fontSize' must be text"])

        let badLength = try XCTUnwrap(loadError(replacing("theme.yaml", "fontSize: 10pt", with: "fontSize: 10px")))
        XCTAssertTrue("\(badLength)".contains("'layout.fontSize' is '10px'; expected a length"))

        let badChoice = try XCTUnwrap(loadError(replacing("theme.yaml", "paper: a4", with: "paper: a5")))
        XCTAssertTrue("\(badChoice)".contains("'layout.paper' is 'a5'; expected one of: a4, letter"))

        let missing = try XCTUnwrap(loadError(replacing("theme.yaml", "dateStyle: short", with: "")))
        XCTAssertTrue("\(missing)".contains("missing key 'dateStyle'"))

        let broken = try XCTUnwrap(loadError(replacing("theme.yaml", "name: classic", with: "name: [classic")))
        let brokenProblems = manifestProblems(broken)
        XCTAssertEqual(brokenProblems.count, 1, "\(brokenProblems)")
        XCTAssertTrue(brokenProblems.first?.contains(": invalid YAML") == true, "\(brokenProblems)")
    }

    func testTemplateTagsFollowDelimiterChanges() throws {
        let template = try Template("{{=<< >>=}}\n\\textbf{<<name>>} {{{notatag}}}\n<<>part>>\n<<={{ }}=>>\n{{x}}")
        XCTAssertEqual(template.partials, [Template.PartialUse(name: "part", line: 3)])
        XCTAssertThrowsError(try Template("{{=<< >>=}}\n<<>part>>\n<<={{ }}=>>\n{{{x}}}")) { error in
            XCTAssertEqual((error as? TemplateError)?.line, 4)
        }
    }
}

private extension ThemeLoadingTests {
    func lineNumber(of text: String, in source: String) -> Int? {
        source.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    /// A manifest error's problems as `file:line: message`.
    func manifestProblems(_ error: ThemeError?) -> [String] {
        guard case .invalidManifest(let problems)? = error else { return ["not a manifest error: \(String(describing: error))"] }
        return problems.diagnostics.map { "\($0.location.file):\($0.location.line): \($0.message)" }
    }
}

extension XCTestCase {
    /// A theme folder holding `files`, removed when the test ends.
    func temporaryThemeFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-theme-\(UUID().uuidString)")
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }
}
