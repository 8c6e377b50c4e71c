import Dispatch
import Foundation

/// Maps a function over an array on all cores, keeping the order of results.
enum ParallelMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = ResultSlots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            results.store(transform(elements[index]), at: index)
        }
        return results.values()
    }

    /// The same for a throwing function: the first error (by position) is rethrown.
    static func map<Element: Sendable, Result: Sendable, Failure: Error>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        let outcomes = map(elements) { element -> Swift.Result<Result, Failure> in
            do throws(Failure) { return .success(try transform(element)) } catch { return .failure(error) }
        }
        return try outcomes.map { outcome throws(Failure) in try outcome.get() }
    }
}

/// Result storage that concurrent workers fill in by index.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
