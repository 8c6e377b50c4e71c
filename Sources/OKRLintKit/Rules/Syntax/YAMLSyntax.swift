/// `syntax/yaml`: the file is not valid YAML (reported by the YAML front end).
public struct YAMLSyntax: Rule {
    public static let description = RuleDescription(
        id: "syntax/yaml", defaultSeverity: .error,
        summary: "The YAML cannot be parsed.",
        rationale: """
            A goal file that does not parse cannot be checked or reported on at all, so nothing else \
            about it is known until the YAML is fixed. The finding points at the place where the parser \
            gave up, which is usually on or just after the real mistake: a tab used for indentation, a \
            quote that is never closed, a value containing ': ' that needs quotes, or a key out of line \
            with its siblings. A goal file holds exactly one YAML document. Syntax findings cannot be \
            switched off or suppressed.
            """,
        examples: [
            RuleExample("id: team\ntitle: \"Q4 plan\n⟦⟧"),
            RuleExample("id: team\nobjectives:\n⟦\t⟧- objective: Grow\n"),
            RuleExample("id: team\ntitle: \"Q4: the plan\"\n"),
        ])
}
