// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation
import ResumeKit
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Runs the programs the tests start — the built `resume`, TeX, git, Python — with a deadline.
///
/// Each program runs in a process group of its own, with default signal handling; standard
/// output and standard error are read at the same time as they are written (no size deadlocks),
/// and standard input is the given bytes or nothing. A program still running at its deadline is
/// stopped with everything it started (SIGTERM to the group, SIGKILL two seconds later), and the
/// test fails naming the command.
public enum ProcessRunner {
    /// Five minutes: far more than any single command of the tests needs on a loaded machine,
    /// far less than CI's time.
    public static let defaultTimeout: TimeInterval = 300

    /// Runs `executable` (a path, or a name looked up on the `PATH` the program gets) to its end.
    ///
    /// - Parameters:
    ///   - environment: changes to this process's environment; nil removes a variable.
    ///   - input: standard input; nil is `/dev/null`.
    ///   - mergingStandardError: standard error goes to standard output, so that `output` keeps
    ///     the order in which they were printed.
    ///   - timeout: seconds until the program is stopped and the test fails.
    @discardableResult
    public static func run(
        _ executable: String, _ arguments: [String] = [], in directory: URL? = nil,
        environment: [String: String?] = [:], input: Data? = nil, mergingStandardError: Bool = false,
        timeout: TimeInterval = defaultTimeout, file: StaticString = #filePath, line: UInt = #line
    ) throws -> ProcessResult {
        let process = try start(
            executable, arguments, in: directory, environment: environment, input: input,
            mergingStandardError: mergingStandardError)
        return try process.wait(timeout: timeout, file: file, line: line)
    }

    /// Starts `executable` and returns at once, for a test that talks to a running program
    /// (signals, output that comes while it runs). The same parameters as `run`; a program the
    /// test leaves running is stopped when the returned value goes away.
    public static func start(
        _ executable: String, _ arguments: [String] = [], in directory: URL? = nil,
        environment: [String: String?] = [:], input: Data? = nil, mergingStandardError: Bool = false
    ) throws -> RunningProcess {
        try RunningProcess(
            executable, arguments, directory: directory, environment: environment, input: input,
            mergingStandardError: mergingStandardError)
    }

