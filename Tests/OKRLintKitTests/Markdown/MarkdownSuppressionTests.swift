import OKRLintKit
import Testing

/// Inline suppressions in Markdown (SPEC §2.3): the directives inside
/// `<!-- … -->` (or `#` comments in the front matter); `disable-next-line`
/// covers the list item or section that follows.
@Suite struct MarkdownSuppressionTests {
    private static let watched = try! RuleSelection(select: ["kpi/missing-range", "kr/activity", "suppression/", "syntax/"])

    private func findings(_ text: String) -> [String] {
        TestWorkspace.lint(text, path: "x.okr.md", selection: Self.watched).map { "\($0.span.start.line) \($0.rule)" }
    }

    @Test func nextLineCoversTheListItemWithItsFields() {
        #expect(findings("""
            ## KPIs

            <!-- okrlint-disable-next-line kpi/missing-range -- finance sets it in November -->
            - Backlog {#backlog}
              - owner: lee
            - Refund time
            """) == ["6 kpi/missing-range"])
    }

    @Test func nextLineBeforeAHeadingCoversTheSection() {
        #expect(findings("""
            <!-- okrlint-disable-next-line kr/activity -->
            ## Objective: Partners sell for us

            - KR: Run partner workshops
            - KR: Hold weekly syncs with partners

            ## Objective: Partners stay

            - KR: Run renewal workshops
            """) == ["9 kr/activity"])
    }

    @Test func lineRegionAndFileDirectives() {
        #expect(findings("""
            ## KPIs

            - Backlog <!-- okrlint-disable-line kpi/missing-range -->
            <!-- okrlint-disable kpi/missing-range -->
            - Refund time
            <!-- okrlint-enable kpi/missing-range -->
            - First reply time
            """) == ["7 kpi/missing-range"])
        #expect(findings("<!-- okrlint-disable-file kpi/ -->\n## KPIs\n\n- Backlog\n").isEmpty)
        #expect(findings("---\n# okrlint-disable-file kpi/missing-range\nid: team\n---\n\n## KPIs\n\n- Backlog\n").isEmpty)
    }

    @Test func unusedAndUnknownRulesArePointedAtInsideTheComment() {
        let findings = TestWorkspace.lint("""
            ## KPIs

            <!-- okrlint-disable-next-line kpi/missing-range, kpi/missing-rnge -->
            - Backlog
              - healthy: <= 40
            """, path: "x.okr.md", selection: Self.watched)
        #expect(findings.map(\.rule) == ["suppression/unused", "suppression/unknown-rule"])
        #expect(findings.map(\.span.start.column) == [32, 51])
    }

    @Test func syntaxErrorsCannotBeSuppressed() {
        #expect(findings("<!-- okrlint-disable-file -->\n# Plan\n\n- KR: stray\n") == ["1 suppression/unused", "4 syntax/markdown"])
    }
}
