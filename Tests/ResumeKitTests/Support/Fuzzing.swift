import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The seed of a randomized test: `FUZZ_SEED` when it is set, else a new one each run. It is
/// printed, so that a run that fails can be repeated exactly with `FUZZ_SEED=<seed>`.
enum FuzzSeed {
    static func make(for test: String) -> UInt64 {
        let given = ProcessInfo.processInfo.environment["FUZZ_SEED"].flatMap { UInt64($0) }
        let seed = given ?? UInt64.random(in: 0...UInt64.max)
        print("\(test): seed \(seed)\(given == nil ? "" : " (from FUZZ_SEED)"); repeat with FUZZ_SEED=\(seed)")
        return seed
    }
}

/// A note printed on standard error if the test process crashes (a Swift trap, an abort, a bad
/// memory access) while it is set: the input a fuzz test was trying, which would otherwise be
/// lost with the process. The crash then goes on as it would have (the runtime's backtrace).
enum CrashNote {
    private static let signals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    private static let capacity = 1 << 16
    // Written only by the test's thread, read by the signal handler: plain memory, no Swift
    // objects, so that the handler does nothing but `write`.
    nonisolated(unsafe) private static let text = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    nonisolated(unsafe) private static var length = 0
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    /// Prints `note` if the process crashes before `clear()` or the next `set`.
    static func set(_ note: String) {
        let bytes = Array(note.utf8.prefix(capacity))
        length = 0
        bytes.withUnsafeBufferPointer { buffer in
            UnsafeMutableRawPointer(text).copyMemory(from: buffer.baseAddress!, byteCount: buffer.count)
        }
        length = bytes.count
    }

    /// Runs `body` with the crash handler in place, and removes it after.
    static func whileRunning<Result>(_ body: () throws -> Result) rethrows -> Result {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                _ = write(2, CrashNote.text, CrashNote.length)
                // The handler that was there (the runtime's) takes the crash when it happens again.
                sigaction(signal, CrashNote.previous + Int(signal), nil)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
        defer {
            length = 0
            for signal in signals { sigaction(signal, previous + Int(signal), nil) }
        }
        return try body()
    }
}
