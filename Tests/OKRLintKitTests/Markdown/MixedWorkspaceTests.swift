import Foundation
import OKRLintKit
import Testing

/// A workspace mixing the syntaxes: the YAML company plan with the Markdown
/// team plans aligning to it. References resolve across both.
@Suite struct MixedWorkspaceTests {
    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func markdownTeamPlansResolveAgainstTheYAMLCompanyPlan() throws {
        let company = try text(RepositoryPaths.samples.appendingPathComponent("company-2026.okr.yaml"))
        let teams = RepositoryPaths.markdownSamples.appendingPathComponent("team-aligned")
        let growth = try text(teams.appendingPathComponent("growth-marketing.okr.md"))
        let finance = try text(teams.appendingPathComponent("finance-ops.okr.md"))
        let others = ["goals/company-2026.okr.yaml": company, "goals/growth-marketing.okr.md": growth]
        let findings = TestWorkspace.lint(finance, path: "goals/finance-ops.okr.md", others: others)
            .filter { $0.rule.hasPrefix("plan/") }
        #expect(findings.map(\.rule) == ["plan/unknown-reference"], "only the reference the sample gets wrong")
        #expect(findings.first?.span.start.line == 47, "the `Aligns to: company-2026#profitability` line")
        let growthFindings = TestWorkspace.lint(growth, path: "goals/growth-marketing.okr.md", others: ["goals/company-2026.okr.yaml": company])
        #expect(growthFindings.filter { $0.rule.hasPrefix("plan/") }.isEmpty)
    }

    @Test func aYAMLPlanResolvesAgainstAMarkdownPlan() {
        let markdown = "---\nid: support\n---\n\n## KPIs\n\n- Average handling time {#aht}\n"
        let yaml = "id: ops\nmilestones:\n  - milestone: Queue view shipped\n    serves: support#aht\n  - milestone: Other\n    serves: support#ahtt\n"
        let findings = TestWorkspace.lint(yaml, others: ["support.okr.md": markdown]).filter { $0.rule == "plan/unknown-reference" }
        #expect(findings.map(\.span.start.line) == [6])
        #expect(findings.first?.message.contains("did you mean 'support#aht'?") == true)
    }
}
