/// `milestone/done-without-evidence`: a milestone marked done with nothing to show for it.
public struct DoneWithoutEvidence: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/done-without-evidence", defaultSeverity: .info,
        summary: "Done but no evidence link.",
        rationale: """
            A milestone is written as evidence: something that exists on a date. Once it is done, a \
            link or a file lets anyone check that it really exists and find it: the signed contract, \
            the published page, the deployed dashboard. Without it, "done" is a claim, and the people \
            who waited for the milestone still have to ask where the result is.
            """,
        examples: [
            RuleExample("""
                id: team
                milestones:
                  - milestone: ⟦Guest Wi-Fi separated from the office network⟧
                    due: 2026-10-09
                    done: 2026-10-09
                  - milestone: ⟦Printer fleet replaced⟧
                    due: 2026-10-09
                    status: done
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Single sign-on switched on for the HR and payroll tools
                    due: 2026-10-23
                    done: 2026-10-21
                    evidence: https://idp.example.com/admin/apps/hr-payroll
                  - milestone: Old office file server switched off and wiped
                    due: 2026-11-27
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.filter { $0.isDone && $0.isMissing($0.evidence, key: "evidence") }.map { milestone in
            Self.diagnostic(
                at: milestone.anchorSpan,
                "\(milestone.messageName) is done but shows no evidence; add `evidence:` with a link or file where anyone can see the result")
        }
    }
}
