/// `weekly/unlinked`: a weekly goal that serves no objective, key result or KPI.
public struct UnlinkedWeeklyGoal: PlanRule {
    public static let description = RuleDescription(
        id: "weekly/unlinked", defaultSeverity: .warning,
        summary: "The goal serves no OKR, key result or KPI.",
        rationale: """
            A weekly goal is the one thing a person commits to this week, and it earns that place by \
            moving an objective or protecting a KPI. A goal linked to nothing may be worth doing, but \
            nobody can tell from the plan why it beats the work that is linked, and the status page \
            cannot show it next to the result it helps. Say what it serves with `serves:`; if it \
            serves nothing in the plan, question whether it should be this week's goal.
            """,
        examples: [
            RuleExample("""
                id: team
                weekly:
                  - week: 2026-W44
                    owner: ravi
                    goal: ⟦By 2026-10-30, ravi will deliver fuel surcharges renegotiated, evidenced by the signed rate cards.⟧
                  - week: 2026-W44
                    owner: gita
                    by: 2026-10-29
                    deliver: ⟦Friday rounds re-planned to fill vans above 75%⟧
                    evidence: routing report
                """),
            RuleExample("""
                id: team
                kpis:
                  - id: cost-per-drop
                    kpi: Delivery cost per drop
                weekly:
                  - week: 2026-W44
                    owner: ravi
                    goal: By 2026-10-30, ravi will deliver fuel surcharges renegotiated, evidenced by the signed rate cards.
                    serves: cost-per-drop
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.weekly.filter { $0.serves.isEmpty && !$0.hasInvalidValue(for: "serves") }.map { goal in
            Self.diagnostic(
                at: goal.anchorSpan,
                "\(goal.messageName) serves nothing; add `serves:` with the objective, key result or KPI it moves, or give the week to a goal that does")
        }
    }
}
