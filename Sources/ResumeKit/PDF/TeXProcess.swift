import Foundation

/// Runs one TeX program in a folder with nothing on its input and its terminal output discarded,
/// so that it can never stop to ask a question; the log file is what it leaves to read.
struct TeXProcess {
    var executable: URL
    var arguments: [String]
    var folder: URL
    /// Variables set on top of this process's environment.
    var environment: [String: String] = [:]
    /// How long the program may run before it is stopped; nil for no limit.
    var timeout: TimeInterval?

    /// How a run ended.
    enum Outcome: Equatable, CustomStringConvertible {
        case exited(Int32)
        case timedOut

        /// `exit status 1`, or `timed out`.
        var description: String {
            switch self {
            case .exited(let status): "exit status \(status)"
            case .timedOut: "timed out"
            }
        }
    }

    func run() throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        RunningCompiles.shared.add(process)
        defer { RunningCompiles.shared.remove(process) }
        if let timeout, finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            // A program it started (latexmk's engine) may outlive it; do not wait for that.
            _ = finished.wait(timeout: .now() + 2)
            return .timedOut
        }
        if timeout == nil { finished.wait() }
        return .exited(process.terminationStatus)
    }
}
