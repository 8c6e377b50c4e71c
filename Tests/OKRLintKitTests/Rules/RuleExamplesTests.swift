import OKRLintKit
import Testing

/// Every example every rule declares (with its git base version when it
/// declares one), linted with every rule on (so stronger
/// rules and suppressions act as they do for users): triggering examples must
/// give exactly the marked findings of that rule (both ends of each span), the
/// others none of it.
@Suite struct RuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: RuleDescription
        let index: Int
        var example: RuleExample { rule.examples[index] }
        var testDescription: String { "\(rule.id) example \(index + 1)" }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.examples.indices.map { Case(rule: rule, index: $0) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) throws {
        let marked = MarkedSource(testCase.example.source)
        let findings = TestWorkspace.lint(
            marked.text, path: testCase.example.path, others: testCase.example.workspace, base: testCase.example.base,
            asOf: testCase.example.asOf ?? "2026-11-01",
            rules: RuleConfiguration(options: [testCase.rule.id: testCase.example.options])
        ).filter { $0.rule == testCase.rule.id }
        #expect(findings.map(\.span) == marked.spans, "\(findings.map(\.message))")
        for finding in findings {
            #expect(finding.severity == testCase.rule.defaultSeverity)
            #expect(!finding.message.isEmpty)
        }
    }

    @Test func everyRuleHasATriggeringAndAQuietExample() {
        for rule in RuleRegistry.all {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) has no triggering example")
            #expect(rule.examples.contains(where: { !$0.triggers }), "\(rule.id) has no quiet example")
            #expect(!rule.rationale.isEmpty && !rule.summary.isEmpty, "\(rule.id) is undocumented")
        }
    }

    @Test func ruleIDsAreUniqueAndCategorised() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.split(separator: "/").count == 2, "\(id) is not category/name")
        }
    }
}
