import OKRLintKit
import Testing

/// The missing-field rules of SPEC §3: a blank value is missing, a malformed
/// one is left to `schema/type`, and messages say what to add.
@Suite struct MissingFieldRulesTests {
    private func lint(_ text: String, _ rule: String) -> [Finding] {
        TestWorkspace.lint(text, selection: try! RuleSelection(select: [rule]))
    }

    @Test func aBlankOwnerIsMissingAndAMalformedOneIsNot() {
        let marked = MarkedSource("""
            id: team
            milestones:
              - milestone: ⟦Badge readers installed⟧
                due: 2026-11-27
                owner: "  "
              - milestone: Lobby cameras installed
                due: 2026-11-27
                owner: [levente, kasia]
            """)
        #expect(lint(marked.text, "milestone/missing-owner").map(\.span) == marked.spans)
    }

    @Test func aDecisionMessageNamesEachMissingField() {
        let findings = lint("""
            id: team
            decisions:
              - decision: Vans are loaded the evening before
            """, "decision/missing-owner")
        #expect(findings.map(\.message) == [
            "decision 'Vans are loaded the evening before' has no owner and no date; add `owner:` and `date:` so the team knows who decided, and when, before acting on it",
        ])
    }

    @Test func aMoveMessageNamesTheDatesAndWhatIsMissing() {
        let findings = lint("""
            id: team
            milestones:
              - milestone: CRM workflow updated
                due: 2026-11-27
                moved:
                  - {from: 2026-10-20, to: 2026-11-27}
            """, "milestone/move-without-reason")
        #expect(findings.map(\.message) == [
            "the move of milestone 'CRM workflow updated' from 2026-10-20 to 2026-11-27 records no reason and no impact; add `reason:` (why the date moved) and `impact:` (what slips or changes because of it) so the people who depend on it can adjust",
        ])
    }

    @Test func anOverdueMilestoneWithAMalformedDoneDateIsLeftAlone() {
        let findings = lint("""
            id: team
            milestones:
              - milestone: Restore test passed
                due: 2026-10-16
                done: 2026-10-32
            """, "milestone/overdue")
        #expect(findings.isEmpty)
    }
}
