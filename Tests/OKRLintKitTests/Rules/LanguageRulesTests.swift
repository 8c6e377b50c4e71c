import OKRLintKit
import Testing

/// The rules built on the language heuristics, through the whole lint: the stronger of two rules
/// wins, messages name what is wrong and how to fix it, and malformed values are not reported twice.
@Suite struct LanguageRulesTests {
    private func findings(_ marked: String, select: [String]) throws -> (MarkedSource, [Finding]) {
        let source = MarkedSource(marked)
        return (source, TestWorkspace.lint(source.text, selection: try RuleSelection(select: select)))
    }

    @Test func anActivityCountingOutputsIsReportedOnceAsAnActivity() throws {
        let text = """
            id: team
            objectives:
              - objective: Account sponsors stay close to us
                key_results:
                  - kr: ⟦Send 2,000 check-in emails to account sponsors⟧
            """
        let (source, both) = try findings(text, select: ["kr/activity", "kr/output-metric"])
        #expect(both.map(\.rule) == ["kr/activity"])
        #expect(both.map(\.span) == source.spans)
        let (_, alone) = try findings(text, select: ["kr/output-metric"])
        #expect(alone.map(\.rule) == ["kr/output-metric"])
        #expect(alone.first?.message.contains("'check-in emails'") == true)
    }

    @Test func aVagueMilestoneIsReportedOnceAsVague() throws {
        let (_, found) = try findings("""
            id: team
            milestones:
              - milestone: Review policy
              - milestone: ⟦Publish the discount approval matrix⟧
            """, select: ["milestone/vague", "milestone/not-evidence"])
        #expect(found.map(\.rule) == ["milestone/vague", "milestone/not-evidence"])
        #expect(found.last?.message.hasSuffix("in the past tense: 'Discount approval matrix published'") == true)
    }

    @Test func weeklyFormatNamesWhatIsMissingInEitherForm() throws {
        let (source, found) = try findings("""
            id: team
            weekly:
              - week: 2026-W44
                goal: ⟦Finish the missed-drop root cause list⟧
              - week: 2026-W44
                owner: gita
                by: 2026-10-29
                deliver: ⟦Friday rounds re-planned to fill vans above 75%⟧
              - ⟦⟧week: 2026-W44
                owner: lee
            """, select: ["weekly/format"])
        #expect(found.map(\.span) == source.spans)
        #expect(found.map(\.message) == [
            "weekly goal 'Finish the missed-drop root cause list' lacks a date, an owner and the evidence; write it as 'By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]'",
            "the weekly goal lacks the evidence; add `evidence:`, so it reads 'By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]'",
            "the weekly goal lacks a date, an outcome and the evidence; add `by:`, `deliver:` and `evidence:`, so it reads 'By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]'",
        ])
    }

    @Test func weeklyFormatCallsAnActivityNoOutcome() throws {
        let (_, found) = try findings("""
            id: team
            weekly:
              - week: 2026-W44
                owner: kim
                goal: By Thursday, kim will run three onboarding workshops, evidenced by the sign-in sheets.
            """, select: ["weekly/format"])
        #expect(found.map(\.message) == [
            "weekly goal 'By Thursday, kim will run three onboarding workshops, evide…' lacks an outcome ('run' names an activity); write it as 'By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]'",
        ])
    }

    @Test func aMalformedDateIsNotAlsoAMissingDate() throws {
        let (_, found) = try findings("""
            id: team
            weekly:
              - week: 2026-W44
                owner: gita
                by: 2026-13-01
                deliver: Friday rounds re-planned
                evidence: routing report
            """, select: ["weekly/format"])
        #expect(found.isEmpty)
    }

    @Test func anObjectiveOverSeveralLinesIsNotOneLine() throws {
        let (_, found) = try findings("""
            id: team
            objectives:
              - objective: |
                  Key accounts get one answer
                  from one person
            """, select: ["objective/not-one-line"])
        #expect(found.map(\.message) == [
            "objective 'Key accounts get one answer from one person' runs over 2 lines; say the change in one line of at most 20 words and move the rest to `why` or the key results",
        ])
    }

    @Test func keyResultsMeasuredInTheirFieldsAreNoTaskList() throws {
        let (_, found) = try findings("""
            id: team
            objectives:
              - objective: Partners sell our platform for us
                key_results:
                  - kr: Launch the partner portal
                  - kr: Partner-sourced revenue
                    baseline: $0.4M
                    target: $1M
              - objective: ⟦Partners know our platform⟧
                key_results:
                  - kr: Launch the partner portal
                  - kr: Run partner workshops
            """, select: ["objective/task-list"])
        #expect(found.map(\.message) == [
            "every key result of 'Partners know our platform' is a deliverable or an activity (1 deliverable and 1 activity): a task list under OKR labels; keep them as milestones and add a key result that measures the change they should bring, e.g. 'Partner-sourced revenue grows from $0.4M to $1M'",
        ])
    }

    @Test func aStakeTagInAnyCaseCounts() throws {
        let (_, found) = try findings("""
            id: team
            objectives:
              - objective: The weekly sales report builds itself
                key_results:
                  - kr: Cut hours spent rebuilding the sales report from 12 to 2
                    tags: Risk
              - objective: No key results yet
            """, select: ["objective/no-customer-or-risk"])
        #expect(found.isEmpty)
    }

    @Test func teamsAddTheirOwnCustomerWords() throws {
        let text = """
            id: team
            objectives:
              - objective: Cafés reorder from their phone
                key_results:
                  - kr: Raise reorders placed by cafés from 3% to 15%
            """
        let defaults = TestWorkspace.lint(text, selection: try RuleSelection(select: ["objective/no-customer-or-risk"]))
        let words = StakeHeuristic.Options.standardCustomerWords + ["café"]
        let tuned = TestWorkspace.lint(
            text, selection: try RuleSelection(select: ["objective/no-customer-or-risk"]),
            rules: RuleConfiguration(options: ["objective/no-customer-or-risk": ["customer-words": .words(words)]]))
        #expect(defaults.count == 1)
        #expect(tuned.isEmpty)
    }
}
