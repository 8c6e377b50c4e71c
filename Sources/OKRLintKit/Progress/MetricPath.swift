/// The values a metric key result is expected to pass through during its
/// period: the baseline at the start, each dated interim target of its `path`,
/// and the target at the end, joined by straight lines. Without interim
/// targets the path is the straight line from baseline to target, so the
/// expected progress is the fraction of the period elapsed.
///
/// Positions along the period are `Period.fractionElapsed` (a date counts as
/// passed at its end), so a path point dated the last day of the period sits
/// where the target does. Interim targets dated outside the period are not
/// on its path and are left out.
public struct MetricPath: Sendable {
    /// A value the metric should have reached by a position in the period.
    public struct Point: Sendable, Equatable {
        /// The fraction of the period elapsed, 0 (start) to 1 (end).
        public let position: Double
        public let value: Double
    }

    public let period: Period
    /// The value at the start of the period.
    public let baseline: Double
    /// The value due at the end of the period.
    public let target: Double
    /// From the baseline at 0 to the target at 1, ordered by position;
    /// points at the same position keep the order baseline, path, target.
    public let points: [Point]
    /// Whether interim targets shape the path (otherwise it is a straight line).
    public let hasInterimTargets: Bool

    public init(baseline: Double, target: Double, interimTargets: [Measured<DatedValue>], period: Period) {
        self.period = period
        self.baseline = baseline
        self.target = target
        let interim = interimTargets.filter { period.contains($0.date) }.map {
            Point(position: period.fractionElapsed(at: $0.date), value: $0.value.value)
        }
        let ordered = interim.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
        points = [Point(position: 0, value: baseline)] + ordered.map(\.element) + [Point(position: 1, value: target)]
        hasInterimTargets = !interim.isEmpty
    }

    /// The value expected by the end of `date`, interpolated linearly between
    /// the last point at or before the date's position and the next one.
    public func value(at date: CalendarDate) -> Double {
        let position = period.fractionElapsed(at: date)
        let reached = points.lastIndex { $0.position <= position } ?? 0
        let from = points[reached]
        guard reached + 1 < points.count else { return from.value }
        let to = points[reached + 1]
        let share = (position - from.position) / (to.position - from.position)
        return from.value + (to.value - from.value) * share
    }
}
