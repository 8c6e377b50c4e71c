import OKRLintKit
import Testing

/// The cross-file rules say what is missing or where the first copy is.
@Suite struct CrossFileRuleMessagesTests {
    private let company = "goals/company.okr.yaml"

    private func found(_ rule: String, _ source: String, path: String = "team.okr.yaml", others: [String: String]) throws -> [String] {
        TestWorkspace.lint(source, path: path, others: others, selection: try RuleSelection(select: [rule])).map { finding in
            "\(finding.span.start.line):\(finding.span.start.column)-\(finding.span.end.line):\(finding.span.end.column) \(finding.message)"
        }
    }

    @Test func aMissingPlanAsksForThePlan() throws {
        let findings = try found("plan/unknown-reference", "id: team\naligns_to: marketing-2026#growth\n",
                                 others: [company: "id: company\nobjectives:\n  - id: retention\n    objective: Keep customers\n"])
        #expect(findings == ["2:12-2:33 there is no plan 'marketing-2026' in the workspace; fix the id or add the plan"])
    }

    @Test func aMissingItemAsksForTheItem() throws {
        let findings = try found("plan/unknown-reference", "id: team\naligns_to: company#profitability\n",
                                 others: [company: "id: company\nobjectives:\n  - id: retention\n    objective: Keep customers\n"])
        #expect(findings == ["2:12-2:33 plan 'company' has no item 'profitability'; fix the id or add the item it names"])
    }

    @Test func aDuplicatePlanIDNamesTheLineOfTheFirst() throws {
        let findings = try found("plan/duplicate-id", "id: company\ntitle: Team plan\n",
                                 others: [company: "title: Company plan\nid: company\n"])
        #expect(findings == ["1:5-1:12 plan id 'company' is also used on line 2 of goals/company.okr.yaml; plan ids must be unique in the workspace"])
    }

    @Test func aPlanIDFromAFileNameNamesTheFile() throws {
        let findings = try found("plan/duplicate-id", "id: company\ntitle: Team plan\n", others: [company: "title: Company plan\n"])
        #expect(findings == ["1:5-1:12 plan id 'company' is also used by goals/company.okr.yaml (its id comes from the file name); plan ids must be unique in the workspace"])
    }
}
