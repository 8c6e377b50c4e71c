import OKRLintKit
import Testing

/// Which misspelt keys get a safe rename (SPEC §4).
@Suite struct KeyRenameTests {
    private func fix(_ text: String) -> Fix? {
        fixes(TestWorkspace.diagnostics(text)).first ?? nil
    }

    /// The fix of each unknown-key finding, in order.
    private func fixes(_ diagnostics: [Diagnostic]) -> [Fix?] {
        diagnostics.filter { $0.rule == "schema/unknown-key" }.map(\.fix)
    }

    @Test func oneCloseKeyIsASafeFix() {
        let result = fix("id: team\nonwer: dana\n")
        #expect(result?.applicability == .safe)
        #expect(result?.replacements.map(\.text) == ["owner"])
    }

    @Test func aRenameThatWouldDuplicateAKeyIsOnlySuggested() {
        #expect(fix("id: team\nowner: lee\nonwer: dana\n")?.applicability == .unsafe)
    }

    @Test func twoMisspellingsOfOneKeyAreBothOnlySuggested() {
        let result = fixes(TestWorkspace.diagnostics("id: team\nonwer: x\nownr: y\n"))
        #expect(result.map { $0?.applicability } == [.unsafe, .unsafe], "renaming both would write 'owner' twice")
        #expect(result.map { $0?.replacements.map(\.text) } == [["owner"], ["owner"]], "both still suggest it")
    }

    @Test func aKeyInTheWrongCaseCompetesForTheSameRename() {
        let result = fixes(TestWorkspace.diagnostics("id: team\nOwner: x\nonwer: y\n"))
        #expect(result.map { $0?.applicability } == [.unsafe, .unsafe], "'Owner' and 'onwer' would both become 'owner'")
    }

    @Test func twoMisspellingsOfOneKeyInMarkdownAreBothOnlySuggested() {
        let text = "---\nid: team\n---\n\n# Plan\n\n## KPIs\n\n- Backlog {#backlog}\n  - onwer: a\n  - ownr: b\n"
        #expect(fixes(MarkdownTestSupport.compile(text).diagnostics).map { $0?.applicability } == [.unsafe, .unsafe])
    }

    @Test func misspellingsOfDifferentKeysInOneMappingAreSafe() {
        let result = fixes(TestWorkspace.diagnostics("id: team\nonwer: dana\nkpis:\n  - kpi: Backlog\n    helthy: <= 40\n    tirgger: above 50\n"))
        #expect(result.map { $0?.applicability } == [.safe, .safe, .safe])
    }

    @Test func theSameMisspellingInTwoMappingsIsSafeInEach() {
        let result = fixes(TestWorkspace.diagnostics("id: team\nkpis:\n  - kpi: Backlog\n    onwer: x\n  - kpi: Churn\n    onwer: y\n"))
        #expect(result.map { $0?.applicability } == [.safe, .safe])
    }

    @Test func twoCandidatesWithinTwoEditsAreOnlySuggested() {
        // 'doe' is within two edits of both 'due' and 'done' on a milestone.
        let result = fix("id: team\nmilestones:\n  - milestone: Policy published\n    doe: 2026-11-01\n")
        #expect(result?.applicability == .unsafe)
    }

    @Test func farKeysAndMergeKeysHaveNoFix() {
        #expect(fix("id: team\ncolour: red\n") == nil)
        #expect(fix("id: team\nkpis:\n  - <<: {owner: x}\n    kpi: Backlog\n") == nil)
    }
}
