import Foundation
import XCTest

/// Python for the tests that check output with a reference implementation from PyPI: `python3`
/// itself, and packages installed once per machine into a virtual environment in the temporary
/// folder — never into the repository or the system's Python.
///
/// What cannot be had (no python3, no venv, no network) skips the test, except under `CI=true`,
/// where it fails, so that CI always runs these tests.
enum Python {
    /// Runs `program` (by default `python3` from the `PATH`) with `arguments`, feeding it `input`;
    /// returns its exit status and its standard output and error together.
    static func run(
        _ arguments: [String], program: URL? = nil, input: String? = nil
    ) throws -> (status: Int32, output: String) {
        let process = Process()
        if let program {
            process.executableURL = program
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3"] + arguments
        }
        let output = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data((input ?? "").utf8))
        try standardInput.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Skips the test for `reason`; under `CI=true` it fails first.
    static func unavailable<T>(_ reason: String) throws -> T {
        if ProcessInfo.processInfo.environment["CI"] != nil {
            XCTFail(reason)
        }
        throw XCTSkip(reason)
    }
}

/// A virtual environment holding pinned PyPI packages, made on first use in the temporary folder
/// and shared by later test runs on the machine. It is built under another name and renamed when
/// complete, so a run that stops half-way, or two runs at once, never leave a broken one.
struct PythonEnvironment {
    /// Pinned requirements, such as `check-jsonschema==0.39.0`.
    let requirements: [String]

    var folder: URL {
        let name = requirements.joined(separator: "-").map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : "-" }
        return FileManager.default.temporaryDirectory.appendingPathComponent("resume-tests-venv-" + String(name))
    }

    /// The environment's own interpreter, which imports the packages; run tools as `python -m tool`,
    /// as the scripts in `bin/` name the folder they were installed in.
    func python() throws -> URL {
        let python = folder.appendingPathComponent("bin/python")
        if FileManager.default.isExecutableFile(atPath: python.path) { return python }
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resume-tests-venv-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        let created = try Python.run(["-m", "venv", staging.path])
        guard created.status == 0 else {
            return try Python.unavailable("cannot make a Python virtual environment: \(created.output)")
        }
        let installed = try Python.run(
            ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"] + requirements,
            program: staging.appendingPathComponent("bin/python"))
        guard installed.status == 0 else {
            return try Python.unavailable("cannot install \(requirements.joined(separator: " ")): \(installed.output)")
        }
        try? FileManager.default.moveItem(at: staging, to: folder)
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            return try Python.unavailable("cannot set up the virtual environment \(folder.path)")
        }
        return python
    }
}
