import Foundation
import XCTest

/// A command-line tool from PyPI, installed once per machine into its own virtual environment in
/// the temporary folder — never into the repository or the system's Python.
struct PythonTool {
    /// What pip installs, pinned: `pre-commit==4.7.0`.
    var requirement: String
    /// The module that runs the tool with `python -m`.
    var module: String

    /// The environment's folder, named after the requirement so that a new pin gets a new one.
    var environment: URL {
        let name = requirement.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" }
        return FileManager.default.temporaryDirectory.appendingPathComponent("resume-tests-venv-\(String(name))")
    }

    /// The environment's Python, which runs the tool as `python -m MODULE`. The environment is made
    /// on first use; when it cannot be, the test is skipped, except in CI, where it fails.
    func python() throws -> URL {
        let python = environment.appendingPathComponent("bin/python")
        if try ToolProcess.run(python.path, ["-m", module, "--version"]).status == 0 { return python }
        try? FileManager.default.removeItem(at: environment)
        // Built beside its final place and moved there when complete, so a failed install leaves
        // nothing that looks usable; `python -m` finds a moved environment by its own path.
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("resume-tests-venv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        let created = try ToolProcess.run("/usr/bin/env", ["python3", "-m", "venv", staging.path])
        guard created.status == 0 else { try RequiredTool.unavailable("python3 cannot make a virtual environment: \(created.output)") }
        let installed = try ToolProcess.run(
            staging.appendingPathComponent("bin/python").path,
            ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement])
        guard installed.status == 0 else { try RequiredTool.unavailable("cannot install \(requirement): \(installed.output)") }
        try FileManager.default.moveItem(at: staging, to: environment)
        let check = try ToolProcess.run(python.path, ["-m", module, "--version"])
        guard check.status == 0 else { try RequiredTool.unavailable("\(requirement) does not run: \(check.output)") }
        return python
    }
}

/// A program a test needs from the machine: its absence skips the test, except under `CI`, where
/// everything the tests need must be installed and the test fails instead.
enum RequiredTool {
    static func unavailable(_ reason: String) throws -> Never {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            XCTFail(reason)
        }
        throw XCTSkip(reason)
    }

    /// Checks that a command runs (`git --version`), or skips or fails the test.
    static func require(_ command: String, _ arguments: [String] = ["--version"]) throws {
        let result = try ToolProcess.run("/usr/bin/env", [command] + arguments)
        if result.status != 0 { try unavailable("\(command) is not installed: \(result.output)") }
    }
}

/// Runs a program to its end and keeps what it printed, standard output and error together, in
/// the order it printed them.
enum ToolProcess {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with the test's environment changed by `environment`, where nil removes
    /// a variable.
    static func run(
        _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:]
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            return Result(status: 127, output: "\(executable): not found")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var processEnvironment = ProcessInfo.processInfo.environment
        for (name, value) in environment { processEnvironment[name] = value }
        process.environment = processEnvironment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
