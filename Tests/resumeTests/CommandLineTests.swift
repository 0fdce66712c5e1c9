import Foundation
import XCTest

final class CommandLineTests: XCTestCase {
    let resume = CommandRunner()

    func testVersion() throws {
        let result = try resume.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, result.stdout)
    }

    func testHelpDocumentsExitCodesAndEveryCommandHasHelp() throws {
        let help = try resume.run(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("EXIT CODES"))
        XCTAssertTrue(help.stdout.contains("2  invalid input"))
        for command in ["render", "init"] {
            let result = try resume.run([command, "--help"])
            XCTAssertEqual(result.status, 0, command)
            XCTAssertTrue(result.stdout.contains("USAGE: resume \(command)"), command)
        }
    }

    func testInitWritesAStarterThatRendersAndNeverOverwrites() throws {
        let directory = try temporaryDirectory(self)
        let first = try resume.run(["init"], in: directory)
        XCTAssertEqual(first.status, 0, first.stderr)
        let starter = directory.appendingPathComponent("cv.yaml")
        let text = try String(contentsOf: starter, encoding: .utf8)
        XCTAssertTrue(text.contains("Research on Pre-training Language Models (such as BERT, XL-Net) for Dialogue System"))
        let render = try resume.run(["render", "cv.yaml", "--format", "html"], in: directory)
        XCTAssertEqual(render.status, 0, render.stderr)
        XCTAssertEqual(render.stderr, "", "the starter loads without warnings")
        for section in ["Education", "Work Experience", "Projects", "Awards", "Research Interests", "Teaching", "Technical Skills"] {
            XCTAssertTrue(render.stdout.contains(section), section)
        }

        try "mine".write(to: starter, atomically: true, encoding: .utf8)
        let second = try resume.run(["init"], in: directory)
        XCTAssertEqual(second.status, 2)
        XCTAssertTrue(second.stderr.contains("already exists"))
        XCTAssertEqual(try String(contentsOf: starter, encoding: .utf8), "mine")
    }

    func testNoColourWhenNotATerminal() throws {
        let result = try resume.run(["render", "missing.yaml"])
        XCTAssertFalse(result.stderr.contains("\u{1B}["))
    }
}
