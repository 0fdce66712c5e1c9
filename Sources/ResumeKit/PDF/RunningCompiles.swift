import Foundation

/// The TeX programs running and the temporary folders in use, so that a command stopped by
/// Ctrl-C can end the programs and remove the folders — which hold the résumé's text — instead of
/// leaving them behind.
public final class RunningCompiles: @unchecked Sendable {
    public static let shared = RunningCompiles()

    private let lock = NSLock()
    private var folders: Set<URL> = []
    private var processes: [ObjectIdentifier: Process] = [:]

    func add(_ folder: URL) { lock.withLock { _ = folders.insert(folder) } }
    func remove(_ folder: URL) { lock.withLock { _ = folders.remove(folder) } }
    func add(_ process: Process) { lock.withLock { processes[ObjectIdentifier(process)] = process } }
    func remove(_ process: Process) { lock.withLock { _ = processes.removeValue(forKey: ObjectIdentifier(process)) } }

    /// Stops every running program, waits a moment for it to end, and removes every folder.
    public func stopAndRemoveAll() {
        let (running, used) = lock.withLock { (Array(processes.values), Array(folders)) }
        for process in running where process.isRunning {
            // A program started in a process group of its own is stopped with what it started
            // (latexmk's engine).
            let id = process.processIdentifier
            if getpgid(id) == id { kill(-id, SIGTERM) } else { process.terminate() }
        }
        let deadline = Date().addingTimeInterval(2)
        while running.contains(where: \.isRunning), Date() < deadline { usleep(10_000) }
        for folder in used { try? FileManager.default.removeItem(at: folder) }
    }
}
