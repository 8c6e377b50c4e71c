import Dispatch

/// Runs two independent pieces of work at the same time (on two cores when
/// there are) and returns both results once both are done.
enum Concurrently {
    static func both<First: Sendable, Second: Sendable, Failure: Error>(
        _ first: @Sendable () -> First, _ second: @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let slots = PairSlots<First, Result<Second, Failure>>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                slots.first = first()
            } else {
                slots.second = Result { () throws(Failure) in try second() }
            }
        }
        guard let firstValue = slots.first, let secondResult = slots.second else {
            preconditionFailure("both halves ran")
        }
        return (firstValue, try secondResult.get())
    }
}

/// The two results, each written by one worker before the other reads it:
/// `concurrentPerform` returns only once both have finished.
private final class PairSlots<First, Second>: @unchecked Sendable {
    var first: First?
    var second: Second?
}
