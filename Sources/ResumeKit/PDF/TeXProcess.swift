import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs one TeX program confined to a folder: nothing on its input, its terminal output
/// discarded (so it can never stop to ask a question), files read and written only inside the
/// folder, a limit on its time and on the size of any file it writes. The log file is what it
/// leaves to read.
///
/// The program runs in a process group of its own with default signal handling, so that
/// stopping it stops what it started too (latexmk's engine), whatever this process ignores.
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

    /// Five minutes: a résumé takes about a second; a document still running after this never ends.
    public static let defaultTimeout: TimeInterval = 300
    /// 256 MB: a résumé's log and PDF are well under a megabyte; a log written forever is not.
    public static let defaultFileSizeLimit = 256 << 20

    /// The kpathsea settings every run gets: TeX may open files only below its working folder
    /// and in its own trees (no absolute paths, no `..`, no dot files), and never a shell.
    static let confinement = ["openin_any": "p", "openout_any": "p", "shell_escape": "f"]

    /// How a run ended.
    enum Outcome: Equatable, CustomStringConvertible {
        case exited(Int32)
        case timedOut
        /// A file it wrote grew past ``fileSizeLimit``.
        case wroteTooMuch
        /// It was ended by a signal it did not get from here.
        case signalled(Int32)

        var description: String {
            switch self {
            case .exited(let status): "exit status \(status)"
            case .timedOut: "timed out"
            case .wroteTooMuch: "wrote too much"
            case .signalled(let number): "ended by signal \(number)"
            }
        }
    }

    func run() throws -> Outcome {
        let group = try spawn()
        RunningCompiles.shared.add(group)
        defer { RunningCompiles.shared.remove(group) }
        let finished = DispatchSemaphore(value: 0)
        let status = ExitStatusBox()
        Thread.detachNewThread {
            var raw: Int32 = 0
            while waitpid(group, &raw, 0) == -1, errno == EINTR {}
            status.value = raw
            finished.signal()
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            ProcessGroup.stop(group)
            finished.wait()
            return .timedOut
        }
        let raw = status.value
        if raw & 0x7F == 0 { return .exited((raw >> 8) & 0xFF) }
        return raw & 0x7F == SIGXFSZ ? .wroteTooMuch : .signalled(raw & 0x7F)
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

private extension TeXProcess {
    /// Starts the program through `/bin/sh`, which enters the folder and sets the file size limit
    /// before it becomes the program (`exec`, same process id); returns the process id, which is
    /// also its process group's.
    func spawn() throws -> pid_t {
        let blocks = max(1, fileSizeLimit / 512)  // POSIX `ulimit -f` counts 512-byte blocks
        let script = "cd -- \"$1\" || exit 126; ulimit -f \(blocks) || exit 126; shift; exec \"$@\""
        let argv = ["sh", "-c", script, "sh", folder.path, executable.path] + arguments
        var variables = ProcessInfo.processInfo.environment
        variables.merge(Self.confinement) { $1 }
        variables.merge(environment) { $1 }
        let envp = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }

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

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var id: pid_t = 0
        let result = withCStrings(argv) { arguments in
            withCStrings(envp) { environment in
                posix_spawn(&id, "/bin/sh", &actions, &attributes, arguments, environment)
            }
        }
        guard result == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(result))])
        }
        return id
    }
}

/// A C array of C strings, ending in NULL, for the duration of `body`.
private func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}

/// A wait status handed from the thread that reaps the program to the one that waits for it.
private final class ExitStatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Int32 = 0
    var value: Int32 {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
