import Foundation
import ResumeKit
import XCTest

/// `resume schema`, and the schema `resume init` writes beside a new résumé.
final class SchemaCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testPrintsTheSchemaTheSameEveryRun() throws {
        let first = try resume.run(["schema"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, "")
        XCTAssertEqual(first.stdout, ResumeSchema.json)
        XCTAssertEqual(try resume.run(["schema"]).stdout, first.stdout)
        let committed = CommandRunner.packageRoot.appendingPathComponent("schema/resume.schema.json")
        XCTAssertEqual(
            try String(contentsOf: committed, encoding: .utf8), first.stdout,
            "schema/resume.schema.json is out of date: run scripts/generate-schema")
        let parsed = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(parsed?["$schema"] as? String, "http://json-schema.org/draft-07/schema#")
    }

    func testWritesToAFileWithO() throws {
        let directory = try temporaryDirectory(self)
        let result = try resume.run(["schema", "-o", "resume.schema.json"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let written = try String(contentsOf: directory.appendingPathComponent("resume.schema.json"), encoding: .utf8)
        XCTAssertEqual(written, ResumeSchema.json)
    }

    func testAMissingFolderIsAnOutputFailure() throws {
        let directory = try temporaryDirectory(self)
        let result = try resume.run(["schema", "--output", "missing/resume.schema.json"], in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("cannot write 'missing/resume.schema.json': no such directory"), result.stderr)
    }

    func testHelpShowsTheEditorLine() throws {
        let help = try resume.run(["schema", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: resume schema"), help.stdout)
        XCTAssertTrue(help.stdout.contains("# yaml-language-server: $schema=./resume.schema.json"), help.stdout)
        XCTAssertTrue(try resume.run(["--help"]).stdout.contains("schema"))
    }

    func testInitPointsTheStarterAtTheSchemaItWritesBesideIt() throws {
        let directory = try temporaryDirectory(self)
        let result = try resume.run(["init"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let starter = try String(contentsOf: directory.appendingPathComponent("cv.yaml"), encoding: .utf8)
        XCTAssertEqual(starter.split(separator: "\n").first, "# yaml-language-server: $schema=./resume.schema.json")
        let schema = try String(contentsOf: directory.appendingPathComponent("resume.schema.json"), encoding: .utf8)
        XCTAssertEqual(schema, ResumeSchema.json)
        XCTAssertTrue(result.stderr.contains("wrote cv.yaml and resume.schema.json"), result.stderr)
    }

    func testInitInAFolderWritesTheSchemaInThatFolder() throws {
        let directory = try temporaryDirectory(self)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("cvs"), withIntermediateDirectories: true)
        let result = try resume.run(["init", "cvs/ada.yaml"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("cvs/resume.schema.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("resume.schema.json").path))
        XCTAssertTrue(result.stderr.contains("cvs/resume.schema.json"), result.stderr)
    }

    func testInitKeepsASchemaThatIsAlreadyThere() throws {
        let directory = try temporaryDirectory(self)
        let schema = directory.appendingPathComponent("resume.schema.json")
        try "{}\n".write(to: schema, atomically: true, encoding: .utf8)
        let result = try resume.run(["init", "second.yaml"], in: directory)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try String(contentsOf: schema, encoding: .utf8), "{}\n")
        XCTAssertTrue(result.stderr.contains("kept the existing resume.schema.json"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("second.yaml").path))
    }
}
