import Foundation
import ResumeKit
import TestSupport
import XCTest

/// The `resume-lint` hook of `.pre-commit-hooks.yaml`, run for real by the pre-commit framework
/// from PyPI: pre-commit fetches this repository, builds it as its `language: swift` does, and
/// runs the hook on commits in another repository.
final class PreCommitTests: XCTestCase {
    /// One test for everything, as pre-commit builds the package in release mode the first time
    /// a hook runs — minutes on two cores — and this way only once per run. The repository that
    /// pre-commit fetches is a clone of this one at HEAD: commit a change to the hook before
    /// running this test on it.
    func testACommitWithAnErrorIsStoppedAndACleanOnePasses() throws {
        let user = try TemporaryGitRepository(self)
        let python = try PythonEnvironment.python()
        let folder = try temporaryDirectory(self)
        let hookRepository = folder.appendingPathComponent("resume")
        let revision = try Self.clone(CommandRunner.packageRoot, to: hookRepository, environment: user.environment)
        // pre-commit's own cache, with the release build in it, lives and goes with the test.
        let environment: [String: String?] = ["PRE_COMMIT_HOME": folder.appendingPathComponent("pre-commit").path]
        let log = folder.appendingPathComponent("pre-commit/pre-commit.log")

        try user.write(
            """
            repos:
              - repo: \(hookRepository.path)
                rev: \(revision)
                hooks:
                  - id: resume-lint

            """, to: ".pre-commit-config.yaml")
        let installed = try ProcessRunner.run(
            python.path, ["-m", "pre_commit", "install"], in: user.root,
            environment: user.environment.merging(environment) { _, new in new }, mergingStandardError: true)
        XCTAssertEqual(installed.status, 0, installed.output)

        try user.write(HookSamples.tooLong, to: "cv.yaml")
        try user.git(["add", ".pre-commit-config.yaml", "cv.yaml"])
        let started = Date()
        // The first commit builds the package in release mode: minutes on two cores.
        let stopped = try user.commit("too long", environment: environment, timeout: 1800)
        print("pre-commit built the resume-lint hook and ran it in \(Int(Date().timeIntervalSince(started))) s")
        let details = stopped.output + ((try? String(contentsOf: log, encoding: .utf8)) ?? "")
        XCTAssertNotEqual(stopped.status, 0, details)
        XCTAssertTrue(stopped.output.contains("resume lint"), details)
        XCTAssertTrue(stopped.output.contains("Failed"), details)
        XCTAssertTrue(stopped.output.contains("cv.yaml:1:1: error: renders to "), details)
        XCTAssertTrue(stopped.output.contains("[page-count]"), details)
        XCTAssertNil(try user.head(), "nothing was committed")

        try user.write(HookSamples.clean, to: "cv.yaml")
        try user.write("not: [a résumé\n", to: "notes.yaml")  // does not match the hook's files: not checked
        try user.git(["add", "cv.yaml", "notes.yaml"])
        let passed = try user.commit("clean", environment: environment)
        XCTAssertEqual(passed.status, 0, passed.output)
        XCTAssertTrue(passed.output.contains("Passed"), passed.output)
        XCTAssertNotNil(try user.head())
    }

    /// `resume-lint-system` runs the `resume` on PATH: nothing is built, and a commit with an error
    /// is stopped as with `resume-lint`.
    func testTheSystemHookRunsTheResumeOnPath() throws {
        let user = try TemporaryGitRepository(self)
        let python = try PythonEnvironment.python()
        let folder = try temporaryDirectory(self)
        let hookRepository = folder.appendingPathComponent("resume")
        let revision = try Self.clone(CommandRunner.packageRoot, to: hookRepository, environment: user.environment)
        let path = CommandRunner.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let environment: [String: String?] = ["PRE_COMMIT_HOME": folder.appendingPathComponent("pre-commit").path, "PATH": path]
        try user.write(
            """
            repos:
              - repo: \(hookRepository.path)
                rev: \(revision)
                hooks:
                  - id: resume-lint-system

            """, to: ".pre-commit-config.yaml")
        let installed = try ProcessRunner.run(
            python.path, ["-m", "pre_commit", "install"], in: user.root,
            environment: user.environment.merging(environment) { _, new in new }, mergingStandardError: true)
        XCTAssertEqual(installed.status, 0, installed.output)
        try user.write(HookSamples.tooLong, to: "cv.yaml")
        try user.git(["add", ".pre-commit-config.yaml", "cv.yaml"])
        let stopped = try user.commit("too long", environment: environment)
        XCTAssertNotEqual(stopped.status, 0, stopped.output)
        XCTAssertTrue(stopped.output.contains("cv.yaml:1:1: error: renders to "), stopped.output)
        XCTAssertNil(try user.head(), "nothing was committed")
    }

    func testTheHooksMatchTheSameFilesAsResumeHookInstall() throws {
        let manifest = try String(
            contentsOf: CommandRunner.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        let hooks = manifest.components(separatedBy: "\n- id: ").dropFirst()
        XCTAssertEqual(hooks.map { $0.prefix { $0 != "\n" } }, ["resume-lint", "resume-lint-system"])
        for hook in hooks {
            XCTAssertTrue(hook.contains("  files: '\(ResumeFilePattern.preCommitFiles)'\n"), hook)
            XCTAssertTrue(hook.contains("  entry: resume lint\n"), hook)
        }
        XCTAssertTrue(hooks.first!.contains("  language: swift\n"))
        XCTAssertTrue(hooks.last!.contains("  language: system\n"))
    }

    /// Clones `repository` at its HEAD and returns the commit, as the `rev` pre-commit checks out.
    /// A copy of the sources that is not a git repository cannot be fetched by pre-commit.
    private static func clone(_ repository: URL, to destination: URL, environment: [String: String?]) throws -> String {
        let cloned = try ProcessRunner.run(
            "git", ["clone", "--quiet", repository.path, destination.path], environment: environment,
            mergingStandardError: true)
        guard cloned.status == 0 else {
            try RequiredTool.unavailable("\(repository.path) is not a git repository with a commit to fetch: \(cloned.output)")
        }
        let head = try ProcessRunner.run("git", ["rev-parse", "HEAD"], in: destination, environment: environment)
        return head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
