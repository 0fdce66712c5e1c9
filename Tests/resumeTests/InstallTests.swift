import Foundation
import ResumeKit
import TestSupport
import XCTest

/// `scripts/install`: the standalone binary, installed with its manual page and completions,
/// runs where the Swift toolchain's libraries cannot be found; uninstall leaves nothing behind.
final class InstallTests: XCTestCase {
    /// One test, as building the release binary takes minutes.
    func testTheStandaloneBinaryInstallsRunsWithoutSwiftAndUninstalls() throws {
        for tool in ["strip", "unshare", "man"] { try RequiredTool.path(of: tool) }
        let folder = try temporaryDirectory(self)
        let prefix = folder.appendingPathComponent("prefix")
        let script = CommandRunner.packageRoot.appendingPathComponent("scripts/install").path
        let installed = try ProcessRunner.run("/bin/bash", [script, prefix.path], timeout: 1800)
        XCTAssertEqual(installed.status, 0, installed.output)
        let files = ["bin/resume", "share/man/man1/resume.1", "share/bash-completion/completions/resume",
                     "share/zsh/site-functions/_resume", "share/fish/vendor_completions.d/resume.fish"]
        XCTAssertEqual(installed.stdout, files.map { "installed \(prefix.path)/\($0)\n" }.joined())
        let binary = prefix.appendingPathComponent("bin/resume").path

        let version = try ProcessRunner.run(binary, ["--version"])
        XCTAssertEqual(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines), ResumeKitVersion.current)
        let libraries = try ProcessRunner.run("/usr/bin/ldd", [binary])
        XCTAssertFalse(libraries.stdout.contains("libswiftCore"), "the Swift runtime is linked in: \(libraries.stdout)")
        XCTAssertFalse(libraries.stdout.contains("libFoundation"), libraries.stdout)

        // The toolchain's runtime folder hidden behind an empty one, in a private mount namespace.
        let runtime = try toolchainRuntimeFolder()
        let example = CommandRunner.example("cv.yaml")
        let hidden = try ProcessRunner.run(
            "/usr/bin/unshare",
            ["--mount", "/bin/sh", "-c",
             #"mount -t tmpfs none "$1" && ls "$1" | wc -l && "$2" render "$3" --format html | head -n 1 && "$2" lint "$3" | tail -n 1"#,
             "sh", runtime, binary, example],
            mergingStandardError: true)
        guard !hidden.output.contains("unshare failed") else {
            try RequiredTool.unavailable("a private mount namespace (unshare --mount needs root): \(hidden.output)")
        }
        XCTAssertEqual(hidden.status, 0, hidden.output)
        XCTAssertEqual(hidden.output, "0\n<!DOCTYPE html>\nno problems in 1 file\n", "renders and lints with \(runtime) empty")

        let manual = try ProcessRunner.run("/usr/bin/man", ["-M", prefix.appendingPathComponent("share/man").path, "-P", "cat", "resume"], environment: ["MANWIDTH": "80"])
        XCTAssertEqual(manual.status, 0, manual.output)
        XCTAssertTrue(manual.stdout.contains("resume"), manual.output)
        let completion = try ProcessRunner.run(
            "/bin/bash", ["-c", #"source "$1" && complete -p resume"#, "bash", prefix.appendingPathComponent("share/bash-completion/completions/resume").path])
        XCTAssertEqual(completion.status, 0, completion.output)
        XCTAssertTrue(completion.stdout.contains(" resume"), completion.output)

        let removed = try ProcessRunner.run("/bin/bash", [script, "--uninstall", prefix.path])
        XCTAssertEqual(removed.status, 0, removed.output)
        XCTAssertEqual(FileManager.default.subpaths(atPath: prefix.path) ?? [], [], "uninstall leaves nothing: \(removed.output)")
    }

    /// Where the toolchain keeps the Swift runtime libraries a dynamically linked build needs.
    private func toolchainRuntimeFolder() throws -> String {
        let info = try ProcessRunner.run("swift", ["-print-target-info"])
        let json = try JSONSerialization.jsonObject(with: info.standardOutput) as? [String: Any]
        let paths = (json?["paths"] as? [String: Any])?["runtimeLibraryPaths"] as? [String]
        return try XCTUnwrap(paths?.first, info.output)
    }
}
