import Foundation

#if canImport(Glibc)
import Glibc
import ResumeSupport
#endif

/// Runs one TeX program confined to a folder: nothing on its input, its terminal output
/// discarded (so it can never stop to ask a question), files read and written only inside the
/// folder, a limit on its time and on the size of any file it writes. The log file is what it
/// leaves to read. It runs as every program does (``ChildProcess``): stopping it stops what it
/// started too (latexmk's engine).
public struct TeXProcess {
    var executable: URL
    var arguments: [String]
    var folder: URL
    /// Variables set on top of this process's environment and the confinement's.
    var environment: [String: String] = [:]
    /// How long the program may run before it is stopped, in seconds.
    var timeout: TimeInterval = TeXProcess.defaultTimeout
    /// The most bytes one file the program writes may hold (its log, the PDF).
    var fileSizeLimit: Int = TeXProcess.defaultFileSizeLimit

    package init(
        executable: URL, arguments: [String], folder: URL, environment: [String: String] = [:],
        timeout: TimeInterval = TeXProcess.defaultTimeout, fileSizeLimit: Int = TeXProcess.defaultFileSizeLimit
    ) {
        self.executable = executable
        self.arguments = arguments
        self.folder = folder
        self.environment = environment
        self.timeout = timeout
        self.fileSizeLimit = fileSizeLimit
    }

    /// Five minutes: a résumé takes about a second; a document still running after this never ends.
    public static let defaultTimeout: TimeInterval = 300
    /// 256 MB: a résumé's log and PDF are well under a megabyte; a log written forever is not.
    public static let defaultFileSizeLimit = 256 << 20

    /// The kpathsea settings every run gets: TeX may open files only below its working folder
    /// and in its own trees (no absolute paths, no `..`, no dot files), and never a shell.
    static let confinement = ["openin_any": "p", "openout_any": "p", "shell_escape": "f"]

    /// How a run ended.
    public enum Outcome: Equatable, CustomStringConvertible {
        case exited(Int32)
        case timedOut
        /// A file it wrote grew past ``fileSizeLimit``.
        case wroteTooMuch
        /// It was ended by a signal it did not get from here.
        case signalled(Int32)

        public var description: String {
            switch self {
            case .exited(let status): "exit status \(status)"
            case .timedOut: "timed out"
            case .wroteTooMuch: "wrote too much"
            case .signalled(let number): "ended by signal \(number)"
            }
        }
    }

    package func run() throws -> Outcome {
        var variables = Self.confinement
        variables.merge(environment) { $1 }
        let process = ChildProcess(
            executable: executable.path, arguments: arguments, folder: folder, environment: variables,
            capturesOutput: false, timeout: timeout, fileSizeLimit: fileSizeLimit)
        switch try process.run().termination {
        case .exited(let status): return .exited(status)
        case .timedOut: return .timedOut
        case .signalled(SIGXFSZ): return .wroteTooMuch
        case .signalled(let number): return .signalled(number)
        }
    }
}
