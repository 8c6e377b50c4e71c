@testable import OKRLintKit
import Testing

/// Hints and fixes in findings about a Markdown file are written in the
/// dialect (`FieldSpelling`), and following one gives a file that reads
/// without that finding; the same findings about YAML keep YAML's spelling.
@Suite struct MarkdownHintSpellingTests {
    private func lint(_ markdown: String, base: String? = nil, rule: String) -> [Finding] {
        TestWorkspace.lint(markdown, path: "team.okr.md", base: base, selection: try! RuleSelection(select: [rule]))
    }

    private func milestones(due: String, moved: String = "") -> String {
        "---\nid: it-team\n---\n\n## Milestones\n\n- \(due) Old office file server switched off and wiped @levente\n\(moved)"
    }

    @Test func silentMoveAsksForTheDialectsMoveLine() throws {
        let finding = try #require(lint(milestones(due: "2026-11-27"), base: milestones(due: "2026-11-13"), rule: "milestone/silent-move").first)
        #expect(finding.span == SourceSpan(start: SourcePosition(line: 7, column: 3), end: SourcePosition(line: 7, column: 13)))
        #expect(finding.message == "milestone 'Old office file server switched off and wiped' is due 2026-11-27 but was due 2026-11-13 at the base, and no `moved` entry records the change; move it in public: add a nested `- moved: 2026-11-13 -> 2026-11-27, reason, impact` line")
        let followed = milestones(due: "2026-11-27", moved: "  - moved: 2026-11-13 -> 2026-11-27, reason, impact\n")
        #expect(lint(followed, base: milestones(due: "2026-11-13"), rule: "milestone/silent-move").isEmpty)
    }

    @Test func aMisspeltLabelIsFixedAsALabel() throws {
        let text = "# Plan\n\n## Objective: Faster refunds\n\n- Align to: company-2026#retention\n"
        let diagnostics = MarkdownTestSupport.compile(text).diagnostics
        let finding = try #require(diagnostics.first { $0.rule == "schema/unknown-key" })
        #expect(finding.span == SourceSpan(start: SourcePosition(line: 5, column: 3), end: SourcePosition(line: 5, column: 11)))
        #expect(finding.message == "unknown key 'Align to:' in an objective; did you mean 'Aligns to:'?")
        let fix = try #require(finding.fix)
        #expect(fix.applicability == .safe)
        #expect(fix.replacements.map(\.text) == ["Aligns to"])
        let (bytes, _) = try #require(SafeFixes.edited(SourceFile(path: "x.okr.md", text: text), with: fix.replacements))
        let fixed = String(decoding: bytes, as: UTF8.self)
        #expect(fixed.contains("- Aligns to: company-2026#retention\n"))
        #expect(MarkdownTestSupport.compile(fixed).plan?.objectives.first?.alignsTo.map(\.value.raw) == ["company-2026#retention"])
    }

    @Test func aMisspeltKeyWrittenAsAKeyStaysAKey() throws {
        let diagnostics = MarkdownTestSupport.compile("## KPIs\n\n- Backlog\n  - onwer: lee\n").diagnostics
        #expect(diagnostics.map(\.message) == ["unknown key 'onwer' in a KPI; did you mean 'owner'?"])
        #expect(diagnostics.first?.fix?.replacements.map(\.text) == ["owner"])
    }

    @Test func missingTitlesAreAskedForOnTheItemsLine() {
        let diagnostics = MarkdownTestSupport.compile("""
            ## Objective: {#o}

            - KR: {#k}
              - target: 2

            ## KPIs

            - {#aht}
            """).diagnostics.filter { $0.rule == "schema/type" }
        #expect(diagnostics.map(\.message) == [
            "this key result has no 'kr'; add it, e.g. `- KR: …`",
            "this objective has no 'objective'; add it, e.g. `## Objective: …`",
            "this KPI has no 'kpi'; add it, e.g. `- …`",
        ])
    }

    @Test func ruleHintsUseTheDialect() throws {
        let plan = """
            ---
            id: team
            period: 2026-Q4
            ---

            ## Objective: Invoices are paid without chasing

            - KR: Cut invoice processing time from 6 to 4 days
              - baseline: 6
              - target: 4
            """
        let checkIn = try #require(lint(plan, rule: "kr/stale-checkin").first)
        #expect(checkIn.message.hasSuffix("record where it stands with a nested `- checkins: 2026-11-01 VALUE` line"))
        let stake = try #require(lint(plan, rule: "objective/no-customer-or-risk").first)
        #expect(stake.message.hasSuffix("or tag the one that does with `- tags: customer` or `- tags: risk`"))
        let kpis = try #require(lint(plan, rule: "plan/no-kpis").first)
        #expect(kpis.message.contains("add the few measures that must stay healthy under a `## KPIs` heading, each"))

        let followed = plan + "\n  - checkins: 2026-11-01 5\n  - tags: customer\n\n## KPIs\n\n- Refund time\n"
        for rule in ["kr/stale-checkin", "objective/no-customer-or-risk", "plan/no-kpis"] {
            #expect(lint(followed, rule: rule).isEmpty, "\(rule)")
        }
    }
}
