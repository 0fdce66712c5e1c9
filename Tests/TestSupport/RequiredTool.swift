// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation
import XCTest

/// What a test needs from the machine — TeX, Poppler, git, Python and packages from PyPI — and the
/// one rule for when it is missing: the test is skipped, except under `CI=true`, where everything
/// must be installed and the test fails instead.
public enum RequiredTool {
    /// `CI=true`: the tests run where every tool must be installed (`.ci/run` sets it).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The path of `program` on the `PATH`; when it is not there, the test is skipped, or fails
    /// under `CI=true`. `package` says what installs it.
    @discardableResult
    public static func path(
        of program: String, installedBy package: String? = nil, file: StaticString = #filePath, line: UInt = #line
    ) throws -> String {
        if let path = ProcessRunner.find(program) { return path }
        try unavailable(
            "\(program) is not installed" + (package.map { " (install \($0))" } ?? ""), file: file, line: line)
    }

    /// Skips the test because `reason` (a tool or what it needs is missing); under `CI=true`
    /// fails it instead.
    public static func unavailable(_ reason: String, file: StaticString = #filePath, line: UInt = #line) throws -> Never {
        guard isCI else { throw XCTSkip("\(reason); under CI=true this is a failure", file: file, line: line) }
        XCTFail("\(reason), and CI=true requires every test to run", file: file, line: line)
        throw Missing(reason: reason)
    }

    /// Thrown under `CI=true` after the failure, to stop the test.
    public struct Missing: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { "required: \(reason)" }
    }
}
#endif
