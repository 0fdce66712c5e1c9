import ArgumentParser
import Foundation
import ResumeKit

/// `resume hook`: a git pre-commit hook that lints staged résumés, for repositories that do not
/// use the pre-commit framework.
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Install or remove a git pre-commit hook that lints the staged résumés.",
        discussion: """
            The hook is a POSIX shell script in the repository's hooks folder (.git/hooks, or \
            core.hooksPath) that runs 'resume hook run'. On each commit it checks the staged \
            version of every résumé in the commit with 'resume lint', and stops the commit when \
            lint finds an error or cannot load a file; warnings are shown and let the commit \
            through. 'git commit --no-verify' skips it once.

            With the pre-commit framework, use the resume-lint hook of this tool's repository \
            instead (see the README).
            """,
        subcommands: [Install.self, Uninstall.self, Run.self]
    )

    /// `resume hook install`
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Write the pre-commit hook of the git repository you are in.",
            discussion: """
                The hook runs this resume, by the absolute path it has now; when that file is gone, \
                it runs the resume on PATH. Run install again after moving resume.

                A pre-commit hook that resume did not write, or one it wrote that you edited since, \
                is replaced only with --force; one it wrote is brought up to date.
                """
        )

        @Option(help: ArgumentHelp(
            "Check staged files whose path matches this extended regular expression, ignoring case.",
            valueName: "regex"))
        var files: String = ResumeFilePattern.default

        @Flag(help: "Replace a pre-commit hook that resume did not write, or that was edited.")
        var force = false

        func run() throws {
            let installer = try HookInstaller(hooksFolder: HookLocation.hooksFolder())
            let script = PreCommitHookScript(resumeExecutable: RunningExecutable.path, pattern: files)
            let installed = try HookLocation.perform(foreignHook: "use --force to replace it") {
                try installer.install(script, force: force)
            }
            let verb = switch installed {
            case .new: "installed"
            case .updated: "updated"
            case .replaced: "replaced the existing hook with"
            }
            Terminal.note("\(verb) \(installer.hookFile.path): each commit runs \(script.resumeExecutable) lint on the staged files matching \(files)")
        }
    }

    /// `resume hook run`: what the installed hook runs.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Lint the résumés staged for the next commit, as the pre-commit hook does.",
            discussion: """
                Copies the staged version of every staged regular file whose path matches --files \
                (and every staged .resume-lint.yaml) out of git's index into a private temporary \
                folder, and lints the copies as 'resume lint' does, from the repository's top folder; \
                findings name the files by their paths in the repository. Symbolic links and \
                submodules are not résumés and are left out. A configuration applies when it is \
                staged in the repository, never one from a folder above it. Exits 1 when lint \
                finds an error or cannot load a file.
                """
        )

        @Option(help: ArgumentHelp(
            "Check staged files whose path matches this extended regular expression, ignoring case.",
            valueName: "regex"))
        var files: String = ResumeFilePattern.default

        func run() throws {
            let top = try HookLocation.repositoryTop()
            do {
                try RunningCompiles.shared.withTemporaryFolder(named: "resume-hook") { folder in
                    try CompileInterruption.cleaningUp {
                        let resumes = try HookLocation.perform(foreignHook: "") {
                            try StagedResumes(pattern: files, repository: top).copy(into: folder)
                        }
                        guard !resumes.isEmpty else { return }
                        try StagedCopy.lint(resumes, in: folder, from: top)
                    }
                }
            } catch let failure as SystemFailure {
                throw CommandFailure.outputFailure(failure.message)
            }
        }
    }

    /// `resume hook uninstall`
    struct Uninstall: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "uninstall",
            abstract: "Remove the pre-commit hook that 'resume hook install' wrote.",
            discussion: """
                A pre-commit hook that resume did not write is left alone; one it wrote that you \
                edited since is removed only with --force.
                """
        )

        @Flag(help: "Remove the hook resume wrote even when it was edited since.")
        var force = false

        func run() throws {
            let installer = try HookInstaller(hooksFolder: HookLocation.hooksFolder())
            let advice = "it is left alone" + (force ? "" : " (--force removes a hook resume wrote that was edited)")
            if try HookLocation.perform(foreignHook: advice, { try installer.uninstall(force: force) }) {
                Terminal.note("removed \(installer.hookFile.path)")
            } else {
                Terminal.note("there is no pre-commit hook in \(installer.hooksFolder.path)")
            }
        }
    }
}

/// The hooks folder of the repository around the current directory, and the exit codes of hook
/// failures.
private enum HookLocation {
    /// The top folder of the repository's working tree around the current directory.
    static func repositoryTop() throws -> URL {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        return try perform(foreignHook: "") { try GitHooksFolder.workingTreeTop(from: here) }
    }

    static func hooksFolder() throws -> URL {
        try perform(foreignHook: "") { try GitHooksFolder.locate(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
    }

    /// Runs a hook step; a problem with the repository or an existing hook is invalid input (2),
    /// a file that cannot be written an output failure (1). `foreignHook` says what happens to a
    /// hook that resume did not write.
    static func perform<T>(foreignHook advice: String, _ step: () throws -> T) throws -> T {
        do {
            return try step()
        } catch let error as HookError {
            switch error {
            case .gitUnavailable, .notARepository:
                throw CommandFailure.invalidInput(error.description)
            case .foreignHook, .editedHook:
                throw CommandFailure.invalidInput("\(error.description); \(advice)")
            case .cannotWrite:
                throw CommandFailure.outputFailure(error.description)
            }
        }
    }
}

/// The staged copies `hook run` lints, in-process, with the files named by their paths in the
/// repository.
private enum StagedCopy {
    /// Lints the copies as `resume lint` with no options does, from the repository's top folder
    /// (where a relative `meta.theme` is found), naming each file by its path in the repository;
    /// everything is printed on standard error, where git shows a hook's output.
    static func lint(_ resumes: [String], in folder: URL, from top: URL) throws {
        guard FileManager.default.changeCurrentDirectoryPath(top.path) else {
            throw CommandFailure.invalidInput("cannot change to the repository's top folder \(top.path)")
        }
        let checked = ResumeChecker(options: ResumeChecker.Options(measuresEveryLineSaver: false)).check(resumes, in: folder)
        do {
            try LintCommand.report(
                checked, reporter: LintReporterKind.human.reporter(), verify: false, strict: false,
                print: { StandardStreams.writeError($0) })
        } catch {
            if let failure = error as? CommandFailure { Terminal.printError(failure.message) }
            throw CommandFailure.outputFailure(
                "resume pre-commit hook: the commit is stopped; fix the errors above, or commit with --no-verify")
        }
    }
}