    /// The path of the program `name` on `path` (a `PATH` value), if it is there.
    public static func find(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        (path ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// How a program ended and what it printed.
public struct ProcessResult: Sendable {
    /// The command as it was started, for messages.
    public var command: String
    /// The exit status; 128 plus the signal's number when a signal ended the program, as a shell
    /// reports it.
    public var status: Int32
    /// The signal that ended the program, if one did.
    public var signal: Int32?
    public var standardOutput: Data
    /// Empty when standard error was merged into standard output.
    public var standardError: Data

    public var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
    public var stderr: String { String(decoding: standardError, as: UTF8.self) }
    /// Standard output and then standard error; with `mergingStandardError`, both in the order
    /// they were printed.
    public var output: String { stdout + stderr }
}

/// A program could not be started, or did not end by its deadline.
public struct ProcessFailure: Error, CustomStringConvertible {
    public var description: String
}

/// A program started by `ProcessRunner.start`: its output so far, signals, and waiting for its
/// end with a deadline.
public final class RunningProcess: @unchecked Sendable {
    /// The process id, which is also the id of its process group.
    public let id: pid_t
    public let command: String
    private let state = ProcessState()

    fileprivate init(
        _ executable: String, _ arguments: [String], directory: URL?, environment changes: [String: String?],
        input: Data?, mergingStandardError: Bool
    ) throws {
        IgnoreBrokenPipes.once()
        command = ([executable] + arguments).map(Self.quoted).joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in changes { environment[name] = value }
        let path =
            executable.contains("/")
            ? executable : ProcessRunner.find(executable, path: environment["PATH"] ?? "/usr/bin:/bin")
        guard let path else { throw ProcessFailure(description: "\(executable): not found on the PATH") }

        let output = try PipeEnds()
        let errors = mergingStandardError ? nil : try PipeEnds()
        let standardInput = input == nil ? nil : try PipeEnds()
        defer {
            close(output.write)
            if let errors { close(errors.write) }
            if let standardInput { close(standardInput.read) }
        }
        do {
            id = try Self.spawn(
                path, [executable] + arguments, directory: directory, environment: environment,
                input: standardInput?.read, output: output.write, errors: errors?.write ?? output.write)
        } catch {
            for descriptor in [output.read, errors?.read, standardInput?.write].compactMap({ $0 }) { close(descriptor) }
            throw error
        }
        if let standardInput {
            _ = fcntl(standardInput.write, F_SETFL, fcntl(standardInput.write, F_GETFL) | O_NONBLOCK)
        }
        let io = IOLoop(
            id: id, state: state, output: output.read, errors: errors?.read,
            input: standardInput.map { ($0.write, input ?? Data()) })
        Thread.detachNewThread { io.run() }
    }

    deinit {
        stop()
    }

    /// What the program printed on standard output so far.
    public var standardOutput: String { state.withLock { String(decoding: $0.out, as: UTF8.self) } }
    /// What it printed on standard error so far.
    public var standardError: String { state.withLock { String(decoding: $0.err, as: UTF8.self) } }
    /// Whether the program is still running (its output may still be coming after it ended).
    public var isRunning: Bool { state.withLock { $0.waitStatus == nil } }

    /// Sends `signal` to the program alone, as Ctrl-C (`SIGINT`) on a terminal would.
    public func send(_ signal: Int32) {
        state.withLock {
            if $0.waitStatus == nil { _ = kill(id, signal) }
        }
    }

    /// Waits for the program's end and its output; at the deadline, stops it and what it started,
    /// fails the test naming the command, and throws.
    public func wait(timeout: TimeInterval, file: StaticString = #filePath, line: UInt = #line) throws -> ProcessResult {
        if state.waitForEnd(until: Date().addingTimeInterval(timeout)) { return result }
        stop()
        let result = result
        XCTFail(
            "\(command) did not finish within \(formatted(timeout)); it was stopped (SIGTERM to its process group,"
                + " then SIGKILL)" + Self.tail("standard output", result.standardOutput)
                + Self.tail("standard error", result.standardError), file: file, line: line)
        throw ProcessFailure(description: "\(command) timed out after \(formatted(timeout))")
    }

    /// Waits until what the program printed on standard output satisfies `condition`; fails the
    /// test and throws when the program's output ends first or `timeout` passes.
    public func waitForStandardOutput(
        timeout: TimeInterval, file: StaticString = #filePath, line: UInt = #line, _ condition: (String) -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let satisfied = state.wait(until: deadline) { state -> Bool? in
            if condition(String(decoding: state.out, as: UTF8.self)) { return true }
            return state.ioFinished ? false : nil
        }
        guard satisfied != true else { return }
        let problem = satisfied == false ? "it ended first" : "gave up after \(formatted(timeout))"
        XCTFail(
            "\(command): the output awaited did not come (\(problem))" + Self.tail("standard output", Data(standardOutput.utf8))
                + Self.tail("standard error", Data(standardError.utf8)), file: file, line: line)
        throw ProcessFailure(description: "\(command): \(problem)")
    }

    /// Stops the program and what it started if it is still running: SIGTERM to its process
    /// group, SIGKILL two seconds later; then waits for its output to end.
    public func stop() {
        guard !state.waitForEnd(until: Date()) else { return }
        _ = kill(-id, SIGTERM)
        guard !state.waitForEnd(until: Date().addingTimeInterval(2)) else { return }
        _ = kill(-id, SIGKILL)
        guard !state.waitForEnd(until: Date().addingTimeInterval(5)) else { return }
        // Something outside the group still holds the pipes open: stop reading them.
        state.update { $0.abandonPipes = true }
        _ = state.waitForEnd(until: .distantFuture)
    }
}

private extension RunningProcess {
    var result: ProcessResult {
        state.withLock { state in
            let raw = state.waitStatus ?? 0
            let signal: Int32? = raw & 0x7F == 0 ? nil : raw & 0x7F
            return ProcessResult(
                command: command, status: signal.map { 128 + $0 } ?? (raw >> 8) & 0xFF, signal: signal,
                standardOutput: state.out, standardError: state.err)
        }
    }

    static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// The end of what a stream held, for a failure message.
    static func tail(_ name: String, _ data: Data) -> String {
        guard !data.isEmpty else { return "" }
        let text = String(decoding: data.suffix(4000), as: UTF8.self)
        return "\n\(name)\(data.count > 4000 ? " (last 4000 bytes)" : ""):\n\(text)"
    }

    /// Starts the program in a process group of its own, in `directory`, with default signal
    /// handling and the given descriptors as its standard streams.
    static func spawn(
        _ path: String, _ argv: [String], directory: URL?, environment: [String: String], input: Int32?, output: Int32,
        errors: Int32
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let input {
            posix_spawn_file_actions_adddup2(&actions, input, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        if let directory { _ = GNU.addChdir(&actions, directory.path) }

        let envp = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let started = ProcessSpawn.start(path, argv, environment: envp, actions: &actions)
        guard case .success(let id) = started else {
            throw ProcessFailure(description: "cannot start \(path): \(String(cString: strerror(started.errorCode)))")
        }
        return id
    }
}

/// What the thread that reads a program's output shares with the test that waits for it.
private final class ProcessState: @unchecked Sendable {
    struct Values {
        var out = Data()
        var err = Data()
        /// The raw wait status, once the program ended.
        var waitStatus: Int32?
        /// The program ended and its output was read to the end.
        var ioFinished = false
        /// Set when the output will not end (something outside the group holds the pipes).
        var abandonPipes = false
    }

    private let condition = NSCondition()
    private var values = Values()

    /// Reads the values under the lock.
    func withLock<T>(_ body: (Values) -> T) -> T {
        condition.lock()
        defer { condition.unlock() }
        return body(values)
    }

    /// Changes the values under the lock, and wakes every waiter.
    func update(_ body: (inout Values) -> Void) {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        body(&values)
    }

    /// Waits until `check` gives a value or `deadline` passes (then nil).
    func wait<T>(until deadline: Date, _ check: (Values) -> T?) -> T? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let found = check(values) { return found }
            if !condition.wait(until: deadline) { return check(values) }
        }
    }

    /// Whether the program ended and its output was read to the end by `deadline`.
    func waitForEnd(until deadline: Date) -> Bool {
        wait(until: deadline) { $0.ioFinished ? true : nil } ?? false
    }
}

/// Reads standard output and error and writes standard input, all with `poll`, on a thread of its
/// own, and reaps the program: it never blocks on one stream while another fills.
private struct IOLoop: @unchecked Sendable {
    let id: pid_t
    let state: ProcessState
    let output: Int32
    let errors: Int32?
    let input: (descriptor: Int32, data: Data)?

    func run() {
        var open: [(descriptor: Int32, isErrors: Bool)] = [(output, false)] + (errors.map { [($0, true)] } ?? [])
        var pending = input
        var written = 0
        var ended = false
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var descriptors = open.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            if let pending { descriptors.append(pollfd(fd: pending.descriptor, events: Int16(POLLOUT), revents: 0)) }
            _ = poll(&descriptors, nfds_t(descriptors.count), 50)
            for (index, stream) in open.enumerated().reversed() where descriptors[index].revents != 0 {
                let count = read(stream.descriptor, &buffer, buffer.count)
                if count > 0 {
                    let bytes = buffer[0..<count]
                    state.update {
                        if stream.isErrors { $0.err.append(contentsOf: bytes) } else { $0.out.append(contentsOf: bytes) }
                    }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(stream.descriptor)
                    open.remove(at: index)
                }
            }
            if let current = pending, current.data.isEmpty || descriptors.last?.revents ?? 0 != 0 {
                let count = current.data.isEmpty ? 0 : current.data.withUnsafeBytes { bytes in
                    write(current.descriptor, bytes.baseAddress! + written, bytes.count - written)
                }
                if count > 0 { written += count }
                if written == current.data.count || (count < 0 && errno != EINTR && errno != EAGAIN) {
                    close(current.descriptor)
                    pending = nil
                }
            }
            if !ended {
                // With its output closed, only its end is left to wait for (or `stop`'s signals).
                let options = open.isEmpty && pending == nil ? 0 : WNOHANG
                var raw: Int32 = 0
                var reaped = waitpid(id, &raw, options)
                while reaped == -1, errno == EINTR { reaped = waitpid(id, &raw, options) }
                if reaped == id {
                    ended = true
                    state.update { $0.waitStatus = raw }
                    // Nobody reads its input any more.
                    if let current = pending { close(current.descriptor) }
                    pending = nil
                }
            }
            if ended, open.isEmpty || state.withLock({ $0.abandonPipes }) {
                open.forEach { close($0.descriptor) }
                state.update { $0.ioFinished = true }
                return
            }
        }
    }
}

/// A pipe whose ends are closed in any program started later (so that only the one given it
/// holds it), as two descriptors.
private struct PipeEnds {
    let read: Int32
    let write: Int32

    init() throws {
        var ends: [Int32] = [0, 0]
        guard GNU.pipe2(&ends, O_CLOEXEC) == 0 else {
            throw ProcessFailure(description: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        (read, write) = (ends[0], ends[1])
    }
}

/// glibc's functions that its headers declare only for `_GNU_SOURCE`, which Swift does not set:
/// `pipe2` makes both ends close-on-exec at once (no other program started meanwhile can inherit
/// them), and `posix_spawn_file_actions_addchdir_np` starts the program in its folder.
private enum GNU {
    static let pipe2 = unsafeBitCast(
        function("pipe2"), to: (@convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32).self)
    static let addChdir = unsafeBitCast(
        function("posix_spawn_file_actions_addchdir_np"),
        to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)

    private static func function(_ name: String) -> UnsafeMutableRawPointer {
        guard let address = dlsym(nil, name) else { fatalError("glibc has no \(name)") }
        return address
    }
}

/// Writing to a program that closed its input must fail with `EPIPE`, not end the test run.
private enum IgnoreBrokenPipes {
    private static let ignored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
    static func once() { _ = ignored }
}

#endif
