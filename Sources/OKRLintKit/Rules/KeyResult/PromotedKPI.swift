/// `kr/kpi-promoted`: a healthy KPI turned into a key result without saying why it must move.
public struct PromotedKPI: PlanRule {
    public static let description = RuleDescription(
        id: "kr/kpi-promoted", defaultSeverity: .warning,
        summary: "The key result moves a KPI (its `kpi:` field) whose latest reading is inside the healthy range, and gives no `why`.",
        rationale: """
            A KPI inside its healthy range is doing its job: it needs watching, not pushing. Turning it \
            into a key result spends the period's focus on a number that is already fine, and often \
            shows that no real change was chosen. Sometimes a healthy measure must still move (a \
            competitor has raised the bar, customers complain even though the number is in range); \
            then the key result says so in its `why`. The latest reading on or before the as-of date \
            decides whether the KPI is healthy.
            """,
        examples: [
            RuleExample("""
                id: self-serve
                objectives:
                  - objective: Self-serve becomes a real sales channel for small cafés
                    key_results:
                      - kr: Grow weekly signups from 450 to 700
                        baseline: 450
                        target: 700
                        kpi: ⟦weekly-signups⟧
                      - kr: Grow weekly signups from the campaign
                        kpi: ⟦self-serve#weekly-signups⟧
                kpis:
                  - id: weekly-signups
                    kpi: New café signups per week
                    healthy: ">= 350"
                    readings: {2026-10-19: 530, 2026-10-26: 560}
                """),
            RuleExample("""
                id: customer-operations
                objectives:
                  - objective: Customers stop needing to change their orders twice
                    key_results:
                      - kr: Cut the median first reply on email from 9 hours to 4 hours
                        kpi: first-reply
                        why: Renewal interviews name slow first replies as the top complaint.
                      - kr: Bring average handling time back under 6 minutes
                        kpi: aht
                kpis:
                  - id: first-reply
                    kpi: Median first reply time on email
                    healthy: "<= 10"
                    readings: {2026-10-26: 6.8}
                  - id: aht
                    kpi: Average handling time
                    healthy: 4..6
                    readings: {2026-10-19: 5.1, 2026-10-26: 7.4, 2026-11-09: 5.2}
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.keyResults.compactMap { keyResult in
            guard let reference = keyResult.kpi, keyResult.why == nil, !keyResult.hasInvalidValue(for: "why"),
                  let kpi = context.plan.kpi(namedBy: reference.value, planID: context.planID),
                  let healthy = kpi.healthy?.value
            else { return nil }
            let health = KPIHealth(of: kpi, asOf: context.asOf)
            guard health.status == .inRange, let latest = health.latest else { return nil }
            return Self.diagnostic(
                at: reference.span,
                "\(keyResult.described) moves \(kpi.described), which is healthy (\(latest.value.text) on \(latest.date), inside \(healthy)); say in `why:` why it must move now, or leave it to the KPI and choose a change that matters this period")
        }
    }
}
