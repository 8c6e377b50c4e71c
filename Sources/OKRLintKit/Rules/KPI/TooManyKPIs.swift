/// `kpi/too-many`: more KPIs than a team can keep watching.
public struct TooManyKPIs: PlanRule {
    public static let description = RuleDescription(
        id: "kpi/too-many", defaultSeverity: .warning,
        summary: "More than `max` KPIs (default 7).",
        rationale: """
            KPIs work because a few numbers get looked at every week and acted on when they drift. \
            Past a handful, reviews turn into skimming a dashboard, triggers fire without anyone \
            noticing, and the measures that matter drown among the ones that are merely available. \
            Keep the set small; the finding points at the first KPI past the maximum.
            """,
        options: [.integer("max", "Most KPIs a plan may have.", 7, tightest: 7)],
        examples: [
            RuleExample("""
                id: team
                kpis:
                  - kpi: Average handling time
                  - kpi: Customer satisfaction after a contact
                  - kpi: ⟦Open tickets older than seven days⟧
                """, options: ["max": .integer(2)]),
            RuleExample("""
                id: team
                kpis:
                  - kpi: Average handling time
                  - kpi: Customer satisfaction after a contact
                """),
        ])

    public let max: Int

    public init(options: RuleOptionValues) {
        max = options.integer("max")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let kpis = context.plan.kpis
        guard kpis.count > max else { return [] }
        return [Self.diagnostic(
            at: kpis[max].anchorSpan,
            "the plan has \(kpis.count) KPIs, more than \(max); keep the \(max) that best guard day-to-day health and drop or merge the rest")]
    }
}
