/// `plan/framework-fit`: a small team runs OKRs with neither milestones nor KPIs.
public struct FrameworkFit: PlanRule {
    public static let description = RuleDescription(
        id: "plan/framework-fit", defaultSeverity: .info,
        summary: "`team_size` ≤ `max-team-size` (default 5) and the plan runs OKRs but no milestones or KPIs.",
        rationale: """
            OKRs pay off when many people need one direction: they cost a planning ritual, scoring and \
            alignment. A team of a handful of people already knows what it is working on, and is \
            usually better served by a few dated milestones that say what will exist when, and a few \
            KPIs that say what must stay healthy. The finding is a prompt to check the fit, not a \
            verdict: a small team that keeps its OKRs can say why when it reviews the framework.
            """,
        options: [.integer("max-team-size", "Largest team for which OKRs alone are questioned.", 5, tightest: 5)],
        examples: [
            RuleExample("""
                id: ⟦brand-studio⟧
                team_size: 5
                objectives:
                  - objective: Cafés recognise our packaging on the shelf
                """),
            RuleExample("""
                id: brand-studio
                team_size: 5
                objectives:
                  - objective: Cafés recognise our packaging on the shelf
                milestones:
                  - milestone: New bag design printed and on every café shelf
                """),
            RuleExample("""
                id: customer-operations
                team_size: 12
                objectives:
                  - objective: Customers stop needing to change their orders twice
                """),
            RuleExample("""
                id: ⟦customer-operations⟧
                team_size: 12
                objectives:
                  - objective: Customers stop needing to change their orders twice
                """, options: ["max-team-size": .integer(12)]),
        ])

    public let maxTeamSize: Int

    public init(options: RuleOptionValues) {
        maxTeamSize = options.integer("max-team-size")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard let teamSize = plan.teamSize?.value, teamSize <= maxTeamSize,
              !plan.objectives.isEmpty, plan.milestones.isEmpty, plan.kpis.isEmpty
        else { return [] }
        return [Self.diagnostic(
            at: plan.anchorSpan,
            "a team of \(teamSize) runs OKRs with no milestones or KPIs; teams of \(maxTeamSize) or fewer are usually better served by a few dated milestones and KPIs, so consider switching, or note at the framework review why OKRs fit")]
    }
}
