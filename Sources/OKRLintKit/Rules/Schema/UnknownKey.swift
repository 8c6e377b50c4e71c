/// `schema/unknown-key`: a key okrlint does not know (reported by the model builder).
public struct UnknownKey: Rule {
    public static let description = RuleDescription(
        id: "schema/unknown-key", defaultSeverity: .warning,
        summary: "A key okrlint does not know; the closest known key is suggested.",
        rationale: """
            A misspelt key is silently ignored by every tool that reads the file, so an `onwer:` looks \
            like an owner to a reader but counts as no owner at all. Reporting unknown keys, with the \
            closest known key as a suggestion, catches the typo where it was made. YAML merge keys \
            (`<<`) are not supported either: spelling the values out keeps each item readable on its own.
            """,
        examples: [
            RuleExample("id: team\nobjectives:\n  - objective: Customers stop changing orders twice\n    ⟦onwer⟧: dana\n"),
            RuleExample("id: team\n⟦<<⟧: {owner: dana}\n"),
            RuleExample("id: team\nowner: dana\n"),
        ])
}
