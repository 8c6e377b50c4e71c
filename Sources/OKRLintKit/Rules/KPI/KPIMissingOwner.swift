/// `kpi/missing-owner`: a KPI nobody is named to respond to.
public struct KPIMissingOwner: PlanRule {
    public static let description = RuleDescription(
        id: "kpi/missing-owner", defaultSeverity: .warning,
        summary: "Nobody owns the response when the KPI drifts.",
        rationale: """
            A trigger only helps if someone acts when it fires. A KPI without an owner is watched by \
            everyone and answered by no one: each person assumes another has it in hand. Name the one \
            person who responds when the KPI leaves its range; they may pull others in, but the first \
            move is theirs.
            """,
        examples: [
            RuleExample("""
                id: warehouse
                kpis:
                  - id: damage-rate
                    kpi: ⟦Orders damaged in transit⟧
                    healthy: "<= 0.5%"
                """),
            RuleExample("""
                id: warehouse
                owner: gustav
                kpis:
                  - id: damage-rate
                    kpi: Orders damaged in transit
                    owner: olu
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.kpis.filter { $0.owner == nil && !$0.hasInvalidValue(for: "owner") }.map { kpi in
            Self.diagnostic(
                at: kpi.anchorSpan,
                "\(kpi.described) has no owner, so nobody is expected to respond when it drifts; name that person with `owner:`")
        }
    }
}
