import OKRLintKit
import Testing

/// What the dialect cannot understand is a located `syntax/markdown` finding
/// with a hint, and the rest of the file is still read; a value of the wrong
/// form is `schema/type` exactly as in YAML.
@Suite struct MarkdownSyntaxTests {
    private func problems(_ marked: String) -> ([Diagnostic], [SourceSpan]) {
        let (_, diagnostics, spans) = MarkdownTestSupport.read(marked)
        return (diagnostics, spans)
    }

    @Test func keyResultOutsideAnObjective() {
        let (diagnostics, spans) = problems("""
            # Plan

            - ⟦KR: Cut repeat changes⟧

            ## KPIs

            - ⟦KR: Also not an objective⟧
            - Backlog
            """)
        #expect(diagnostics.map(\.rule) == ["syntax/markdown", "syntax/markdown"])
        #expect(diagnostics.map(\.span) == spans)
        #expect(diagnostics.allSatisfy { $0.message.contains("## Objective:") })
        #expect(MarkdownTestSupport.compile("## KPIs\n\n- KR: x\n- Backlog\n").plan?.kpis.count == 1, "the rest is still read")
    }

    @Test func fieldLineThatIsNotKeyValue() {
        let (diagnostics, spans) = problems("""
            ## KPIs

            - Backlog
              - ⟦healthy 4..6⟧
              - owner: lee
            """)
        #expect(diagnostics.map(\.rule) == ["syntax/markdown"])
        #expect(diagnostics.map(\.span) == spans)
        #expect(diagnostics[0].message.contains("`key: value`"))
    }

    @Test func listItemBeforeAnySection() {
        let (diagnostics, spans) = problems("# Plan\n\n- ⟦Backlog⟧\n")
        #expect(diagnostics.map(\.span) == spans)
        #expect(diagnostics[0].message.contains("section heading"))
    }

    @Test func objectiveItemThatIsNeitherKeyResultNorField() {
        let (diagnostics, spans) = problems("## Objective: Faster refunds\n\n- ⟦Cut refund time⟧\n")
        #expect(diagnostics.map(\.rule) == ["syntax/markdown"])
        #expect(diagnostics.map(\.span) == spans)
    }

    @Test func textInsideAnItemAndItemsNestedTooDeep() {
        let (diagnostics, spans) = problems("""
            ## KPIs

            - Backlog

              ⟦Counted every morning.⟧
            - Refund time
              - owner: lee
                - ⟦team: support⟧
            """)
        #expect(diagnostics.map(\.rule) == ["syntax/markdown", "syntax/markdown"])
        #expect(diagnostics.map(\.span) == spans)
    }

    @Test func frontMatterNeverClosed() {
        let (diagnostics, spans) = problems("⟦---⟧\nid: team\n\n# Plan\n")
        #expect(diagnostics.map(\.rule) == ["syntax/markdown"])
        #expect(diagnostics.map(\.span) == spans)
    }

    @Test func yamlSyntaxErrorsInFrontMatterStopTheFile() {
        let file = MarkdownTestSupport.compile("---\nid: 'team\n---\n\n# Plan\n")
        #expect(file.plan == nil)
        #expect(file.diagnostics.map(\.rule) == ["syntax/yaml"])
        #expect(file.diagnostics[0].span.start.line >= 2)
    }

    @Test func malformedValuesAreSchemaTypeExactlyAsInYAML() {
        let markdown = MarkdownTestSupport.compile("""
            ## Milestones

            - 2026-13-01 Policy published
              - owner: dana
            - Data catalogue published
              - due: 2026-13-01
            """)
        let yaml = TestWorkspace.diagnostics("milestones:\n  - milestone: Policy published\n    due: 2026-13-01\n")
        #expect(markdown.diagnostics.map(\.rule) == ["schema/type", "schema/type"])
        #expect(markdown.diagnostics.map(\.message) == yaml.map(\.message) + yaml.map(\.message))
        #expect(markdown.diagnostics.map(\.span.start) == [SourcePosition(line: 3, column: 3), SourcePosition(line: 6, column: 10)])
    }

    @Test func aFieldGivenTwiceIsADuplicateKeyAtTheSecond() {
        let (diagnostics, spans) = problems("""
            ## Milestones

            - 2026-10-31 CRM workflow updated @sam
              - ⟦owner⟧: lee
            """)
        #expect(diagnostics.map(\.rule) == ["schema/duplicate-key"])
        #expect(diagnostics.map(\.span) == spans)
        #expect(diagnostics[0].message == "duplicate key 'owner': it is already set on line 3; remove one of them")
    }

    @Test func unknownFieldsSuggestTheClosestKey() {
        let (diagnostics, spans) = problems("## KPIs\n\n- Backlog\n  - ⟦onwer⟧: lee\n")
        #expect(diagnostics.map(\.rule) == ["schema/unknown-key"])
        #expect(diagnostics.map(\.span) == spans)
        #expect(diagnostics[0].message.hasSuffix("did you mean 'owner'?"))
    }

    @Test func anObjectiveHeadingWithoutTextIsReportedAtItsLabel() {
        let (diagnostics, spans) = problems("""
            # Plan

            ## ⟦Objective⟧:

            | Quarter | Refunds |
            | Q3      | 120     |

            ## ⟦Objective⟧: {#o}

            - KR: Cut refund time from 5 to 2 days
            """)
        let missing = diagnostics.filter { $0.rule == "schema/type" }
        #expect(missing.map(\.span) == spans)
        #expect(missing.map(\.message) == Array(repeating: "this objective has no 'objective'; add it, e.g. `## Objective: …`", count: 2))
    }

    @Test func aKeyResultLabelWithoutTextIsReportedAtTheLabel() {
        let (diagnostics, spans) = problems("## Objective: Faster refunds\n\n- ⟦KR⟧: {#refund-time}\n  - target: 2\n")
        #expect(diagnostics.map(\.rule) == ["schema/type"])
        #expect(diagnostics.map(\.span) == spans)
        #expect(diagnostics[0].message == "this key result has no 'kr'; add it, e.g. `- KR: …`")
    }

    @Test func anEmptyFileHoldsNoPlan() {
        let file = MarkdownTestSupport.compile("Just some notes.\n")
        #expect(file.plan == nil)
        #expect(file.diagnostics.map(\.rule) == ["schema/type"])
    }
}
