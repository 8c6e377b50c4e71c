/// `schema/type`: a value of the wrong type or form (reported by the model builder).
public struct WrongType: Rule {
    public static let description = RuleDescription(
        id: "schema/type", defaultSeverity: .error,
        summary: "A value has the wrong type or form (a date that is not a date, confidence above 1, …).",
        rationale: """
            Rules and reports compute with dates, numbers, ranges and confidence levels; a value they \
            cannot read would make every later check about that item wrong or silent. The message \
            names the form that was expected (a date like 2026-10-14, a number such as 95% or $10k, a \
            range such as 4..6) so the fix is obvious. Items also need their title text \
            (`objective`, `kr`, `kpi`, `milestone`, `goal` or `deliver`, `decision`).
            """,
        examples: [
            RuleExample("id: team\nmilestones:\n  - milestone: Policy published\n    due: ⟦2026-13-01⟧\n"),
            RuleExample("id: team\nteam_size: ⟦twelve⟧\n"),
            RuleExample("id: team\nmilestones:\n  - milestone: Policy published\n    due: 2026-12-01\n"),
        ])
}
