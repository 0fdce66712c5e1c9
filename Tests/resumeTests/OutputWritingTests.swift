import Foundation
import ResumeKit
import XCTest

/// Every command writes its output by the same rules: a regular file replaced in one step with
/// its permissions and links kept, devices and `-` written as they are, never the input, never a
/// file the command did not make without `--force`, and every write error an exit code.
final class OutputWritingTests: XCTestCase {
    let resume = CommandRunner()

    func testSchemaNeverReplacesAResume() throws {
        let folder = try folderWithExample()
        let result = try resume.run(["schema", "-o", "cv.yaml"], in: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "error: 'cv.yaml' already exists; add --force to replace it\n")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("cv.yaml")), try exampleData())
    }

    func testSchemaBringsItsOwnEarlierFileUpToDate() throws {
        let folder = try temporaryDirectory(self)
        let schema = folder.appendingPathComponent("resume.schema.json")
        // An earlier version's schema: same identity, other content.
        let earlier = ResumeSchema.json.replacingOccurrences(of: "\"type\": \"object\"\n}", with: "\"type\": \"object\", \"x\": 1\n}")
        XCTAssertNotEqual(earlier, ResumeSchema.json)
        try earlier.write(to: schema, atomically: true, encoding: .utf8)
        XCTAssertEqual(try resume.run(["schema", "-o", "resume.schema.json"], in: folder).status, 0)
        XCTAssertEqual(try String(contentsOf: schema, encoding: .utf8), ResumeSchema.json)

        try "{\"title\": \"someone else's\"}".write(to: schema, atomically: true, encoding: .utf8)
        XCTAssertEqual(try resume.run(["schema", "-o", "resume.schema.json"], in: folder).status, 2)
        XCTAssertEqual(try resume.run(["schema", "-o", "resume.schema.json", "--force"], in: folder).status, 0)
        XCTAssertEqual(try String(contentsOf: schema, encoding: .utf8), ResumeSchema.json)
    }

    func testADashIsStandardOutput() throws {
        let folder = try folderWithExample()
        let result = try resume.run(["render", "cv.yaml", "-o", "-"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Theo Varga-Lindholm\n"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
        let stdout = try resume.run(["render", "cv.yaml", "--format", "html", "-o", "/dev/stdout"], in: folder)
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.hasPrefix("<!DOCTYPE html>"), stdout.stdout)
    }

    /// `/dev/null` stays a device whoever runs the command; it is written, not replaced.
    func testADeviceIsWrittenNotReplaced() throws {
        let folder = try folderWithExample()
        let result = try resume.run(["render", "cv.yaml", "--format", "html", "-o", "/dev/null"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        XCTAssertEqual(type, .typeCharacterSpecial)
        let full = try resume.run(["render", "cv.yaml", "--format", "html", "-o", "/dev/full"], in: folder)
        XCTAssertEqual(full.status, 1)
        XCTAssertEqual(full.stderr, "error: cannot write '/dev/full': no space left on device\n")
    }

    func testASymbolicLinkIsKeptAndItsTargetReplaced() throws {
        let folder = try folderWithExample()
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("site"), withIntermediateDirectories: false)
        try "old".write(to: folder.appendingPathComponent("site/cv.html"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("published.html").path, withDestinationPath: "site/cv.html")
        // A link to a link that points at nothing yet: the file is made where the chain ends.
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("next.html").path, withDestinationPath: "later.html")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("later.html").path, withDestinationPath: "site/next.html")

        for name in ["published.html", "next.html"] {
            let result = try resume.run(["render", "cv.yaml", "-o", name], in: folder)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertEqual(try manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("published.html").path), "site/cv.html")
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("site/cv.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("site/next.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(try manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("next.html").path), "later.html")
    }

    func testAPrivateFileStaysPrivateAndANewFileFollowsTheUmask() throws {
        let folder = try folderWithExample()
        let existing = folder.appendingPathComponent("private.html")
        try "old".write(to: existing, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: existing.path)
        XCTAssertEqual(try resume.run(["render", "cv.yaml", "-o", "private.html"], in: folder).status, 0)
        XCTAssertEqual(try permissions(existing), 0o600)
        XCTAssertTrue(try String(contentsOf: existing, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))

        let made = try resume.runShell("umask 027 && \"$RESUME\" render cv.yaml -o new.html", in: folder)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(try permissions(folder.appendingPathComponent("new.html")), 0o640)
        XCTAssertEqual(try hiddenFiles(in: folder), [], "no temporary file left beside the output")
    }

    /// The input is recognised by what it is, not by its name: a hard link or a symbolic link to
    /// it is refused too, and the résumé is untouched.
    func testTheInputIsNeverWrittenWhateverPathNamesIt() throws {
        let folder = try folderWithExample()
        try FileManager.default.linkItem(atPath: folder.appendingPathComponent("cv.yaml").path, toPath: folder.appendingPathComponent("hard.txt").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("soft.txt").path, withDestinationPath: "cv.yaml")
        for name in ["hard.txt", "soft.txt", "./cv.yaml"] {
            let result = try resume.run(["render", "cv.yaml", "--format", "text", "-o", name], in: folder)
            XCTAssertEqual(result.status, 2, name)
            XCTAssertTrue(result.stderr.hasPrefix("error: refusing to write the output over the input file 'cv.yaml'"), result.stderr)
        }
        let imported = try resume.run(["import", "cv.yaml", "-o", "hard.txt", "--force"], in: folder)
        XCTAssertEqual(imported.status, 2, imported.stderr)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("cv.yaml")), try exampleData())
    }

    func testAFullOrClosedStandardOutputIsAnError() throws {
        let folder = try folderWithExample()
        let full = try resume.runShell("\"$RESUME\" lint cv.yaml --format json > /dev/full", in: folder)
        XCTAssertEqual(full.status, 1, "the report was lost")
        XCTAssertEqual(full.stderr, "error: cannot write standard output: no space left on device\n")
        let closed = try resume.runShell("\"$RESUME\" render cv.yaml >&-", in: folder)
        XCTAssertEqual(closed.status, 1)
        XCTAssertEqual(closed.stderr, "error: cannot write standard output: it is closed\n")
    }

    /// A warning that cannot be printed fails the run instead of crashing it or passing as clean.
    func testAClosedStandardErrorEndsWithExitOne() throws {
        let folder = try folderWithExample()
        try "basics: {name: Ada Lovelace}\nmeta: {locale: xx}\n".write(
            to: folder.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let warned = try resume.run(["render", "cv.yaml", "-o", "cv.html"], in: folder)
        XCTAssertEqual(warned.status, 0)
        XCTAssertTrue(warned.stderr.contains("warning:"), "the file has a warning to print: \(warned.stderr)")
        let closed = try resume.runShell("\"$RESUME\" render cv.yaml -o cv2.html 2>&-", in: folder)
        XCTAssertEqual(closed.status, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("cv2.html").path))
    }

    func testImportInitAndThemesNewNeverReplaceAFile() throws {
        let folder = try folderWithExample()
        let json = folder.appendingPathComponent("resume.json")
        try #"{"basics": {"name": "Ada Lovelace"}}"#.write(to: json, atomically: true, encoding: .utf8)
        try "mine".write(to: folder.appendingPathComponent("notes.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try resume.run(["import", "resume.json", "-o", "notes.yaml"], in: folder).status, 2)
        XCTAssertEqual(try resume.run(["init", "notes.yaml"], in: folder).status, 2)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("notes.yaml"), encoding: .utf8), "mine")
        XCTAssertEqual(try resume.run(["import", "resume.json", "-o", "notes.yaml", "--force"], in: folder).status, 0)
        XCTAssertTrue(try String(contentsOf: folder.appendingPathComponent("notes.yaml"), encoding: .utf8).contains("Ada Lovelace"))
    }

    private func folderWithExample() throws -> URL {
        let folder = try temporaryDirectory(self)
        try exampleData().write(to: folder.appendingPathComponent("cv.yaml"))
        return folder
    }

    private func exampleData() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: CommandRunner.example("cv.yaml")))
    }

    private func permissions(_ file: URL) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int)
    }

    private func hiddenFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }
}
