import OKRLintKit
import Testing

/// Which misspelt keys get a safe rename (SPEC §4).
@Suite struct KeyRenameTests {
    private func fix(_ text: String) -> Fix? {
        TestWorkspace.diagnostics(text).first { $0.rule == "schema/unknown-key" }?.fix
    }

    @Test func oneCloseKeyIsASafeFix() {
        let result = fix("id: team\nonwer: dana\n")
        #expect(result?.applicability == .safe)
        #expect(result?.replacements.map(\.text) == ["owner"])
    }

    @Test func aRenameThatWouldDuplicateAKeyIsOnlySuggested() {
        #expect(fix("id: team\nowner: lee\nonwer: dana\n")?.applicability == .unsafe)
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
