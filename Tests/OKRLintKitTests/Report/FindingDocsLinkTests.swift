import Foundation
@testable import OKRLintKit
import Testing

/// Open findings link to their rule's section of the docs at `docs_url`
/// (SPEC §4), by the same anchors docs/rules.md has; without a safe
/// `docs_url` the rule id is shown as text.
@Suite struct FindingDocsLinkTests {
    private static let plan = """
        id: docs-demo
        period: 2026-Q4
        kpis:
          - kpi: Average handling time
            owner: lee
        """

    private func report(config: String) throws -> JSONValue {
        let folder = try ReportFixture.folder(["demo.okr.yaml": Self.plan, ".okrlint.yaml": config])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try ReportFixture.document(["demo.okr.yaml"], in: folder)
    }

    @Test func findingsLinkToTheRuleDocs() throws {
        let document = try report(config: "docs_url: https://goals.example.com/okrlint/rules\n")
        let findings = document.items("plans").first?.items("findings") ?? []
        let missingRange = try #require(findings.first { $0.string("rule") == "kpi/missing-range" })
        #expect(missingRange.string("docs") == "https://goals.example.com/okrlint/rules#kpimissing-range")
        let html = try HTMLReportRenderer().page(document)
        #expect(html.contains(#"<a class="rule" href="https://goals.example.com/okrlint/rules#kpimissing-range">kpi/missing-range</a>"#))
    }

    @Test func withoutASafeDocsURLTheRuleIsText() throws {
        for config in ["", "docs_url: javascript:alert(1)\n"] {
            let document = try report(config: config)
            #expect(document.string("docs_url") == nil)
            let html = try HTMLReportRenderer().page(document)
            #expect(html.contains(#"<code class="rule">kpi/missing-range</code>"#))
        }
    }
}
