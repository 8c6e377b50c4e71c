/// `kpi/missing-trigger`: a KPI that never says when to act.
public struct KPIMissingTrigger: PlanRule {
    public static let description = RuleDescription(
        id: "kpi/missing-trigger", defaultSeverity: .warning,
        summary: "A KPI has no trigger for action.",
        rationale: """
            A healthy range says what good looks like; a trigger says when a bad reading stops being \
            noise and becomes a reason to act. Without one, every dip starts a debate about whether \
            it matters, and a slow drift is noticed late. Write the threshold and how many readings \
            past it count, such as `> 7 for 2 readings`, so the owner knows when the response starts.
            """,
        examples: [
            RuleExample("""
                id: warehouse
                kpis:
                  - id: same-day-dispatch
                    kpi: ⟦Orders dispatched the day they are placed⟧
                    healthy: ">= 95%"
                    owner: olu
                """),
            RuleExample("""
                id: warehouse
                kpis:
                  - id: same-day-dispatch
                    kpi: Orders dispatched the day they are placed
                    healthy: ">= 95%"
                    trigger: "< 92% for 2 readings"
                """),
            RuleExample("""
                id: warehouse
                kpis:
                  - kpi: Orders dispatched the day they are placed
                    trigger: below ninety
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.kpis.filter { $0.trigger == nil && !$0.hasInvalidValue(for: "trigger") }.map { kpi in
            Self.diagnostic(
                at: kpi.anchorSpan,
                "\(kpi.described) has no trigger for action; say which readings call for a response, e.g. `trigger: \"\(suggestedTrigger(for: kpi.healthy?.value))\"`")
        }
    }

    /// A trigger just past the healthy range, or a generic one without a range.
    private func suggestedTrigger(for range: HealthyRange?) -> String {
        if let max = range?.max { return "> \(max.text) for 2 readings" }
        if let min = range?.min { return "< \(min.text) for 2 readings" }
        return "> 7 for 2 readings"
    }
}
