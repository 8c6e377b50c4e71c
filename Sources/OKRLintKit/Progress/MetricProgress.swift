/// How far a metric key result has come at the as-of date (SPEC §5):
/// `(current − baseline) / (target − baseline)`, which works the same for a
/// metric that should rise (0 → 400) and one that should fall (120 → 90).
public struct MetricProgress: Sendable {
    /// Where the baseline came from.
    public enum BaselineSource: Sendable, Equatable {
        /// The key result's `baseline`.
        case declared
        /// No `baseline` was given, so the first check-in stands in for it.
        case firstCheckIn
    }

    public let baseline: Double
    public let baselineSource: BaselineSource
    public let target: Double
    /// The latest check-in on or before the as-of date.
    public let current: Measured<CheckIn>
    public let progress: ProgressFraction
    /// What the path expects by the as-of date; nil when the plan has no period.
    public let expected: ExpectedProgress?
    /// Progress judged against `expected`; nil when there is no expectation.
    public let status: ProgressStatus?

    /// Progress from `baseline` to `target` (which must differ) at `current`,
    /// judged against the path through `interimTargets` when `period` is known.
    public init(
        baseline: Double, baselineSource: BaselineSource, target: Double, current: Measured<CheckIn>,
        interimTargets: [Measured<DatedValue>], period: Period?, asOf: CalendarDate, margins: ProgressMargins
    ) {
        self.baseline = baseline
        self.baselineSource = baselineSource
        self.target = target
        self.current = current
        let progress = ProgressFraction(raw: (current.value.value - baseline) / (target - baseline))
        self.progress = progress
        let expected = period.map { period in
            ExpectedProgress(
                on: MetricPath(baseline: baseline, target: target, interimTargets: interimTargets, period: period),
                at: asOf)
        }
        self.expected = expected
        status = expected.map { ProgressStatus(progress: progress.raw, expected: $0.fraction, margins: margins) }
    }
}
