import Foundation
import XCTest

/// Runs the built `resume` binary as a user would, capturing its output and exit code.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `resume` executable built next to the test bundle.
    static var executable: URL {
        Bundle.main.bundleURL.appendingPathComponent("resume")
    }

    /// The package's root folder, for the bundled examples.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples/\(name)").path
    }

    var executable: URL = CommandRunner.executable

    func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var processEnvironment = ProcessInfo.processInfo.environment
        processEnvironment.merge(environment) { _, new in new }
        process.environment = processEnvironment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

extension CommandRunner {
    /// Runs a `/bin/sh` command line in which `"$RESUME"` is the built executable: for standard
    /// streams a test must close or point at a device (`>&-`, `> /dev/full`).
    func runShell(_ script: String, in directory: URL? = nil) throws -> Result {
        var runner = self
        runner.executable = URL(fileURLWithPath: "/bin/sh")
        return try runner.run(["-c", script], in: directory, environment: ["RESUME": executable.path, "NO_COLOR": "1"])
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
