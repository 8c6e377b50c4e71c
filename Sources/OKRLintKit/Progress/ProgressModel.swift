/// The progress model of SPEC §5 for one plan at one as-of date: key-result
/// progress and status, objective scores and KPI status. Rules and reports
/// share it so that they judge progress the same way.
public struct ProgressModel: Sendable {
    /// The plan's period; without it nothing is expected, so no status is given for metrics.
    public let period: Period?
    public let asOf: CalendarDate
    public let margins: ProgressMargins

    public init(period: Period?, asOf: CalendarDate, margins: ProgressMargins = .standard) {
        self.period = period
        self.asOf = asOf
        self.margins = margins
    }

    /// The model for `plan`'s period.
    public init(plan: Plan, asOf: CalendarDate, margins: ProgressMargins = .standard) {
        self.init(period: plan.period?.value, asOf: asOf, margins: margins)
    }

    /// A key result's progress: by `done`/`due` for a milestone; for a metric,
    /// by its latest check-in on or before the as-of date against its baseline
    /// (or first check-in) and target.
    public func progress(of keyResult: KeyResult) -> KeyResultProgress {
        if keyResult.effectiveType == .milestone {
            return .milestone(MilestoneProgress(of: keyResult, asOf: asOf))
        }
        guard let target = keyResult.target?.value.value else { return .notMeasurable }
        let declared = keyResult.baseline?.value.value
        guard declared != target else { return .notMeasurable }
        let checkins = keyResult.checkins.measured(onOrBefore: asOf)
        guard let first = checkins.first, let current = checkins.last else { return .noData }
        let baseline = declared ?? first.value.value
        guard baseline != target else { return .notMeasurable }
        return .metric(MetricProgress(
            baseline: baseline, baselineSource: declared == nil ? .firstCheckIn : .declared, target: target,
            current: current, interimTargets: keyResult.path.measured, period: period, asOf: asOf, margins: margins))
    }

    /// The objective's score over its key results' progress.
    public func score(of objective: Objective) -> ObjectiveScore {
        ObjectiveScore(weighted: objective.keyResults.map { (progress(of: $0), $0.weight?.value ?? 1) })
    }

    /// The KPI's readings up to the as-of date and its status.
    public func health(of kpi: KPI) -> KPIHealth {
        KPIHealth(of: kpi, asOf: asOf)
    }
}
