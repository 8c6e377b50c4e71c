import OKRLintKit
import Testing

/// Inline suppressions (SPEC §2.3) apply to YAML items, not bare lines, and are audited.
@Suite struct SuppressionTests {
    private static let watched = try! RuleSelection(select: ["kpi/missing-range", "kr/activity", "suppression/", "syntax/"])

    private func rules(_ text: String, selection: RuleSelection = watched) -> [String] {
        TestWorkspace.lint(text, selection: selection).map { "\($0.span.start.line) \($0.rule)" }
    }

    @Test func disableNextLineCoversTheWholeItemBelow() {
        let text = """
            id: team
            kpis:
              # okrlint-disable-next-line kpi/missing-range -- finance sets it in November
              - id: aht
                kpi: Average handling time
              - id: backlog
                kpi: Tickets older than seven days
            """
        #expect(rules(text) == ["7 kpi/missing-range"], "the finding on line 5 belongs to the item starting on line 4")
    }

    @Test func stackedDirectivesSkipCommentLinesAndCategoriesWork() {
        let text = """
            id: team
            objectives:
              - objective: Partners sell for us
                key_results:
                  # okrlint-disable-next-line kr/
                  # the workshops are what the partner contract pays for
                  - kr: Run partner workshops
                  - kr: Hold weekly syncs with partners
            """
        #expect(rules(text) == ["8 kr/activity"])
    }

    @Test func disableLineAndRegionsAndFile() {
        let text = """
            id: team
            kpis:
              - kpi: Average handling time  # okrlint-disable-line kpi/missing-range
              # okrlint-disable kpi/missing-range
              - kpi: Backlog
              - kpi: Refund time
              # okrlint-enable kpi/missing-range
              - kpi: First reply time
            """
        #expect(rules(text) == ["8 kpi/missing-range"])
        #expect(rules("# okrlint-disable-file kpi/missing-range\nid: team\nkpis:\n  - kpi: Backlog\n").isEmpty)
    }

    @Test func unusedAndUnknownDirectivesAreReportedAtTheRuleName() {
        let findings = TestWorkspace.lint("""
            id: team
            kpis:
              # okrlint-disable-next-line kpi/missing-range, kpi/missing-rnge
              - kpi: Backlog
                healthy: <= 40
            """, selection: Self.watched)
        #expect(findings.map(\.rule) == ["suppression/unused", "suppression/unknown-rule"])
        #expect(findings.map(\.span.start.column) == [31, 50])
        #expect(findings[1].message == "unknown rule 'kpi/missing-rnge'; did you mean 'kpi/missing-range'?")
    }

    @Test func directivesForRulesNotRunAreNotUnused() {
        let text = "id: team\n# okrlint-disable-file kr/activity\nkpis:\n  - kpi: Backlog\n"
        #expect(rules(text) == ["2 suppression/unused", "4 kpi/missing-range"])
        let onlyKPIs = try! RuleSelection(select: ["kpi/missing-range", "suppression/"])
        #expect(rules(text, selection: onlyKPIs) == ["4 kpi/missing-range"])
    }

    @Test func syntaxErrorsCannotBeSuppressed() {
        #expect(rules("# okrlint-disable-file\nid: 'team\n") == ["3 syntax/yaml"])
    }
}
