import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeThemes

/// `extends:`: templates are looked up in the theme first, then its parents; manifests merge
/// mapping by mapping; a broken chain, and every other manifest problem of the chain, is reported
/// at once with its file, line and column.
final class ThemeInheritanceTests: XCTestCase {
    private let resume = ResumeLoader.load(
        yaml: "basics: {name: Ada Park}\nwork:\n  - name: Acme\n    highlights: [Built the thing]\n", file: "cv.yaml"
    ).resume!

    func testABuiltinThemeExtendsClassicAndHoldsOnlyWhatDiffers() throws {
        let classic = try XCTUnwrap(Theme.builtin(named: "classic"))
        XCTAssertNil(classic.extends)
        for name in ["modern", "compact"] {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            XCTAssertEqual(theme.extends, "classic")
            XCTAssertEqual(theme.name, name)
            let own = try XCTUnwrap(BuiltinThemeFiles.themes[name])
            XCTAssertLessThan(own.count, classic.templates.files.count / 2, name)
            XCTAssertEqual(Set(theme.templates.files.keys), Set(classic.templates.files.keys), "every template resolves")
            for (path, text) in theme.templates.files {
                XCTAssertEqual(text, own[path] ?? classic.templates.files[path], "\(name)/\(path)")
                XCTAssertNotEqual(own[path], classic.templates.files[path], "\(name)/\(path) is a copy of classic's")
            }
        }
    }

