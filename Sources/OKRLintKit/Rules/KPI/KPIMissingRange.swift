/// `kpi/missing-range`: a KPI without a healthy range.
public struct KPIMissingRange: PlanRule {
    public static let description = RuleDescription(
        id: "kpi/missing-range", defaultSeverity: .error,
        summary: "A KPI has no healthy range.",
        rationale: """
            A KPI is a health measure, and health is a range: without one, nobody can tell whether \
            today's reading is fine or a reason to act, so the KPI is a number people glance at and \
            forget. State the band the measure should stay in (`healthy: 4..6`, `<= 6`, `>= 95%`, or \
            `{min: 4, max: 6}`); the trigger then says when a reading outside it calls for action.
            """,
        examples: [
            RuleExample("""
                id: team
                kpis:
                  - id: aht
                    kpi: ⟦Average handling time⟧
                    owner: lee
                """),
            RuleExample("""
                id: team
                kpis:
                  - id: aht
                    kpi: Average handling time
                    healthy: 4..6
                """),
            RuleExample("""
                id: team
                kpis:
                  - id: aht
                    kpi: Average handling time
                    healthy: between four and six
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.kpis.filter { $0.healthy == nil && !$0.hasInvalidValue(for: "healthy") }.map { kpi in
            let name = kpi.title.map { "'\($0.value)'" } ?? "this KPI"
            return Self.diagnostic(
                at: kpi.anchorSpan,
                "KPI \(name) has no healthy range; add the band it should stay in, e.g. `healthy: 4..6` or `healthy: >= 95%`")
        }
    }
}
