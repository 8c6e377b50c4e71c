/// `kpi/stale-review`: a KPI not reviewed within the last quarter.
public struct StaleKPIReview: PlanRule {
    public static let description = RuleDescription(
        id: "kpi/stale-review", defaultSeverity: .warning,
        summary: "`reviewed` is older than `max-days` (default 90) or missing.",
        rationale: """
            KPIs age. The range that was healthy last year may be too loose after a process change, \
            the trigger may fire every week and be ignored, the owner may have moved on. Looking at \
            each KPI once a quarter (does it still matter, is the range right, who answers for it) \
            keeps the set honest; `reviewed:` records when that last happened.
            """,
        options: [.integer("max-days", "Most days since the last review.", 90, tightest: 90)],
        examples: [
            RuleExample("""
                id: warehouse
                kpis:
                  - kpi: Inventory record accuracy
                    reviewed: ⟦2026-05-20⟧
                  - kpi: ⟦Returns waiting to be processed⟧
                """),
            RuleExample("""
                id: warehouse
                kpis:
                  - kpi: Inventory record accuracy
                    reviewed: 2026-08-03
                """),
            RuleExample("""
                id: warehouse
                kpis:
                  - kpi: Inventory record accuracy
                    reviewed: ⟦2026-08-03⟧
                """, asOf: "2026-11-02"),
        ])

    public let maxDays: Int

    public init(options: RuleOptionValues) {
        maxDays = options.integer("max-days")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.kpis.compactMap { kpi in
            guard let reviewed = kpi.reviewed else {
                guard !kpi.hasInvalidValue(for: "reviewed") else { return nil }
                return Self.diagnostic(
                    at: kpi.anchorSpan,
                    "\(kpi.described) has no review date; check that its range, trigger and owner still fit and record it, e.g. `reviewed: \(context.asOf)`")
            }
            let age = reviewed.value.days(to: context.asOf)
            guard age > maxDays else { return nil }
            return Self.diagnostic(
                at: reviewed.span,
                "\(kpi.described) was last reviewed on \(reviewed.value), \(age) days before \(context.asOf) (more than \(maxDays)); check that its range, trigger and owner still fit and update `reviewed:`")
        }
    }
}
