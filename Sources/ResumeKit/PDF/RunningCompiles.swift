import Foundation

/// The TeX programs running and the temporary folders in use, so that a command ended by a
/// signal (Ctrl-C, SIGTERM, a closed terminal) can stop the programs and remove the folders —
/// which hold the résumé's text — instead of leaving them behind.
public final class RunningCompiles: @unchecked Sendable {
    public static let shared = RunningCompiles()

    private let lock = NSLock()
    private var folders: Set<URL> = []
    /// The process groups of the running programs, each led by the program itself.
    private var groups: Set<pid_t> = []

    /// A temporary folder holding the résumé's text, removed if the command is stopped.
    public func add(_ folder: URL) { lock.withLock { _ = folders.insert(folder) } }
    public func remove(_ folder: URL) { lock.withLock { _ = folders.remove(folder) } }
    func add(_ group: pid_t) { lock.withLock { _ = groups.insert(group) } }
    func remove(_ group: pid_t) { lock.withLock { _ = groups.remove(group) } }

    /// Stops every running program with what it started (SIGTERM, then SIGKILL for what is left
    /// after two seconds), and removes every folder.
    public func stopAndRemoveAll() {
        let (running, used) = lock.withLock { (Array(groups), Array(folders)) }
        for group in running { kill(-group, SIGTERM) }
        for group in running { ProcessGroup.stop(group) }
        for folder in used { try? FileManager.default.removeItem(at: folder) }
    }
}
