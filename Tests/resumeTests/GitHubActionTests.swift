import Foundation
import TestSupport
import XCTest

/// The GitHub Action's lint step (`scripts/github-action`, which `action.yml` runs), run as the
/// runner would: inputs in `INPUT_*` variables, outputs appended to `GITHUB_OUTPUT`.
final class GitHubActionTests: XCTestCase {
    private let script = CommandRunner.packageRoot.appendingPathComponent("scripts/github-action").path

    func testFindingsBecomeAnnotationsSARIFAndTheExitCode() throws {
        let folder = try temporaryDirectory(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("resumes"), withIntermediateDirectories: true)
        try HookSamples.tooLong.write(to: folder.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        try HookSamples.clean.write(to: folder.appendingPathComponent("resumes/resume-en.yml"), atomically: true, encoding: .utf8)
        try "not: a résumé\n".write(to: folder.appendingPathComponent("notes.yaml"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("github-output")
        let result = try run(in: folder, ["INPUT_SARIF": "findings.sarif", "GITHUB_OUTPUT": output.path])
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertTrue(result.stdout.contains("::error file=cv.yaml,line=1,col=1"), result.stdout)
        XCTAssertFalse(result.stdout.contains("notes.yaml"), "only the default globs' files are linted")
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "exit-code=1\n")
        let sarif = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("findings.sarif"))) as? [String: Any]
        XCTAssertEqual(sarif?["version"] as? String, "2.1.0")
    }

    func testNoResumeIsAnError() throws {
        let folder = try temporaryDirectory(self)
        let result = try run(in: folder, ["INPUT_FILES": "missing/*.yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "::error::no résumé matches 'missing/*.yaml'\n")
    }

    func testPDFsAreRenderedWhenAsked() throws {
        try RequiredTool.path(of: "pdflatex")
        let folder = try temporaryDirectory(self)
        try FileManager.default.copyItem(atPath: CommandRunner.example("minimal.yaml"), toPath: folder.appendingPathComponent("cv.yaml").path)
        let result = try run(in: folder, ["INPUT_FILES": "cv.yaml", "INPUT_PDF": "pdf"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(try Data(contentsOf: folder.appendingPathComponent("pdf/cv.pdf")).starts(with: Data("%PDF-".utf8)))
    }

    /// action.yml's lint step runs the script with every input passed on.
    func testTheActionRunsTheScriptWithItsInputs() throws {
        let action = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        XCTAssertTrue(action.contains("using: composite"))
        XCTAssertTrue(action.contains(#"run: '"$GITHUB_ACTION_PATH/scripts/github-action"'"#))
        for input in ["files", "strict", "theme", "sarif", "pdf"] {
            XCTAssertTrue(action.contains("\n  \(input):\n"), "input \(input) is declared")
            XCTAssertTrue(action.contains("INPUT_\(input.uppercased()): ${{ inputs.\(input) }}"), "input \(input) reaches the script")
        }
    }

    /// The `files` input's default, as action.yml declares it.
    private func defaultFiles() throws -> String {
        let action = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        let declaration = try XCTUnwrap(action.components(separatedBy: "\n  files:\n").last)
        let line = try XCTUnwrap(declaration.split(separator: "\n").first { $0.hasPrefix("    default: ") })
        return String(line.dropFirst("    default: ".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    private func run(in folder: URL, _ inputs: [String: String]) throws -> ProcessResult {
        var environment: [String: String?] = ["RESUME": CommandRunner.executable.path, "NO_COLOR": "1", "GITHUB_OUTPUT": nil]
        for (name, value) in inputs { environment[name] = value }
        if inputs["INPUT_FILES"] == nil { environment["INPUT_FILES"] = try defaultFiles() }
        return try ProcessRunner.run("/bin/bash", [script], in: folder, environment: environment)
    }
}
