import Foundation
import TestSupport
import XCTest

/// Runs the built `resume` binary as a user would, capturing its output and exit code: a thin
/// layer over `ProcessRunner` that knows where the binary and the examples are.
struct CommandRunner {
    typealias Result = ProcessResult

    /// The `resume` executable built next to the test bundle.
    static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("resume")
    }

    /// The package's root folder.
    static let packageRoot = Repository.root

    /// The path of the example `name` (`cv.yaml`).
    static func example(_ name: String) -> String {
        Repository.example(name).path
    }

    var executable: URL = CommandRunner.executable

    /// Runs `resume` with `arguments`; `environment` changes the test's own (nil removes a
    /// variable). At `timeout` the command is stopped and the test fails.
    func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:], input: Data? = nil,
        timeout: TimeInterval = ProcessRunner.defaultTimeout, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Result {
        try ProcessRunner.run(
            executable.path, arguments, in: directory, environment: environment, input: input, timeout: timeout,
            file: file, line: line)
    }

    /// Starts `resume` and returns at once, for commands that keep running (`watch`) or that a
    /// test interrupts.
    func start(_ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]) throws
        -> RunningProcess
    {
        try ProcessRunner.start(executable.path, arguments, in: directory, environment: environment)
    }
}

extension CommandRunner {
    /// Runs a `/bin/sh` command line in which `"$RESUME"` is the built executable: for standard
    /// streams a test must close or point at a device (`>&-`, `> /dev/full`).
    func runShell(
        _ script: String, in directory: URL? = nil, environment: [String: String] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> Result {
        try ProcessRunner.run(
            "/bin/sh", ["-c", script], in: directory,
            environment: environment.merging(["RESUME": executable.path, "NO_COLOR": "1"]) { _, ours in ours },
            file: file, line: line)
    }
}

/// A fresh temporary folder, removed when the test ends.
func temporaryDirectory(_ testCase: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("resume-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    testCase.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}

/// A `meta` block hiding the post's sections other than work, so a fixture with only work
/// experience is complete for the required-sections rule.
let onlyWorkSections = "meta:\n  sections:\n" + ["education", "projects", "awards", "researchInterests", "teaching", "skills"]
    .map { "    - {section: \($0), hidden: true}\n" }.joined()
