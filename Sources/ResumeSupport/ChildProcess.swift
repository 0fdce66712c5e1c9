import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program run to its end, the one way `resume` runs programs (TeX, git): in a folder of its
/// choosing, with optional standard input, its output and errors read at the same time (neither
/// can fill up and stall it), in a process group of its own with default signal handling — so
/// that stopping it stops what it started too, whatever this process ignores — and stopped at a
/// deadline (SIGTERM, then SIGKILL). While it runs, a command ended by a signal stops it (see
/// ``RunningCompiles``).
package struct ChildProcess {
    var executable: String
    var arguments: [String] = []
    /// The folder it runs in; nil for this process's.
    var folder: URL?
    /// Variables set on top of this process's environment.
    var environment: [String: String] = [:]
    /// What it reads on standard input; nil for nothing (`/dev/null`).
    var input: Data?
    /// Whether its output and errors are kept; when not, they go to `/dev/null`.
    var capturesOutput = true
    /// How long it may run, in seconds; nil for no limit.
    var timeout: TimeInterval?
    /// The most bytes one file it writes may hold; nil for no limit. Past it, the system ends the
    /// program (SIGXFSZ).
    var fileSizeLimit: Int?

    package init(
        executable: String, arguments: [String] = [], folder: URL? = nil, environment: [String: String] = [:],
        input: Data? = nil, capturesOutput: Bool = true, timeout: TimeInterval? = nil, fileSizeLimit: Int? = nil
    ) {
        self.executable = executable
        self.arguments = arguments
        self.folder = folder
        self.environment = environment
        self.input = input
        self.capturesOutput = capturesOutput
        self.timeout = timeout
        self.fileSizeLimit = fileSizeLimit
    }

    /// How a run ended, and what it printed.
    public struct Result {
        package var termination: Termination
        package var output: Data
        package var errors: Data
    }

    package enum Termination: Equatable {
        case exited(Int32)
        /// Ended by a signal it did not get from here.
        case signalled(Int32)
        /// Stopped here at the deadline.
        case timedOut
    }

    package func run() throws -> Result {
        let pipes = try Pipes(input: input != nil, output: capturesOutput)
        let group = try spawn(pipes)
        RunningCompiles.shared.add(group)
        defer { RunningCompiles.shared.remove(group) }
        pipes.closeChildEnds()
        let reading = pipes.startReading(writing: input ?? Data())

        let finished = DispatchSemaphore(value: 0)
        let status = Box<Int32>(0)
        Thread.detachNewThread {
            var raw: Int32 = 0
            while waitpid(group, &raw, 0) == -1, errno == EINTR {}
            status.value = raw
            finished.signal()
        }
        var timedOut = false
        if let timeout, finished.wait(timeout: .now() + timeout) == .timedOut {
            ProcessGroup.stop(group)
            finished.wait()
            timedOut = true
        } else if timeout == nil {
            finished.wait()
        }
        let (output, errors) = reading.wait()
        let raw = status.value
        let termination: Termination =
            timedOut ? .timedOut : raw & 0x7F == 0 ? .exited((raw >> 8) & 0xFF) : .signalled(raw & 0x7F)
        return Result(termination: termination, output: output, errors: errors)
    }
}

/// Stopping a program and everything it started.
enum ProcessGroup {
    /// Asks the process group `id` to end (SIGTERM), and ends it (SIGKILL) if anything of it is
    /// still running after `grace` seconds.
    static func stop(_ id: pid_t, grace: TimeInterval = 2) {
        guard kill(-id, SIGTERM) == 0 else { return }
        let deadline = Date().addingTimeInterval(grace)
        while isRunning(id), Date() < deadline { usleep(10_000) }
        if isRunning(id) { kill(-id, SIGKILL) }
    }

    /// Whether a process of the group is still there (its leader is reaped as soon as it ends).
    static func isRunning(_ id: pid_t) -> Bool {
        kill(-id, 0) == 0
    }
}

