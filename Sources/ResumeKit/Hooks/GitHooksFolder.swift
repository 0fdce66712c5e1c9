import Foundation

/// The folder where git looks for a repository's hooks, as git itself reports it: in a
/// subdirectory, in a linked worktree (whose hooks are the main repository's), and under
/// `core.hooksPath`.
public enum GitHooksFolder {
    /// The hooks folder of the repository that contains `directory`.
    public static func locate(from directory: URL) throws -> URL {
        let output = try Git.run(["rev-parse", "--path-format=absolute", "--git-path", "hooks"], in: directory)
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return URL(fileURLWithPath: path, relativeTo: directory).standardizedFileURL
    }

    /// The top folder of the working tree that contains `directory`.
    public static func workingTreeTop(from directory: URL) throws -> URL {
        let output = try Git.run(["rev-parse", "--show-toplevel"], in: directory)
        return URL(fileURLWithPath: String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines))
    }
}
