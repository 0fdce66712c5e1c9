import Foundation

/// Runs git, as the hooks need it: in a folder, with optional standard input, reading standard
/// output and standard error at once so that neither can fill up and stall it.
enum Git {
    /// git's standard output; throws ``HookError/gitUnavailable`` when git cannot be run, and
    /// ``HookError/notARepository(_:)`` with git's first line of complaint when it fails.
    static func run(_ arguments: [String], in directory: URL, input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : standardInput
        do {
            try process.run()
        } catch {
            throw HookError.gitUnavailable
        }
        let complaint = ComplaintReader(errors.fileHandleForReading)
        if let input {
            standardInput.fileHandleForWriting.write(input)
            try? standardInput.fileHandleForWriting.close()
        }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { throw HookError.gitUnavailable }
        guard process.terminationStatus == 0 else {
            let text = String(decoding: complaint.wait(), as: UTF8.self)
            let message = text.split(separator: "\n").first.map(String.init) ?? "git exited with \(process.terminationStatus)"
            throw HookError.notARepository(message.replacingOccurrences(of: "fatal: ", with: ""))
        }
        return printed
    }
}

/// Reads a pipe to its end on another thread.
private final class ComplaintReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        done.signal()
        return data
    }
}