private extension ChildProcess {
    /// Starts the program through `/bin/sh`, which enters the folder and sets the file size limit
    /// before it becomes the program (`exec`, same process id); returns the process id, which is
    /// also its process group's.
    func spawn(_ pipes: Pipes) throws -> pid_t {
        // POSIX `ulimit -f` counts 512-byte blocks.
        let blocks = fileSizeLimit.map { String(max(1, $0 / 512)) } ?? ""
        let script = #"[ -z "$1" ] || cd -- "$1" || exit 126; [ -z "$2" ] || ulimit -f "$2" || exit 126; shift 2; exec "$@""#
        let argv = ["sh", "-c", script, "sh", folder?.path ?? "", blocks, executable] + arguments
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        let envp = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        pipes.connect(&actions)
        let result = ProcessSpawn.start("/bin/sh", argv, environment: envp, actions: &actions)
        guard case .success(let id) = result else { throw SystemFailure(code: result.errorCode) }
        return id
    }
}

/// Starting a program with `posix_spawn` in a process group of its own, with every signal at its
/// default and none blocked, so that whatever this process ignores or blocks (a SIGTERM ignored
/// by a shell, a signal mask) the program can be stopped, and stopping its group stops what it
/// started. The one way programs are started: `ChildProcess` here, the tests' process runner too.
public enum ProcessSpawn {
    /// A process id, or the `errno` posix_spawn returned.
    public enum Outcome {
        case success(pid_t)
        case failure(Int32)

        /// The `errno` of a failure; 0 for a success.
        public var errorCode: Int32 {
            if case .failure(let code) = self { return code }
            return 0
        }
    }

    /// Starts `path` with `argv` (its first element the program's name) and `environment`
    /// (`NAME=value`), its descriptors and folder as `actions` set them up.
    public static func start(
        _ path: String, _ argv: [String], environment: [String], actions: inout posix_spawn_file_actions_t
    ) -> Outcome {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        var noSignal = sigset_t()
        sigemptyset(&noSignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setsigmask(&attributes, &noSignal)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var id: pid_t = 0
        let status = withCStrings(argv) { arguments in
            withCStrings(environment) { variables in posix_spawn(&id, path, &actions, &attributes, arguments, variables) }
        }
        return status == 0 ? .success(id) : .failure(status)
    }
}

/// The child's standard input, output and error: pipes where they are used, `/dev/null` where not.
private struct Pipes {
    /// (read end, write end) of each pipe used.
    let input: (Int32, Int32)?
    let output: (Int32, Int32)?
    let errors: (Int32, Int32)?

    init(input: Bool, output: Bool) throws {
        self.input = input ? try Self.makePipe() : nil
        self.output = output ? try Self.makePipe() : nil
        self.errors = output ? try Self.makePipe() : nil
    }

    /// Descriptors 0, 1 and 2 of the child.
    func connect(_ actions: inout posix_spawn_file_actions_t) {
        if let input { posix_spawn_file_actions_adddup2(&actions, input.0, 0) } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        for (pipe, descriptor) in [(output, Int32(1)), (errors, Int32(2))] {
            if let pipe { posix_spawn_file_actions_adddup2(&actions, pipe.1, descriptor) } else {
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            }
        }
    }

    /// Closes the ends the child uses, once it has them.
    func closeChildEnds() {
        if let input { close(input.0) }
        if let output { close(output.1) }
        if let errors { close(errors.1) }
    }

    /// Writes `data` to the child's input and reads its output and errors, each on a thread.
    func startReading(writing data: Data) -> Reading {
        let reading = Reading()
        if let input {
            Thread.detachNewThread {
                try? DescriptorWriting.writeAll(data, to: input.1)
                close(input.1)
            }
        }
        reading.collect(output?.0) { reading.output = $0 }
        reading.collect(errors?.0) { reading.errors = $0 }
        return reading
    }

    /// A pipe whose ends no other program inherits (the child gets its own copies by `dup2`).
    private static func makePipe() throws -> (Int32, Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw SystemFailure() }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }
}

/// What the child printed, read to the end on threads of their own.
private final class Reading: @unchecked Sendable {
    var output = Data()
    var errors = Data()
    private let done = DispatchGroup()

    func collect(_ descriptor: Int32?, into store: @escaping @Sendable (Data) -> Void) {
        guard let descriptor else { return }
        done.enter()
        Thread.detachNewThread { [self] in
            var collected = Data()
            var buffer = [UInt8](repeating: 0, count: 64 << 10)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                collected.append(contentsOf: buffer[0..<count])
            }
            close(descriptor)
            store(collected)
            done.leave()
        }
    }

    func wait() -> (Data, Data) {
        done.wait()
        return (output, errors)
    }
}

/// A value handed from one thread to another.
private final class Box<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    package var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// A C array of C strings, ending in NULL, for the duration of `body`.
private func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
