/// `milestone/missing-date`: a milestone without a due date.
public struct MilestoneMissingDate: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/missing-date", defaultSeverity: .error,
        summary: "No due date.",
        rationale: """
            A milestone is a date on which something specific exists; without the date it is a wish. \
            Other people plan around milestones (a launch waits for the contract, a training waits for \
            the policy), and they can only do so when the day is written down. The date is also what \
            makes a slip visible, so that it can be moved in public instead of drifting.
            """,
        examples: [
            RuleExample("""
                id: team
                milestones:
                  - milestone: ⟦Every company laptop enrolled in device management⟧
                    owner: kasia
                  - milestone: Badge readers installed on both lobby entrances
                    due: 2026-11-27
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Restore test passed for the finance file share backup
                    due: 2026-13-01
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.filter { $0.isMissing($0.due, key: "due") }.map { milestone in
            Self.diagnostic(
                at: milestone.anchorSpan,
                "\(milestone.messageName) has no due date; add `due: YYYY-MM-DD` with the day it will exist, so others can plan around it")
        }
    }
}
