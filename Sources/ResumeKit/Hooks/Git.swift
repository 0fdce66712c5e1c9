import Foundation
import ResumeSupport

/// Runs git, as the hooks need it: in a folder, with optional standard input, through the one
/// way `resume` runs programs (``ChildProcess``).
enum Git {
    /// git's standard output; throws ``HookError/gitUnavailable`` when git cannot be run, and
    /// ``HookError/notARepository(_:)`` with git's first line of complaint when it fails.
    static func run(_ arguments: [String], in directory: URL, input: Data? = nil) throws -> Data {
        let result: ChildProcess.Result
        do {
            result = try ChildProcess(executable: "/usr/bin/env", arguments: ["git"] + arguments, folder: directory, input: input).run()
        } catch {
            throw HookError.gitUnavailable
        }
        switch result.termination {
        case .exited(0):
            return result.output
        case .exited(127):
            throw HookError.gitUnavailable
        case let ending:
            let text = String(decoding: result.errors, as: UTF8.self)
            let message = text.split(separator: "\n").first.map(String.init) ?? "git ended with \(ending)"
            throw HookError.notARepository(message.replacingOccurrences(of: "fatal: ", with: ""))
        }
    }
}
