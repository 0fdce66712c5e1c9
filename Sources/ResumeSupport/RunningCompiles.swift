import Foundation

/// The programs running (TeX, git) and the temporary folders in use, so that a command ended by
/// a signal (Ctrl-C, SIGTERM, a closed terminal) can stop the programs and remove the folders —
/// which hold the résumé's text — instead of leaving them behind.
public final class RunningCompiles: @unchecked Sendable {
    public static let shared = RunningCompiles()

    private let lock = NSLock()
    private var folders: Set<URL> = []
    /// The process groups of the running programs, each led by the program itself.
    private var groups: Set<pid_t> = []

    /// Runs `body` with a new temporary folder for the résumé's text: private to this user
    /// (`mkdtemp`, mode 0700), named `prefix` and a random part, removed afterwards — and by
    /// ``stopAndRemoveAll()`` if a signal ends the command meanwhile.
    public func withTemporaryFolder<Result>(named prefix: String, _ body: (URL) throws -> Result) throws -> Result {
        let base = FileManager.default.temporaryDirectory.path
        var template = Array((base + "/\(prefix).XXXXXX").utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
            throw SystemFailure(code: errno, "cannot make a temporary folder in \(base): \(SystemFailure.describe(errno))")
        }
        let folder = URL(fileURLWithPath: String(cString: template))
        lock.withLock { _ = folders.insert(folder) }
        defer {
            try? FileManager.default.removeItem(at: folder)
            lock.withLock { _ = folders.remove(folder) }
        }
        return try body(folder)
    }

    func add(_ group: pid_t) { lock.withLock { _ = groups.insert(group) } }
    func remove(_ group: pid_t) { lock.withLock { _ = groups.remove(group) } }

    /// Stops every running program with what it started (SIGTERM, then SIGKILL for what is left
    /// after two seconds), and removes every folder.
    package func stopAndRemoveAll() {
        let (running, used) = lock.withLock { (Array(groups), Array(folders)) }
        for group in running { kill(-group, SIGTERM) }
        for group in running { ProcessGroup.stop(group) }
        for folder in used { try? FileManager.default.removeItem(at: folder) }
    }
}
