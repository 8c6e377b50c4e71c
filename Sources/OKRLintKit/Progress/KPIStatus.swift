/// Where a KPI stands at the as-of date, from its readings (SPEC §5).
public enum KPIStatus: String, Sendable, CaseIterable {
    /// No reading on or before the as-of date.
    case noData = "no data"
    /// Readings, but no healthy range to judge them against (and no trigger fired).
    case noRange = "no range"
    /// The latest reading lies inside the healthy range.
    case inRange = "in range"
    /// The latest reading lies outside the healthy range; the trigger has not fired.
    case outOfRange = "out of range"
    /// The trigger fired: its last `count` readings are all beyond the threshold.
    case triggered
}
