import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeThemes

/// The themes embedded in the binary must be exactly the files under `themes/`.
final class BuiltinThemesTests: XCTestCase {
    func testEmbeddedThemesMatchTheThemesFolder() throws {
        let root = TestPaths.themes
        var onDisk: [String: [String: String]] = [:]
        let themeNames = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }
        for name in themeNames {
            let folder = root.appendingPathComponent(name)
            var files: [String: String] = [:]
            for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
                let url = folder.appendingPathComponent(path)
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
                guard !isFolder.boolValue, !url.lastPathComponent.hasPrefix(".") else { continue }
                files[path] = try String(contentsOf: url, encoding: .utf8)
            }
            onDisk[name] = files
        }
        XCTAssertFalse(onDisk.isEmpty)
        let hint = "Sources/ResumeThemes/BuiltinThemes.generated.swift is out of date with themes/: run scripts/embed-themes"
        XCTAssertEqual(Set(onDisk.keys), Set(BuiltinThemeFiles.themes.keys), hint)
        for (name, files) in onDisk {
            let embedded = BuiltinThemeFiles.themes[name] ?? [:]
            XCTAssertEqual(Set(files.keys), Set(embedded.keys), "\(name): \(hint)")
            for (path, text) in files where embedded[path] != text {
                XCTFail("\(name)/\(path) differs: \(hint)")
            }
        }
    }

    func testEveryBuiltinThemeRendersEveryFormatItLists() throws {
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            XCTAssertFalse(theme.formats.isEmpty)
            for format in theme.formats {
                let output = try Renderer(theme: theme).render(SampleResumes.realistic, as: format)
                XCTAssertTrue(output.contains("Dubois"), "\(name) \(format)")
            }
        }
    }
}
