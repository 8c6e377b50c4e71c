/// `syntax/limits`: file size, nesting depth or alias expansion past its limit.
public struct Limits: Rule {
    public static let description = RuleDescription(
        id: "syntax/limits", defaultSeverity: .error,
        summary: "File size, nesting depth or alias expansion is past its limit.",
        rationale: """
            A goal file is a few kilobytes of plain structure. A file over `max-file-size` (8 MiB), \
            nesting deeper than 1000 levels, or anchors and aliases that expand to more than 10 000 \
            nodes (a "billion laughs" document) is either a mistake or hostile input, and reading it \
            would cost time and memory a pre-commit hook cannot afford. okrlint stops at the place the \
            limit was hit and reports it instead of hanging. The file-size limit is the top-level \
            `max-file-size` key of the configuration file.
            """,
        examples: [
            RuleExample("items: " + String(repeating: "[", count: 999) + "⟦⟧[1" + String(repeating: "]", count: 1000) + "\n"),
            RuleExample(
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, ⟦*c⟧, *c]\n"),
            RuleExample("id: team\nkey: &k value\nother: *k\n"),
        ])
}
