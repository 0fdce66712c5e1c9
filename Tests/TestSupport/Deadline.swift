// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation
import XCTest

/// Runs `body` and waits for it at most `seconds`: work that could hang (a parser on hostile
/// input, a layout of ten thousand entries) fails the test at its deadline instead of holding the
/// test run until CI's time runs out.
///
/// The work runs on a thread of its own (with a 16 MB stack, as deep as the main thread's). A
/// thread cannot be stopped safely, so at the deadline it is left running, the test fails naming
/// `what`, and the call throws; the run goes on with the next test.
public func withDeadline<Result>(
    _ seconds: TimeInterval, _ what: @autoclosure () -> String, file: StaticString = #filePath, line: UInt = #line,
    _ body: @escaping () throws -> Result
) throws -> Result {
    let work = DeadlineWork(body)
    let thread = Thread { work.run() }
    thread.stackSize = 16 << 20
    thread.start()
    guard work.done.wait(timeout: .now() + seconds) == .success else {
        let message = "\(what()) did not finish within \(formatted(seconds)); it is left running on its thread"
        XCTFail(message, file: file, line: line)
        throw DeadlinePassed(description: message)
    }
    return try work.outcome!.get()
}

/// Work that did not finish by its deadline.
public struct DeadlinePassed: Error, CustomStringConvertible {
    public var description: String
}

/// The work, and its outcome once the thread has it; the semaphore orders the two.
private final class DeadlineWork<Result>: @unchecked Sendable {
    let body: () throws -> Result
    var outcome: Swift.Result<Result, Error>?
    let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping () throws -> Result) {
        self.body = body
    }

    func run() {
        outcome = Swift.Result { try body() }
        done.signal()
    }
}

/// `20 s`, `0.5 s`: a time in seconds for a message.
func formatted(_ seconds: TimeInterval) -> String {
    seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
}
#endif
