/// `suppression/unused`: an inline suppression that suppressed nothing (reported by the engine).
public struct UnusedSuppression: Rule {
    public static let description = RuleDescription(
        id: "suppression/unused", defaultSeverity: .warning,
        summary: "An inline suppression suppressed nothing.",
        rationale: """
            A suppression comment is an exception someone once needed. When the problem it silenced \
            is fixed, or the comment drifted away from the item it was meant for, it lingers and will \
            one day hide a new problem nobody looked at. Reporting suppressions that suppress nothing \
            keeps the exceptions few and deliberate. Directives for rules that are not run (switched \
            off, or left out by --select) are not reported; one naming a syntax rule always is, since \
            syntax findings cannot be suppressed.
            """,
        examples: [
            RuleExample("""
                id: team
                kpis:
                  # okrlint-disable-next-line ⟦kpi/missing-range⟧ -- finance sets it in November
                  - kpi: Average handling time
                    healthy: 4..6
                """),
            RuleExample("""
                id: team
                kpis:
                  # okrlint-disable-next-line kpi/missing-range -- finance sets it in November
                  - kpi: Average handling time
                    owner: lee
                """),
        ])
}
