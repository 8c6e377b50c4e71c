/// A key result's progress at the as-of date, or why there is none.
public enum KeyResultProgress: Sendable {
    case metric(MetricProgress)
    case milestone(MilestoneProgress)
    /// A metric key result without check-ins on or before the as-of date; it
    /// is left out of its objective's score.
    case noData
    /// A metric key result without a target, or whose baseline (declared, or
    /// its first check-in) equals its target: there is no way to measure it.
    case notMeasurable

    /// The progress that counts towards the objective score; nil without data.
    public var progress: ProgressFraction? {
        switch self {
        case .metric(let metric): return metric.progress
        case .milestone(let milestone): return milestone.progress
        case .noData, .notMeasurable: return nil
        }
    }

    /// The status against the expected progress; nil when it cannot be judged.
    public var status: ProgressStatus? {
        switch self {
        case .metric(let metric): return metric.status
        case .milestone(let milestone): return milestone.status
        case .noData, .notMeasurable: return nil
        }
    }
}
