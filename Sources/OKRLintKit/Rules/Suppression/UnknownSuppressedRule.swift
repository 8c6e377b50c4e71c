/// `suppression/unknown-rule`: a directive names a rule that does not exist (reported by the engine).
public struct UnknownSuppressedRule: Rule {
    public static let description = RuleDescription(
        id: "suppression/unknown-rule", defaultSeverity: .warning,
        summary: "A directive names a rule that does not exist; the closest rule is suggested.",
        rationale: """
            A suppression that names a misspelt rule silences nothing, while its author believes the \
            finding is handled. Naming the closest real rule makes the typo a one-word fix.
            """,
        examples: [
            RuleExample("""
                id: team
                kpis:
                  # okrlint-disable-next-line ⟦kpi/missing-rnge⟧
                  - kpi: Average handling time
                """),
            RuleExample("""
                id: team
                # okrlint-disable-file kpi/
                kpis:
                  - kpi: Average handling time
                """),
        ])
}
