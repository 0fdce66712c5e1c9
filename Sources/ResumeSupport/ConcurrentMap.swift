import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` with the elements shared out over the machine's cores: the same results in
    /// the same order. For work whose elements do not depend on each other: the files of a lint,
    /// the paragraphs of a fit and their line-savers. On a thread that is already one of several
    /// `concurrentPerform` shares out, Dispatch runs them one after another.
    package func concurrentMap<Output: Sendable>(_ transform: @Sendable (Element) -> Output) -> [Output] {
        guard count > 1 else { return map(transform) }
        let results = Results<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(self[index]))
        }
        return results.values()
    }
}

/// One slot per element, each written once by the thread that computed it.
private final class Results<Output>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// Fills slot `index`; no two threads fill the same slot.
    func set(_ index: Int, _ value: Output) {
        slots[index] = value
    }

    /// Every slot's value, once all are filled.
    func values() -> [Output] {
        slots.map { $0! }
    }
}

/// Hands `value` to another thread to free: the last reference to it goes with the work, so a
/// large graph of objects (a long document's set paragraphs) does not hold up the caller.
package func releaseInBackground<Value: Sendable>(_ value: Value) {
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
}

/// Work run on threads of its own, beside the caller.
package enum ConcurrentMap {
    /// `first()` on this thread and `second()` on a thread of its own, at the same time; one
    /// after the other on this thread when not `concurrently` (work too short to be worth a thread,
    /// or a caller already sharing the cores).
    ///
    /// A thread, not a queue: the caller may be on one of the threads `concurrentPerform` shares
    /// work out to (checking several files), where a nested `concurrentPerform` runs its work one
    /// item after another.
    package static func both<First, Second>(
        _ first: () -> First, _ second: @escaping @Sendable () -> Second, concurrently: Bool = true
    ) -> (First, Second) {
        guard concurrently else { return (first(), second()) }
        let seconds = Slots<Second>(count: 1)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            seconds.set(0, second())
            done.signal()
        }
        thread.stackSize = 8 << 20  // as the main thread's: a lint rule may recurse deep in a long résumé
        thread.start()
        let firstValue = first()
        done.wait()
        return (firstValue, seconds.values[0]!)
    }

    /// `work` started on a thread of its own; `wait()` waits until it is done.
    package static func started(_ work: @escaping @Sendable () -> Void) -> Started {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            work()
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        return Started(done: done)
    }

    package struct Started {
        fileprivate let done: DispatchSemaphore

        package func wait() {
            done.wait()
        }
    }

    /// One slot per input, filled from several threads.
    private final class Slots<Output>: @unchecked Sendable {
        private(set) var values: [Output?]
        private let lock = NSLock()

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Output) {
            lock.withLock { values[index] = value }
        }
    }
}
