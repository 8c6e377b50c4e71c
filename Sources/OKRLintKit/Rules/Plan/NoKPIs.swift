/// `plan/no-kpis`: the plan runs objectives but no KPI guards day-to-day health.
public struct NoKPIs: PlanRule {
    public static let description = RuleDescription(
        id: "plan/no-kpis", defaultSeverity: .info,
        summary: "Objectives exist but no KPI guards day-to-day health.",
        rationale: """
            Objectives say what should change; KPIs say what must not break while the team is busy \
            changing it. A plan with OKRs and no KPIs has nothing watching the everyday work (handling \
            times, stock, uptime), so a slide there shows up only when customers complain. Add the few \
            health measures the team already cares about, each with a healthy range, a trigger and \
            an owner.
            """,
        examples: [
            RuleExample("""
                id: ⟦brand-studio⟧
                objectives:
                  - objective: Cafés recognise our packaging on the shelf
                """),
            RuleExample("""
                id: brand-studio
                objectives:
                  - objective: Cafés recognise our packaging on the shelf
                kpis:
                  - kpi: Artwork requests waiting more than a week
                """),
            RuleExample("""
                id: food-safety
                milestones:
                  - milestone: Food safety certificate renewed
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard !plan.objectives.isEmpty, plan.kpis.isEmpty else { return [] }
        let objectives = plan.objectives.count == 1 ? "an objective" : "\(plan.objectives.count) objectives"
        return [Self.diagnostic(
            at: plan.anchorSpan,
            "the plan has \(objectives) but no KPI, so nothing guards day-to-day health meanwhile; add the few measures that must stay healthy \(context.spelling.section("kpis")), each with a range, a trigger and an owner")]
    }
}