    func testAPartialComesFromTheParentUnlessTheThemeHasItsOwn() throws {
        let root = try folders([
            "mine": [
                "theme.yaml": "name: mine\nextends: classic\n",
                "html/work.mustache": "{{#entries}}<p class=\"mine\">{{name}}</p>{{/entries}}\n",
            ]
        ])
        let theme = try Theme.resolve(root.appendingPathComponent("mine").path)
        XCTAssertEqual(theme.name, "mine")
        XCTAssertEqual(theme.extends, "classic")
        XCTAssertEqual(theme.manifest.layout, try XCTUnwrap(Theme.builtin(named: "classic")).manifest.layout)
        let html = try Renderer(theme: theme).render(resume, as: .html)
        XCTAssertTrue(html.contains("<p class=\"mine\">Acme</p>"), html)
        XCTAssertTrue(html.contains("<ul class=\"contacts\">") || html.contains("Ada Park"), "the rest is classic's")
        let classic = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .tex)
        XCTAssertEqual(try Renderer(theme: theme).render(resume, as: .tex), classic, "no tex template of its own")
    }

    func testManifestsMergeMappingByMapping() throws {
        let root = try folders([
            "base": [
                "theme.yaml": "name: base\nextends: modern\ndescription: Base\nlayout:\n  fontSize: 11pt\ncolors: {muted: \"123456\"}\n",
                "text/resume.mustache": "BASE {{basics.name}}\n",
            ],
            "child": [
                "theme.yaml": "name: child\nextends: ../base\nlayout:\n  margins:\n    left: 20mm\n",
            ],
        ])
        let theme = try Theme.resolve(root.appendingPathComponent("child").path)
        let modern = try XCTUnwrap(Theme.builtin(named: "modern")).manifest
        var expected = modern
        expected.name = "child"
        expected.description = "Base"
        expected.layout.lengths[.fontSize] = Length(11, .pt)
        expected.layout.margins.left = Length(20, .mm)
        expected.colors[.muted] = HexColor("123456")
        // 11pt is past modern's type-size range (9pt to 10.5pt): the size stays put, as a theme
        // that moves a value past its parent's range has not said how far its own may move.
        expected.fit[.fontSize] = nil
        XCTAssertEqual(theme.manifest, expected)
        XCTAssertEqual(theme.manifest.layout.margins.right, modern.layout.margins.right, "a mapping merges key by key")
        XCTAssertEqual(try Renderer(theme: theme).render(resume, as: .text), "BASE Ada Park\n", "from the middle of the chain")
        XCTAssertTrue(try Renderer(theme: theme).render(resume, as: .tex).contains("\\cvsection{\\upshape\\bfseries"), "from modern")
    }

    func testRangeChecksApplyToTheMergedManifest() throws {
        let root = try folders([
            "wide": ["theme.yaml": "name: wide\nextends: classic\nlayout:\n  margins: {left: 95mm, right: 95mm}\n"]
        ])
        XCTAssertEqual(try problems(root, "wide"), [
            "./wide/theme.yaml:4:12: 'layout.margins' leave a text area of 56 × 759pt on a4 paper; it must be at least 144pt (2 inches) each way"
        ])
    }

    func testABrokenChainIsAnErrorAtTheExtendsLine() throws {
        let root = try folders([
            "unknown": ["theme.yaml": "# mine\nname: unknown\nextends: clasic\n"],
            "nowhere": ["theme.yaml": "name: nowhere\nextends: ../missing\n"],
            "empty": ["theme.yaml": "name: empty\nextends: ../unknown/html\n"],
            "a": ["theme.yaml": "name: a\nextends: ../b\n"],
            "b": ["theme.yaml": "name: b\ndescription: B\nextends: ../a\n"],
            "self": ["theme.yaml": "name: self\nextends: .\n"],
        ])
        XCTAssertEqual(try problems(root, "unknown"), [
            "./unknown/theme.yaml:3:10: cannot extend 'clasic': no built-in theme is named 'clasic' (built-in: classic, compact, "
                + "modern); to extend a theme folder, give its path from this theme's folder, such as ../clasic"
        ])
        XCTAssertEqual(try problems(root, "nowhere"), ["./nowhere/theme.yaml:2:10: cannot extend '../missing': ./missing: no such theme folder"])
        XCTAssertEqual(try problems(root, "a"), ["./b/theme.yaml:3:10: 'extends: ../a' makes a cycle: ./a → ./b → ./a"])
        XCTAssertEqual(try problems(root, "self"), ["./self/theme.yaml:2:10: 'extends: .' makes a cycle: ./self → ./self"])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("unknown/html"), withIntermediateDirectories: true)
        XCTAssertEqual(try problems(root, "empty"), [
            "./empty/theme.yaml:2:10: cannot extend '../unknown/html': ./unknown/html/theme.yaml: not found; a theme folder needs a manifest"
        ])
    }

    func testAChainOfMoreThanEightParentsIsRefused() throws {
        var themes: [String: [String: String]] = [:]
        for level in 0..<10 {
            themes["t\(level)"] = ["theme.yaml": "name: t\(level)\nextends: \(level == 9 ? "classic" : "../t\(level + 1)")\n"]
        }
        let root = try folders(themes)
        XCTAssertNoThrow(try load(root, "t2"), "eight parents: t3 … t9 and classic")
        let chain = (0...8).map { "./t\($0)" }.joined(separator: " → ")
        XCTAssertEqual(try problems(root, "t0"), [
            "./t8/theme.yaml:2:10: cannot extend '../t9': \(chain) already has 8 parents, the most a theme may have"
        ])
    }

    func testEveryManifestProblemOfTheChainIsReportedAtOnce() throws {
        let root = try folders([
            "base": ["theme.yaml": "name: base\nextends: classic\nlayout:\n  fontSize: huge\n"],
            "mine": [
                "theme.yaml": """
                    name: mine
                    extends: ../base
                    dateStyle: roman
                    layout:
                      itemIndnet: 3pt
                      margins: {left: 1000mm}
                    colors:
                      accent: blue

                    """
            ],
            "nameless": ["theme.yaml": "extends: classic\nlayout: 12pt\n"],
        ])
        XCTAssertEqual(try problems(root, "mine"), [
            "./mine/theme.yaml:3:12: 'dateStyle' is 'roman'; expected one of: short, long, numeric",
            "./mine/theme.yaml:5:3: unknown key 'layout.itemIndnet' (expected one of: \(ManifestParser.schema["layout"]!.joined(separator: ", ")))",
            "./mine/theme.yaml:6:19: 'layout.margins.left' is '1000mm'; expected a length from 0pt to 298.7pt",
            "./mine/theme.yaml:8:11: 'colors.accent' is 'blue'; expected six hexadecimal digits such as \"1F3A5F\"",
            "./base/theme.yaml:4:13: 'layout.fontSize' is 'huge'; expected a length such as 10pt (units: pt, bp, mm, cm, in)",
        ])
        XCTAssertEqual(try problems(root, "nameless"), [
            "./nameless/theme.yaml:1:1: missing key 'name'; a theme names itself, even one that extends another",
            "./nameless/theme.yaml:2:9: 'layout' must be a mapping",
        ])
    }

    /// A key no manifest gives is missing once, at its outermost key; a key given with the wrong
    /// shape is not also missing.
    func testAMissingKeyIsReportedOnce() throws {
        let classic = try XCTUnwrap(BuiltinThemeFiles.themes["classic"]?["theme.yaml"])
        let lines = classic.components(separatedBy: "\n")
        let nameLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("name:") }) + 1
        let colorsLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("colors:") }) + 1
        let root = try folders([
            "nolayout": ["theme.yaml": classic.replacingOccurrences(of: #"(?ms)^layout:\n.*?\n\n"#, with: "", options: .regularExpression)],
            "shapeless": ["theme.yaml": classic.replacingOccurrences(of: #"(?ms)^colors:\n.*"#, with: "colors: red\n", options: .regularExpression)],
        ])
        XCTAssertEqual(try problems(root, "nolayout"), ["./nolayout/theme.yaml:\(nameLine):1: missing key 'layout'"])
        XCTAssertEqual(try problems(root, "shapeless"), ["./shapeless/theme.yaml:\(colorsLine):9: 'colors' must be a mapping"])
    }

    /// Printed as résumé problems are: `file:line:col: error: message`, the line and a caret.
    func testProblemsPrintWithTheirSourceLines() throws {
        let root = try folders([
            "mine": ["theme.yaml": "name: mine\nextends: classic\nlayout:\n  fontSize: 1pt\n  paper: a5\n"]
        ])
        let error = try XCTUnwrap(loadError(root, "mine"))
        XCTAssertEqual("\(error)", """
            ./mine/theme.yaml:4:13: error: 'layout.fontSize' is '1pt'; expected a length from 4pt to 72pt
              fontSize: 1pt
                        ^
            ./mine/theme.yaml:5:10: error: 'layout.paper' is 'a5'; expected one of: a4, letter
              paper: a5
                     ^
            """)
    }

    /// Each folder of the chain reads only its own files; the parent is a theme the user named.
    func testEachFolderOfTheChainIsConfinedToItself() throws {
        let root = try folders([
            "base": ["theme.yaml": "name: base\nextends: classic\n"],
            "mine": ["theme.yaml": "name: mine\nextends: ../base\n"],
        ])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("base/html"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("base/html/work.mustache").path, withDestinationPath: "/etc/passwd")
        XCTAssertThrowsError(try load(root, "mine")) { error in
            XCTAssertEqual(
                error as? ThemeError,
                .missingFile(
                    path: "./base/html/work.mustache",
                    reason: "is a symbolic link to a file outside the theme folder; a theme may read only its own files"))
        }
    }

    /// What `themes new` writes reads back to its built-in theme's values, inheriting or ejected.
    func testANewThemeHasItsParentsValues() throws {
        for name in Theme.builtinNames {
            var expected = try XCTUnwrap(Theme.builtin(named: name)).manifest
            expected.name = "mine"
            for eject in [false, true] {
                let copy = try eject ? ThemeCopy(from: name, to: "some/where/mine") : ThemeCopy(extending: name, to: "some/where/mine")
                XCTAssertEqual(copy.name, "mine")
                XCTAssertEqual(copy.files.count, eject ? 53 : 1, "\(name) eject: \(eject)")
                let theme = try ThemeLoader(origin: "./mine").load(files: copy.files, checkingTemplates: true)
                XCTAssertEqual(theme.manifest, expected, "\(name) eject: \(eject)")
                XCTAssertEqual(theme.extends, eject ? nil : name)
            }
        }
    }

    /// A template problem in a parent folder names the parent's file.
    func testATemplateErrorNamesTheFolderItIsIn() throws {
        let root = try folders([
            "base": ["theme.yaml": "name: base\nextends: classic\n", "text/work.mustache": "{{#entries}}\n"],
            "mine": ["theme.yaml": "name: mine\nextends: ../base\n"],
        ])
        XCTAssertThrowsError(try load(root, "mine")) { error in
            guard case .invalidTemplate(let file, _, _)? = error as? ThemeError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "./base/text/work.mustache")
        }
    }
}

private extension ThemeInheritanceTests {
    /// Theme folders side by side in a temporary folder, removed when the test ends.
    func folders(_ themes: [String: [String: String]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("resume-themes-\(UUID().uuidString)")
        for (theme, files) in themes {
            for (path, text) in files {
                let file = root.appendingPathComponent(theme).appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: file, atomically: true, encoding: .utf8)
            }
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    /// The theme `./name`, loaded from `root` as the current folder.
    func load(_ root: URL, _ name: String) throws -> Theme {
        let current = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(root.path)
        defer { FileManager.default.changeCurrentDirectoryPath(current) }
        return try Theme.resolve("./\(name)")
    }

    func loadError(_ root: URL, _ name: String) -> ThemeError? {
        do {
            _ = try load(root, name)
            return nil
        } catch {
            return error as? ThemeError
        }
    }

    /// The manifest problems as `file:line:col: message`.
    func problems(_ root: URL, _ name: String) throws -> [String] {
        guard case .invalidManifest(let problems)? = loadError(root, name) else {
            XCTFail("no manifest problems: \(String(describing: loadError(root, name)))")
            return []
        }
        return problems.messages
    }
}
