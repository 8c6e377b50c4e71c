/// `syntax/markdown`: the Markdown dialect cannot be understood (reported by the Markdown front end).
public struct MarkdownSyntax: Rule {
    public static let description = RuleDescription(
        id: "syntax/markdown", defaultSeverity: .error,
        summary: "The Markdown dialect cannot be understood (e.g. a KR outside an objective).",
        rationale: """
            A Markdown goal file is prose with a little structure: headings open sections, list items \
            hold items, and nested `key: value` items hold their fields (SPEC §2.2, \
            Grammar/okr-markdown.ebnf). Text that sits where the dialect expects structure, such as a \
            key result outside any `## Objective:` section, a nested line that is not `key: value`, or \
            front matter that is never closed, would otherwise vanish from the plan without a word. The \
            finding points at the text and says what was expected; the rest of the file is still read. \
            Syntax findings cannot be switched off or suppressed.
            """,
        examples: [
            RuleExample(
                "---\nid: team\n---\n\n## KPIs\n\n- ⟦KR: Cut repeat order changes from 120 to 90⟧\n",
                path: "example.okr.md"),
            RuleExample(
                "---\nid: team\n---\n\n## KPIs\n\n- Average handling time\n  - ⟦healthy 4..6 minutes⟧\n",
                path: "example.okr.md"),
            RuleExample(
                "---\nid: team\n---\n\n## Objective: Customers stop changing orders twice\n\n"
                    + "- KR: Cut repeat order changes from 120 to 90 a month\n  - baseline: 120\n",
                path: "example.okr.md"),
        ])
}
