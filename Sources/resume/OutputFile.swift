import Foundation
import ResumeKit

/// A command's output destination, with its problems as exit codes: a path that cannot be
/// written is exit 1, writing over the input or a file not to be replaced is exit 2. See
/// ``OutputDestination`` for the rules.
struct OutputFile {
    let destination: OutputDestination

    /// The destination `path` names: standard output for nil or `-`.
    init(path: String?) throws {
        destination = try Self.mapping { try OutputDestination(path: path) }
    }

    /// Whether the result goes to standard output, by `-`, `/dev/stdout` or no `-o` at all.
    var isStandardOutput: Bool { destination.kind == .descriptor(STDOUT_FILENO) }

    func refuseToOverwrite(input: String) throws {
        try Self.mapping { try destination.refuseToOverwrite(input: input) }
    }

    /// For commands that create a file rather than update one: refuses to replace a regular file
    /// unless `force` is given or `isReplaceable` says the file holds what this command wrote.
    func refuseToReplace(force: Bool, unless isReplaceable: (Data) -> Bool = { _ in false }) throws {
        try Self.mapping { try destination.refuseToReplace(force: force, unless: isReplaceable) }
    }

    func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    /// Writes bytes, such as a PDF, in one step or not at all.
    func write(_ data: Data) throws {
        try Self.mapping { try destination.write(data) }
    }

    private static func mapping<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let problem as OutputProblem {
            throw problem.isInvalidRequest ? CommandFailure.invalidInput("\(problem)") : CommandFailure.outputFailure("\(problem)")
        }
    }
}
