/// `plan/missing-period`: the plan does not say which period it covers.
public struct MissingPeriod: PlanRule {
    public static let description = RuleDescription(
        id: "plan/missing-period", defaultSeverity: .warning,
        summary: "The plan has no period.",
        rationale: """
            Goals are bets for a stretch of time: an objective for this quarter, a target by year end. \
            Without a period nobody can say how far along the plan should be, so progress cannot be \
            judged against the calendar, check-ins cannot be called late, and last year's plan looks \
            as current as this one. Name the period the plan covers (`2026-Q4`, `2026-H1`, `2026`, or \
            explicit start and end dates).
            """,
        examples: [
            RuleExample("""
                id: ⟦food-safety⟧
                title: Food Safety & Quality
                """),
            RuleExample("""
                id: food-safety
                period: 2026-Q4
                """),
            RuleExample("""
                id: food-safety
                period: {start: 2026-10-01, end: 2027-03-31}
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard plan.period == nil, !plan.hasInvalidValue(for: "period") else { return [] }
        return [Self.diagnostic(
            at: plan.anchorSpan,
            "the plan has no period, so nobody can tell how far along it should be; add the stretch it covers, e.g. `period: \(context.asOf.year)-Q\((context.asOf.month + 2) / 3)`")]
    }
}
