import OKRLintKit
import Testing

/// `weekly/too-many` across files: which goal counts as the first, and how the
/// person and week of a goal are found.
@Suite struct TooManyWeeklyGoalsTests {
    private let options = LintOptions(
        asOf: try! CalendarDate.parse("2026-11-01").get(), selection: try! RuleSelection(select: ["weekly/too-many"]))

    private func goal(_ plan: String, _ owner: String) -> String {
        """
        id: \(plan)
        weekly:
          - week: 2026-W44
            owner: \(owner)
            goal: By 2026-10-30, \(owner) will deliver the rota, evidenced by the shared sheet.
        """
    }

    @Test func withEveryFileLintedTheFirstByPathIsKept() {
        let first = TestWorkspace.compile("a.okr.yaml", goal("a", "yuki"))
        let second = TestWorkspace.compile("b.okr.yaml", goal("b", "YUKI"))
        let findings = Linter.lint([second, first], alongside: [], options: options)
        #expect(findings.map(\.file) == ["b.okr.yaml"])
        #expect(findings.map(\.span.start) == [SourcePosition(line: 5, column: 11)])
        #expect(findings.first?.message.contains("line 5 of a.okr.yaml") == true)
    }

    @Test func aGoalInAFileNotLintedIsSettledAndComesFirst() {
        let linted = TestWorkspace.compile("a.okr.yaml", goal("a", "yuki"))
        let settled = TestWorkspace.compile("b.okr.yaml", goal("b", "yuki"))
        let findings = Linter.lint([linted], alongside: [settled], options: options)
        #expect(findings.map(\.file) == ["a.okr.yaml"])
        #expect(findings.first?.message.contains("of b.okr.yaml") == true)
    }

    @Test func ownerFromTheSentenceAndWeekFromTheDate() {
        let marked = MarkedSource("""
            id: team
            weekly:
              - goal: By 2026-10-29, Yuki will deliver window selection, evidenced by the pilot build.
              - owner: yuki
                by: 2026-10-30
                deliver: ⟦the driver app showing each window⟧
                evidence: a screenshot
              - owner: yuki
                by: 2026-11-06
                deliver: the window report
                evidence: the report link
            """)
        let findings = TestWorkspace.lint(marked.text, selection: options.selection)
        #expect(findings.map(\.span) == marked.spans)
    }

    @Test func aMalformedWeekOrOwnerIsNotCounted() {
        let findings = TestWorkspace.lint("""
            id: team
            weekly:
              - week: 2026-W44
                owner: yuki
                goal: By 2026-10-30, yuki will deliver the rota, evidenced by the shared sheet.
              - week: 2026-W60
                owner: yuki
                goal: By 2026-10-30, yuki will deliver the menu, evidenced by the menu page.
              - week: 2026-W44
                owner: [yuki, noor]
                goal: By 2026-10-30, yuki will deliver the plan, evidenced by the plan page.
            """, selection: options.selection)
        #expect(findings.isEmpty)
    }
}
