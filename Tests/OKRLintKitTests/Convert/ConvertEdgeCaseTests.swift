import OKRLintKit
import Testing

/// Values that look like the dialect's own syntax are written in a plainer
/// form that reads back the same; what Markdown cannot hold is noted, field
/// by field, and the rest of the item is kept.
@Suite struct ConvertEdgeCaseTests {
    static let awkward = """
        id: awkward
        title: "Plan: the #1 priority"
        objectives:
          - id: o1
            objective: "KR: looks like a label {#not-an-id}"
            owner: "@dana"
            why: "Owner: not a field"
            aligns_to: ["a, b", c]
            key_results:
              - kr: "Ends with (serves: x) @sam"
                id: k1
                evidence: "~"
                checkins:
                  - {date: 2026-10-07, value: 118, note: "a; b (c)"}
              - kr: Second
                done: 2026-10-01
                path: {2026-11-01: 5}
        kpis:
          - kpi: "2026-10-01 starts with a date"
            healthy: {min: 1}
            owner: "x y"
        milestones:
          - milestone: "Phase: done"
            due: 2026-10-31
            status: Done
            moved:
              - {from: 2026-10-01, to: 2026-10-31, reason: "late, sorry", impact: none}
              - {to: 2026-11-30, impact: "more, later"}
        weekly:
          - week: 2026-W99
            goal: By Friday, lee will deliver x, evidenced by y.
          - week: 2026-W44
            deliver: "Deliver: twice"
        decisions:
          - decision: "2026-10-09"
            date: 2026-10-09
        """

    private func plan(_ path: String, _ text: String) -> String {
        ModelSnapshot.of(FileCompiler.compile(SourceFile(path: path, text: text), fallbackPlanID: "x").plan as Any)
    }

    @Test func valuesThatLookLikeSyntaxRoundTrip() throws {
        let markdown = try GoalFileConverter.convert(SourceFile(path: "a.okr.yaml", text: Self.awkward), to: .markdown)
        #expect(markdown.notes.isEmpty, "\(markdown.notes)")
        #expect(plan("a.okr.md", markdown.text) == plan("a.okr.yaml", Self.awkward), "\(markdown.text)")
        let yaml = try GoalFileConverter.convert(SourceFile(path: "a.okr.md", text: markdown.text), to: .yaml)
        #expect(plan("a.okr.yaml", yaml.text) == plan("a.okr.yaml", Self.awkward), "\(yaml.text)")
        #expect(markdown.text.contains("- [x] 2026-10-31 Phase: done\n  - status: Done\n"))
    }

    @Test func whatMarkdownCannotHoldIsNotedAndTheRestKept() throws {
        let yaml = """
            id: lossy
            objectives:
              - objective: Faster refunds
                why: |
                  - a list in the rationale
                key_results:
                  - kr: Cut refund time
                    unit: ""
                    owner: sam  # --> see the wiki
            """
        let output = try GoalFileConverter.convert(SourceFile(path: "l.okr.yaml", text: yaml), to: .markdown)
        #expect(output.notes.map(\.line) == [4, 8, 9])
        #expect(output.text.contains("- KR: Cut refund time\n  - owner: sam\n"))
    }

    @Test func filesThatCannotBeReadAreNotConverted() {
        #expect(throws: ConversionError.self) { try GoalFileConverter.convert(SourceFile(path: "b.okr.yaml", text: "id: [\n"), to: .markdown) }
        #expect(throws: ConversionError.self) { try GoalFileConverter.convert(SourceFile(path: "b.okr.md", text: "# T\n\n- KR: stray\n"), to: .yaml) }
        #expect(throws: ConversionError.self) { try GoalFileConverter.convert(SourceFile(path: "b.okr.yaml", text: "- a list\n"), to: .markdown) }
    }
}
