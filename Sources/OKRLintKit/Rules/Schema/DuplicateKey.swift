/// `schema/duplicate-key`: the same key twice in one mapping (reported by the YAML front end).
public struct DuplicateKey: Rule {
    public static let description = RuleDescription(
        id: "schema/duplicate-key", defaultSeverity: .error,
        summary: "The same key appears twice in one mapping.",
        rationale: """
            YAML parsers disagree about a repeated key: some keep the first value, some the last, some \
            refuse the file. Either way one of the two values the author wrote is lost without a word. \
            okrlint keeps the first, reports the second at its key and names the line of the first.
            """,
        examples: [
            RuleExample("id: team\nowner: dana\n⟦owner⟧: sam\n"),
            RuleExample("id: team\nowner: dana\nteam: Support\n"),
        ])
}
