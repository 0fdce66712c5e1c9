import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeThemes

/// A theme is code from a stranger: it reads nothing outside its folder, nothing it does not use,
/// nothing larger than a theme file can be, and its values stay within what TeX typesets.
final class HostileThemeTests: XCTestCase {
    private var classicFiles: [String: String] { BuiltinThemeFiles.themes["classic"]! }

    func testAPartialLinkedOutOfTheFolderIsRefused() throws {
        let folder = try temporaryThemeFolder(classicFiles)
        let partial = folder.appendingPathComponent("html/awards.mustache")
        try FileManager.default.removeItem(at: partial)
        try FileManager.default.createSymbolicLink(atPath: partial.path, withDestinationPath: "/etc/passwd")
        XCTAssertThrowsError(try Theme.resolve(folder.path)) { error in
            XCTAssertEqual(
                error as? ThemeError,
                .missingFile(
                    path: folder.path + "/html/awards.mustache",
                    reason: "is a symbolic link to a file outside the theme folder; a theme may read only its own files"))
        }
        // A link that stays inside the folder is the theme's own file.
        try FileManager.default.removeItem(at: partial)
        try FileManager.default.createSymbolicLink(atPath: partial.path, withDestinationPath: "../text/awards.mustache")
        XCTAssertNoThrow(try Theme.resolve(folder.path))
    }

    /// A folder of templates that is a link out of the theme is refused as a linked file is.
    func testAFolderLinkedOutOfTheThemeIsRefused() throws {
        let folder = try temporaryThemeFolder(classicFiles)
        let outside = try temporaryThemeFolder(["text/awards.mustache": "outside"]).appendingPathComponent("text")
        let text = folder.appendingPathComponent("text")
        try FileManager.default.removeItem(at: text)
        try FileManager.default.createSymbolicLink(atPath: text.path, withDestinationPath: outside.path)
        XCTAssertThrowsError(try Theme.resolve(folder.path)) { error in
            XCTAssertEqual(
                error as? ThemeError,
                .missingFile(
                    path: folder.path + "/text/awards.mustache",
                    reason: "is reached through a symbolic link outside the theme folder; a theme may read only its own files"))
        }
    }

    /// Files the theme does not use are never opened: a huge sparse file beside the templates
    /// costs nothing, and a folder that is no theme is refused before anything in it is read.
    func testOnlyTheFilesAThemeUsesAreRead() throws {
        let folder = try temporaryThemeFolder(classicFiles)
        let sparse = folder.appendingPathComponent("notes.bin")
        XCTAssertTrue(FileManager.default.createFile(atPath: sparse.path, contents: nil))
        XCTAssertEqual(truncate(sparse.path, 2 << 30), 0)
        XCTAssertNoThrow(try Theme.resolve(folder.path))

        let huge = folder.appendingPathComponent("html/huge.mustache")
        XCTAssertTrue(FileManager.default.createFile(atPath: huge.path, contents: nil))
        XCTAssertEqual(truncate(huge.path, 2 << 30), 0)
        XCTAssertThrowsError(try Theme.resolve(folder.path)) { error in
            XCTAssertEqual("\(error)", "\(folder.path)/html/huge.mustache: is larger than 1 MB, more than a theme file needs")
        }

        XCTAssertThrowsError(try Theme.resolve("/usr")) { error in
            XCTAssertEqual("\(error)", "/usr/theme.yaml: not found; a theme folder needs a manifest")
        }
    }

    func testManifestValuesStayWithinWhatTeXTypesets() {
        let cases: [(String, String, String)] = [
            ("fontSize: 10pt ", "fontSize: 100000pt ", "'layout.fontSize' is '100000pt'; expected a length from 4pt to 72pt"),
            ("fontSize: 10pt ", "fontSize: 10000000000000000000pt ", "'layout.fontSize' is '10000000000000000000pt'; expected a length from 4pt to 72pt"),
            ("fontSize: 10pt ", "fontSize: 0pt ", "'layout.fontSize' is '0pt'; expected a length from 4pt to 72pt"),
            ("baselineSkip: 12.5pt", "baselineSkip: 0pt", "'layout.baselineSkip' is '0pt'; expected a length from 1pt to 144pt"),
            ("nameSkip: 28pt", "nameSkip: 99999pt", "'layout.nameSkip' is '99999pt'; expected a length from 1pt to 144pt"),
            ("left: 18mm", "left: 1000mm", "'layout.margins.left' is '1000mm'; expected a length from 0pt to 298.7pt"),
            ("left: 18mm, right: 18mm", "left: 95mm, right: 95mm", "'layout.margins' leave a text area of 56 × 759pt on a4 paper; it must be at least 144pt (2 inches) each way"),
        ]
        for (old, new, message) in cases {
            var files = classicFiles
            XCTAssertTrue(files["theme.yaml"]!.contains(old), old)
            files["theme.yaml"] = files["theme.yaml"]!.replacingOccurrences(of: old, with: new)
            XCTAssertThrowsError(try ThemeLoader(origin: "./t").load(files: files, checkingTemplates: false), new) { error in
                guard case .invalidManifest(let problems)? = error as? ThemeError else { return XCTFail("\(error)") }
                XCTAssertEqual(problems.diagnostics.map(\.message), [message])
            }
        }
        XCTAssertNil(HexColor("１F3A5F"), "full-width digits are not CSS")
        XCTAssertEqual(HexColor("#1f3a5f")?.digits, "1F3A5F")
    }

    /// A finding that stands for a broken theme says its first problem on one line.
    func testAThemesProblemsAreSummedUpOnOneLine() {
        var files = classicFiles
        files["theme.yaml"] = files["theme.yaml"]!
            .replacingOccurrences(of: "fontSize: 10pt ", with: "fontSize: 900pt ")
            .replacingOccurrences(of: "baselineSkip: 12.5pt", with: "baselineSkip: 0pt")
        XCTAssertThrowsError(try ThemeLoader(origin: "./t").load(files: files, checkingTemplates: false)) { error in
            let summary = (error as? ThemeError)?.summary ?? ""
            XCTAssertFalse(summary.contains("\n"), summary)
            XCTAssertTrue(summary.hasSuffix("(and 1 more problem in the theme's manifests)"), summary)
            XCTAssertTrue(summary.contains("'layout.fontSize' is '900pt'") || summary.contains("'layout.baselineSkip' is '0pt'"), summary)
        }
    }
}
