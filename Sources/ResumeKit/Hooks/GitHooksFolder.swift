import Foundation

/// The folder where git looks for a repository's hooks, as git itself reports it: in a
/// subdirectory, in a linked worktree (whose hooks are the main repository's), and under
/// `core.hooksPath`.
public enum GitHooksFolder {
    /// The hooks folder of the repository that contains `directory`.
    public static func locate(from directory: URL) throws -> URL {
        let output = try git(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], in: directory)
        let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
        return URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
    }

    /// Runs git in `directory` and returns its standard output; a failure carries git's message.
    private static func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw HookError.gitUnavailable
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw HookError.gitUnavailable }
        guard process.terminationStatus == 0 else {
            let message = complaint.split(separator: "\n").first.map(String.init) ?? "git exited with \(process.terminationStatus)"
            throw HookError.notARepository(message.replacingOccurrences(of: "fatal: ", with: ""))
        }
        return String(decoding: printed, as: UTF8.self)
    }
}
