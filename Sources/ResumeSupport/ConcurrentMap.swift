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
