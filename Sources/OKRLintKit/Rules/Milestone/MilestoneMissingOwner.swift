/// `milestone/missing-owner`: a milestone that nobody owns.
public struct MilestoneMissingOwner: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/missing-owner", defaultSeverity: .warning,
        summary: "No owner.",
        rationale: """
            A milestone is a promise to the people who plan around it, and a promise needs someone who \
            keeps it: who chases the vendor, who says early that the date will slip, who records the \
            move and its knock-on effect. Without a named owner those things happen late or not at \
            all. The plan's owner does not stand in, because a plan's milestones are usually spread \
            over several people.
            """,
        examples: [
            RuleExample("""
                id: team
                owner: kasia
                milestones:
                  - milestone: ⟦Badge readers installed on both lobby entrances⟧
                    due: 2026-11-27
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Badge readers installed on both lobby entrances
                    due: 2026-11-27
                    owner: levente
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.filter { $0.isMissing($0.owner, key: "owner") }.map { milestone in
            Self.diagnostic(
                at: milestone.anchorSpan,
                "\(milestone.messageName) has no owner; add `owner:` with the person who keeps the date and speaks up when it slips")
        }
    }
}
