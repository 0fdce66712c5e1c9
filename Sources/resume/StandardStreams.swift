import Foundation
import ResumeKit

/// Standard output and standard error, written with every error noticed: a full disk or a closed
/// stream ends the command with exit code 1 and a message, never with a crash or a report lost
/// behind exit code 0.
enum StandardStreams {
    /// Puts `/dev/null`, opened the wrong way round, on any of descriptors 0–2 that the command was
    /// started without (`>&-`): a file the command opens can then never take their number, and
    /// writing to a closed stream still fails as it should.
    static func reserveClosedDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            _ = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
        }
    }

    /// Writes `text` to standard output; a failure ends the command with exit code 1.
    static func writeOutput(_ text: String) throws {
        do {
            try OutputDestination.standardOutput.write(text)
        } catch let problem as OutputProblem {
            throw CommandFailure.outputFailure("\(problem)")
        }
    }

    /// Writes `text` to standard error; a failure is remembered for the exit code, since there is
    /// nowhere left to report it.
    static func writeError(_ text: String) {
        do {
            try DescriptorWriting.writeAll(Data(text.utf8), to: STDERR_FILENO)
        } catch {
            standardErrorFailed.set()
        }
    }

    /// Whether a message could not be written to standard error.
    static var hasLostMessages: Bool { standardErrorFailed.isSet }

    private static let standardErrorFailed = AtomicFlag()
}
