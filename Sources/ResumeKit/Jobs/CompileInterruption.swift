import Foundation
import ResumeSupport

/// Ctrl-C, SIGTERM or a closed terminal (SIGHUP) while TeX runs: stops TeX and removes its
/// temporary folder, which holds the résumé's text, then ends the process as the signal would
/// have. Without this the folder stays behind and TeX runs on alone. A policy for a whole
/// process, so the library's use cases never arm it themselves: a command-line program wraps
/// ``RenderJob/run(observe:)`` or ``TeXVerification`` in it; a program with signal handlers of
/// its own calls `RunningCompiles.shared.stopAndRemoveAll()` from them instead. A signal the
/// process ignores stays ignored.
public enum CompileInterruption {
    /// Runs `compile` with the cleanup armed for the signals that would end the command; one that
    /// is ignored (a background job's Ctrl-C) stays ignored.
    public static func cleaningUp<Result>(_ compile: () throws -> Result) rethrows -> Result {
        let armed = [SIGINT, SIGTERM, SIGHUP].compactMap(arm)
        defer {
            for (number, source, previous) in armed {
                source.cancel()
                signal(number, previous)
            }
        }
        do {
            let result = try compile()
            waitIfStopping()
            return result
        } catch {
            waitIfStopping()  // TeX was stopped by the signal: no error to report
            throw error
        }
    }

    /// Set once a signal arrived; the handler then ends the process.
    private static let stopping = AtomicFlag()

    /// Parks the command while the handler cleans up, so that it reports nothing and writes nothing.
    private static func waitIfStopping() {
        while stopping.isSet { pause() }
    }

    /// Catches `number` instead of its default action; nil when it was ignored before.
    private static func arm(_ number: Int32) -> (Int32, DispatchSourceSignal, sighandler_t?)? {
        let previous = signal(number, SIG_IGN)
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { return nil }
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
            stopping.set()
            RunningCompiles.shared.stopAndRemoveAll()
            signal(number, SIG_DFL)
            kill(getpid(), number)  // to the process: this thread may block signals
        }
        source.resume()
        return (number, source, previous)
    }
}
