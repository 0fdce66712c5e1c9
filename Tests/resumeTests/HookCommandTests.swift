import Foundation
import ResumeKit
import TestSupport
import XCTest

final class HookCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testInstallFromASubdirectoryWritesAnExecutableHookThatRunsThisResume() throws {
        let repository = try TemporaryGitRepository(self)
        let subdirectory = repository.root.appendingPathComponent("resumes/old")
        try FileManager.default.createDirectory(at: subdirectory, withIntermediateDirectories: true)

        let result = try run(["hook", "install"], in: subdirectory, repository)
        XCTAssertEqual(result.status, 0, result.stderr)
        let hook = repository.root.appendingPathComponent(".git/hooks/pre-commit")
        XCTAssertTrue(result.stderr.contains("installed \(hook.path)"), result.stderr)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: hook.path))
        let text = try String(contentsOf: hook, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("#!/bin/sh\n"), text)
        XCTAssertTrue(PreCommitHookScript.isWrittenByResume(text))
        XCTAssertTrue(text.contains("installed='\(CommandRunner.executable.path)'\n"), "records the resume that installed it")
        XCTAssertTrue(text.contains("pattern='\(ResumeFilePattern.default)'\n"), text)
        XCTAssertEqual(try ProcessRunner.run("/bin/sh", ["-n", hook.path]).status, 0, "the hook is valid POSIX sh")

        let again = try run(["hook", "install"], in: repository.root, repository)
        XCTAssertEqual(again.status, 0, "its own hook is brought up to date: \(again.stderr)")
        XCTAssertTrue(again.stderr.contains("updated \(hook.path)"), again.stderr)
    }

    func testAnotherHookIsReplacedOnlyWithForceAndNeverUninstalled() throws {
        let repository = try TemporaryGitRepository(self)
        let hook = repository.root.appendingPathComponent(".git/hooks/pre-commit")
        let theirs = "#!/bin/sh\nexec their-checks\n"
        try theirs.write(to: hook, atomically: true, encoding: .utf8)

        let refused = try run(["hook", "install"], in: repository.root, repository)
        XCTAssertEqual(refused.status, 2)
        XCTAssertEqual(refused.stderr, "error: \(hook.path) exists and was not written by resume; use --force to replace it\n")
        let kept = try run(["hook", "uninstall"], in: repository.root, repository)
        XCTAssertEqual(kept.status, 2)
        XCTAssertTrue(kept.stderr.contains("was not written by resume; it is left alone"), kept.stderr)
        XCTAssertEqual(try String(contentsOf: hook, encoding: .utf8), theirs)

        let forced = try run(["hook", "install", "--force"], in: repository.root, repository)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stderr.contains("replaced the existing hook with \(hook.path)"), forced.stderr)
        XCTAssertTrue(PreCommitHookScript.isWrittenByResume(try String(contentsOf: hook, encoding: .utf8)))
    }

    func testUninstallRemovesItsOwnHook() throws {
        let repository = try TemporaryGitRepository(self)
        let hook = repository.root.appendingPathComponent(".git/hooks/pre-commit")
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)

        let removed = try run(["hook", "uninstall"], in: repository.root, repository)
        XCTAssertEqual(removed.status, 0, removed.stderr)
        XCTAssertEqual(removed.stderr, "note: removed \(hook.path)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: hook.path))

        let nothing = try run(["hook", "uninstall"], in: repository.root, repository)
        XCTAssertEqual(nothing.status, 0, nothing.stderr)
        XCTAssertTrue(nothing.stderr.contains("there is no pre-commit hook"), nothing.stderr)
    }

    func testOutsideARepositoryIsInvalidInput() throws {
        let repository = try TemporaryGitRepository(self)  // for its git environment
        let outside = try temporaryDirectory(self)
        let result = try run(["hook", "install"], in: outside, repository)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("error: not in a git repository ("), result.stderr)
    }

    func testCommitWithAnErrorInTheStagedResumeIsStoppedAndACleanOnePasses() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        try FileManager.default.createDirectory(at: repository.root.appendingPathComponent("resumes"), withIntermediateDirectories: true)

        try repository.write(HookSamples.tooLong, to: "resumes/cv.yaml")
        try repository.write("not: [a résumé\n", to: "notes.yaml")  // does not match the pattern: not checked
        try repository.git(["add", "resumes/cv.yaml", "notes.yaml"])
        let stopped = try repository.commit("too long")
        XCTAssertNotEqual(stopped.status, 0, stopped.output)
        XCTAssertTrue(stopped.output.contains("resumes/cv.yaml:1:1: error: renders to "), "findings name the repository path: \(stopped.output)")
        XCTAssertTrue(stopped.output.contains("[page-count]"), stopped.output)
        XCTAssertFalse(stopped.output.contains("resume-hook."), "no temporary path is shown: \(stopped.output)")
        XCTAssertTrue(stopped.output.contains("the commit is stopped"), stopped.output)
        XCTAssertNil(try repository.head(), "nothing was committed")

        try repository.write(HookSamples.clean, to: "resumes/cv.yaml")
        try repository.git(["add", "resumes/cv.yaml"])
        let passed = try repository.commit("clean")
        XCTAssertEqual(passed.status, 0, passed.output)
        XCTAssertTrue(passed.output.contains("no problems in 1 file"), passed.output)
        XCTAssertNotNil(try repository.head())
    }

    /// A staged résumé whose name is not UTF-8 is copied out by its bytes and reported by the
    /// name shown with them.
    func testAStagedResumeWhoseNameIsNotUTF8IsChecked() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        let staged = try ProcessRunner.run(
            "/bin/sh", ["-c", #"name="$(printf 'cv\377.yaml')" && printf '%s' "$TEXT" > "$name" && git add -- "$name""#],
            in: repository.root, environment: repository.environment.merging(["TEXT": HookSamples.tooLong]) { _, new in new },
            mergingStandardError: true)
        XCTAssertEqual(staged.status, 0, staged.output)
        let stopped = try repository.commit("too long")
        XCTAssertNotEqual(stopped.status, 0, stopped.output)
        XCTAssertTrue(stopped.output.contains("cv\\xFF.yaml:1:1: error: renders to "), stopped.output)
        XCTAssertNil(try repository.head(), "nothing was committed")
    }

    func testTheStagedVersionIsCheckedNotTheWorkingTree() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)

        try repository.write(HookSamples.clean.replacingOccurrences(of: "basics:", with: "basic:"), to: "CV.yml")
        try repository.git(["add", "CV.yml"])
        try repository.write(HookSamples.clean, to: "CV.yml")  // fixed, but not staged
        let stopped = try repository.commit("unknown key staged")
        XCTAssertNotEqual(stopped.status, 0, stopped.output)
        XCTAssertTrue(stopped.output.range(of: #"CV\.yml:\d+:1: error: unknown key 'basic'"#, options: .regularExpression) != nil, stopped.output)

        try repository.git(["add", "CV.yml"])
        try repository.write(HookSamples.tooLong, to: "CV.yml")  // broken, but not staged
        let passed = try repository.commit("clean staged")
        XCTAssertEqual(passed.status, 0, passed.output)
    }

    func testTheStagedLintConfigurationApplies() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        try repository.write(HookSamples.clean, to: "resume.yaml")
        try repository.write("rules:\n  page-count: {max: 1}\n", to: ".resume-lint.yaml")
        try repository.git(["add", "resume.yaml", ".resume-lint.yaml"])
        let stopped = try repository.commit("one page only")
        XCTAssertNotEqual(stopped.status, 0, stopped.output)
        XCTAssertTrue(stopped.output.contains("[page-count]"), stopped.output)
    }

    /// Any file name works — a newline or a double quote in it — and the file is checked.
    func testResumesWithAnyFileNameAreChecked() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        for name in ["cv \"final\".yaml", "cv\nsecond.yaml"] {
            try repository.write("basic: {name: Ada}\n", to: name)
            try repository.git(["add", "--", name])
            let stopped = try repository.commit("broken")
            XCTAssertNotEqual(stopped.status, 0, "\(name): \(stopped.output)")
            XCTAssertTrue(stopped.output.contains("unknown key 'basic'"), stopped.output)
            XCTAssertNil(try repository.head())
            try repository.git(["rm", "--cached", "--quiet", "--", name])
        }
    }

    /// A symbolic link or a submodule is no résumé, whatever its name: it is not read.
    func testLinksAndSubmodulesAreNotResumes() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        try FileManager.default.createSymbolicLink(
            atPath: repository.root.appendingPathComponent("cv.yaml").path, withDestinationPath: "/etc/passwd")
        try repository.git(["add", "cv.yaml"])
        let commitID = String(repeating: "a", count: 40)
        try repository.git(["update-index", "--add", "--cacheinfo", "160000,\(commitID),resume-site.yaml"])
        let committed = try repository.commit("a link and a submodule")
        XCTAssertEqual(committed.status, 0, committed.output)
        XCTAssertFalse(committed.output.contains("root:"), "nothing of /etc/passwd is shown: \(committed.output)")
    }

    /// The hook's verdict depends on the repository alone: a configuration in the temporary
    /// folder, above the staged copies, is not read.
    func testAConfigurationOutsideTheRepositoryDoesNotApply() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        let outside = try temporaryDirectory(self)
        try "rules:\n  page-count: {max: 1}\n".write(
            to: outside.appendingPathComponent(".resume-lint.yaml"), atomically: true, encoding: .utf8)
        try repository.write(HookSamples.clean, to: "cv.yaml")
        try repository.git(["add", "cv.yaml"])
        let committed = try repository.commit("two pages", environment: ["TMPDIR": outside.path])
        XCTAssertEqual(committed.status, 0, committed.output)
    }

    /// A hook resume wrote and someone edited is theirs: kept without --force.
    func testAnEditedHookIsKeptWithoutForce() throws {
        let repository = try TemporaryGitRepository(self)
        XCTAssertEqual(try run(["hook", "install"], in: repository.root, repository).status, 0)
        let hook = repository.root.appendingPathComponent(".git/hooks/pre-commit")
        let edited = try String(contentsOf: hook, encoding: .utf8) + "echo my own check\n"
        try edited.write(to: hook, atomically: true, encoding: .utf8)
        let refused = try run(["hook", "install"], in: repository.root, repository)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("was written by resume but has been edited since; use --force to replace it"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: hook, encoding: .utf8), edited)
        XCTAssertEqual(try run(["hook", "install", "--force"], in: repository.root, repository).status, 0)
        XCTAssertFalse(try String(contentsOf: hook, encoding: .utf8).contains("my own check"))

        try edited.write(to: hook, atomically: true, encoding: .utf8)
        let kept = try run(["hook", "uninstall"], in: repository.root, repository)
        XCTAssertEqual(kept.status, 2, kept.stderr)
        XCTAssertTrue(kept.stderr.contains("has been edited since; it is left alone (--force removes"), kept.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: hook.path))
        XCTAssertEqual(try run(["hook", "uninstall", "--force"], in: repository.root, repository).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: hook.path))
    }

    func testCoreHooksPathIsHonoured() throws {
        let repository = try TemporaryGitRepository(self)
        try repository.git(["config", "core.hooksPath", "githooks"])
        let result = try run(["hook", "install"], in: repository.root, repository)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: repository.root.appendingPathComponent("githooks/pre-commit").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: repository.root.appendingPathComponent(".git/hooks/pre-commit").path))

        try repository.write(HookSamples.tooLong, to: "cv.yaml")
        try repository.git(["add", "cv.yaml"])
        XCTAssertNotEqual(try repository.commit("too long").status, 0)
    }

    func testALinkedWorktreeSharesTheRepositorysHook() throws {
        let repository = try TemporaryGitRepository(self)
        try repository.write("notes\n", to: "notes.txt")
        try repository.git(["add", "notes.txt"])
        XCTAssertEqual(try repository.commit("start").status, 0)
        let worktree = repository.root.deletingLastPathComponent().appendingPathComponent("worktree")
        try repository.git(["worktree", "add", "--quiet", worktree.path])

        let result = try run(["hook", "install"], in: worktree, repository)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: repository.root.appendingPathComponent(".git/hooks/pre-commit").path))
    }

    func testWhenTheInstallingResumeIsGoneTheHookUsesTheOneOnPath() throws {
        let repository = try TemporaryGitRepository(self)
        let folder = try temporaryDirectory(self)
        let copy = folder.appendingPathComponent("old/resume")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.executable, to: copy)
        let installed = try CommandRunner(executable: copy).run(
            ["hook", "install"], in: repository.root, environment: repository.environment)
        XCTAssertEqual(installed.status, 0, installed.stderr)
        try FileManager.default.removeItem(at: copy)

        try repository.write(HookSamples.tooLong, to: "cv.yaml")
        try repository.git(["add", "cv.yaml"])
        let withoutResume = try repository.commit("no resume anywhere", environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertNotEqual(withoutResume.status, 0)
        XCTAssertTrue(withoutResume.output.contains("\(copy.path) is gone and there is no resume on PATH"), withoutResume.output)

        let onPath = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: onPath, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: onPath.appendingPathComponent("resume"), withDestinationURL: CommandRunner.executable)
        let withResumeOnPath = try repository.commit("resume on PATH", environment: ["PATH": onPath.path + ":/usr/bin:/bin"])
        XCTAssertNotEqual(withResumeOnPath.status, 0)
        XCTAssertTrue(withResumeOnPath.output.contains("cv.yaml:1:1: error: renders to "), withResumeOnPath.output)
    }

    func testThePatternFindsResumesAndNothingElse() throws {
        let paths = [
            "cv.yaml", "resume.yml", "CV_2025.YAML", "resumes/resume-ko.yaml", "a/b/cv-research.yml",
            ".resume-lint.yaml", "notes.yaml", "cv.yaml.bak", "cv/notes.yaml", "my-cv.yaml", "cv.json",
        ]
        let matched = try ProcessRunner.run(
            "/bin/sh", ["-c", #"printf '%s\n' "$@" | grep -E -i -e "$0""#, ResumeFilePattern.default] + paths)
        XCTAssertEqual(
            matched.output.split(separator: "\n"),
            ["cv.yaml", "resume.yml", "CV_2025.YAML", "resumes/resume-ko.yaml", "a/b/cv-research.yml"])
    }

    /// Runs `resume` in `directory` with the repository's git environment.
    private func run(_ arguments: [String], in directory: URL, _ repository: TemporaryGitRepository) throws -> CommandRunner.Result {
        try resume.run(arguments, in: directory, environment: repository.environment)
    }
}

/// Résumés for commits: one that lint passes and one with an error.
enum HookSamples {
    /// The bundled example, which lint passes with no findings.
    static var clean: String {
        (try? String(contentsOfFile: CommandRunner.example("cv.yaml"), encoding: .utf8)) ?? ""
    }

    /// Far more than two pages: a `page-count` error.
    static let tooLong: String = {
        let highlight = "Built a distributed training pipeline for transformer language models that cut the cost of each experiment by 40% and the time to results from days to hours"
        let highlights = (1...100).map { "      - \(highlight) in quarter \($0)" }.joined(separator: "\n")
        return "basics: {name: Ada Park, email: ada@example.com}\nwork:\n  - name: Acme\n    highlights:\n\(highlights)\n\(onlyWorkSections)"
    }()
}

/// A git repository in a temporary folder, with its own identity for commits, and shielded from
/// the machine's global git configuration (a global `core.hooksPath` would send hooks elsewhere)
/// and from a git that runs the tests (`GIT_DIR` and the like).
struct TemporaryGitRepository {
    let root: URL
    /// The environment changes for every command run in the repository: nil removes a variable.
    let environment: [String: String?]

    init(_ testCase: XCTestCase) throws {
        try RequiredTool.path(of: "git", installedBy: "git")
        let folder = try temporaryDirectory(testCase)
        root = folder.appendingPathComponent("repository")
        let globalConfiguration = folder.appendingPathComponent("gitconfig")
        try "".write(to: globalConfiguration, atomically: true, encoding: .utf8)
        var environment: [String: String?] = ["GIT_CONFIG_GLOBAL": globalConfiguration.path, "NO_COLOR": "1"]
        for name in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT"] {
            environment[name] = .some(nil)
        }
        self.environment = environment
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git(["init", "--quiet"])
        try git(["config", "user.name", "Ada Park"])
        try git(["config", "user.email", "ada@example.com"])
        try git(["config", "commit.gpgSign", "false"])
    }

    /// Runs git in the repository; a failure fails the call.
    @discardableResult
    func git(_ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(
            "git", arguments, in: root, environment: environment, mergingStandardError: true)
        guard result.status == 0 else {
            throw GitFailure(description: "git \(arguments.joined(separator: " ")): \(result.output)")
        }
        return result.output
    }

    /// `git commit`, hooks and all, with what it printed; `environment` adds to the repository's.
    func commit(_ message: String, environment extra: [String: String?] = [:], timeout: TimeInterval = ProcessRunner.defaultTimeout)
        throws -> ProcessResult
    {
        let environment = environment.merging(extra) { _, new in new }
        return try ProcessRunner.run(
            "git", ["commit", "--quiet", "-m", message], in: root, environment: environment, mergingStandardError: true,
            timeout: timeout)
    }

    /// The current commit, or nil before the first.
    func head() throws -> String? {
        let result = try ProcessRunner.run(
            "git", ["rev-parse", "--verify", "--quiet", "HEAD"], in: root, environment: environment, mergingStandardError: true)
        return result.status == 0 ? result.output.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    func write(_ text: String, to path: String) throws {
        try text.write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    struct GitFailure: Error, CustomStringConvertible {
        var description: String
    }
}
