/// `kpi/out-of-range`: a KPI outside its healthy range with no weekly goal tied to it.
public struct KPIOutOfRange: PlanRule {
    public static let description = RuleDescription(
        id: "kpi/out-of-range", defaultSeverity: .warning,
        summary: "The latest reading is outside the healthy range and no weekly goal serves the KPI.",
        rationale: """
            A KPI outside its range is the moment it exists for. If nobody's weekly goal is tied to \
            it, the drift is seen but not worked on, and it tends to stay until the trigger turns it \
            into an incident. Tie a weekly goal to the KPI (`serves:` its id) from the week it left \
            the range until it is back. The latest reading on or before the as-of date counts; a \
            weekly goal counts when its week is not earlier than that reading's.
            """,
        examples: [
            RuleExample("""
                id: warehouse
                kpis:
                  - id: returns-backlog
                    kpi: Returns waiting to be processed
                    healthy: "<= 300"
                    readings:
                      2026-10-19: 290
                      ⟦2026-10-26: 520⟧
                      2026-11-02: 280
                """),
            RuleExample("""
                id: warehouse
                kpis:
                  - id: returns-backlog
                    kpi: Returns waiting to be processed
                    healthy: "<= 300"
                    readings: {2026-10-19: 290, 2026-10-26: 520}
                weekly:
                  - week: 2026-W44
                    owner: gustav
                    goal: By 2026-10-30, gustav will deliver the returns queue under 300, evidenced by the WMS queue count.
                    serves: returns-backlog
                """),
            RuleExample("""
                id: warehouse
                kpis:
                  - id: returns-backlog
                    kpi: Returns waiting to be processed
                    healthy: "<= 300"
                    readings: {2026-10-19: 290, 2026-10-26: 280}
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.kpis.compactMap { kpi in
            guard let healthy = kpi.healthy?.value, let latest = KPIHealth(of: kpi, asOf: context.asOf).latest,
                  !healthy.contains(latest.value.value)
            else { return nil }
            let fix: String
            if let id = kpi.id?.value {
                let week = latest.date.isoWeek
                let served = context.plan.weeklyGoals(serving: id, planID: context.planID).contains { goal in
                    goal.week.map { $0.value >= week } ?? true
                }
                guard !served else { return nil }
                fix = "tie a weekly goal to it (`serves: \(id)`) until it is back in range"
            } else {
                fix = "give it an `id:` and tie a weekly goal to it until it is back in range"
            }
            return Self.diagnostic(
                at: latest.entry.span,
                "\(kpi.described) read \(latest.value.text) on \(latest.date), outside its healthy range \(healthy), and no weekly goal serves it; \(fix)")
        }
    }
}
