/// How far a metric key result should have come by a date (SPEC §5): the
/// value its path expects then, as a share of the way from baseline to target.
public struct ExpectedProgress: Sendable, Equatable {
    public let date: CalendarDate
    /// The metric value expected by the end of `date`.
    public let value: Double
    /// `(value − baseline) / (target − baseline)`: without interim targets, the
    /// fraction of the period elapsed.
    public let fraction: Double
    /// Whether interim targets (`path`) shaped the expectation.
    public let followsPath: Bool

    /// The expectation at `date` along `path`, whose baseline and target must differ.
    public init(on path: MetricPath, at date: CalendarDate) {
        self.date = date
        value = path.value(at: date)
        fraction = (value - path.baseline) / (path.target - path.baseline)
        followsPath = path.hasInterimTargets
    }
}
