import Dispatch

/// Runs two independent pieces of work at the same time and returns both
/// results once both are done: `first` on a worker thread, `second` on the
/// calling thread. (Not `concurrentPerform`: work inside it that maps over
/// files on all cores would run on one.)
enum Concurrently {
    static func both<First: Sendable, Second, Failure: Error>(
        _ first: @escaping @Sendable () -> First, _ second: () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let slot = Slot<First>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { slot.value = first() }
        let secondResult = Result { () throws(Failure) in try second() }
        group.wait()
        guard let firstValue = slot.value else { preconditionFailure("the worker ran") }
        return (firstValue, try secondResult.get())
    }
}

/// The worker's result, read only after `DispatchGroup.wait` returns.
private final class Slot<Value>: @unchecked Sendable {
    var value: Value?
}
