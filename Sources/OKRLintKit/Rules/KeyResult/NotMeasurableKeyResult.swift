/// `kr/not-measurable`: a metric key result with no target, or with a target equal to its baseline.
public struct NotMeasurableKeyResult: PlanRule {
    public static let description = RuleDescription(
        id: "kr/not-measurable", defaultSeverity: .error,
        summary: "A metric key result lacks a target, or baseline and target are equal.",
        rationale: """
            A key result proves the objective landed by a number moving from where it is to where it \
            should be. Without a target nobody can say when it is done or how far along it is; with \
            the target equal to the baseline nothing has to move, so it is a health measure (a KPI \
            with a range), not a key result. Direction does not matter: falling from 120 to 90 is as \
            measurable as rising from 0 to 400. A key result that is a dated deliverable rather than \
            a number is written as a milestone (`type: milestone` with `due:`).
            """,
        examples: [
            RuleExample("""
                id: onboarding
                objectives:
                  - objective: New cafés feel at home with us in their first week
                    key_results:
                      - kr: ⟦Improve onboarding satisfaction, currently 7.1 out of 10⟧
                        baseline: 7.1
                      - kr: Keep first-contact resolution for new cafés at 78%
                        baseline: 78%
                        target: ⟦78%⟧
                """),
            RuleExample("""
                id: onboarding
                objectives:
                  - objective: Customers stop needing to change their orders twice
                    key_results:
                      - kr: Cut repeat order changes from 120 to 90 a month
                        baseline: 120
                        target: 90
                      - kr: Raise paying accounts to 400
                        target: 400
                      - kr: New change policy published and brief delivered
                        type: milestone
                        due: 2026-10-15
                      - kr: Refund flow released to all customers
                        due: 2026-12-01
                """),
            RuleExample("""
                id: onboarding
                objectives:
                  - objective: New cafés feel at home with us in their first week
                    key_results:
                      - kr: Raise onboarding satisfaction from 7.1 to 8.5
                        baseline: 7.1
                        target: eight and a half
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.keyResults.compactMap { keyResult in
            guard keyResult.effectiveType == .metric else { return nil }
            guard let target = keyResult.target else {
                guard !keyResult.hasInvalidValue(for: "target") else { return nil }
                return Self.diagnostic(
                    at: keyResult.anchorSpan,
                    "\(keyResult.described) has no target, so nobody can tell when it has landed; add where the number should end (`target:`) next to where it starts (`baseline:`), or make it a dated milestone with `type: milestone` and `due:`")
            }
            guard let baseline = keyResult.baseline, baseline.value.value == target.value.value else { return nil }
            return Self.diagnostic(
                at: target.span,
                "the target \(target.value.text) equals the baseline \(baseline.value.text), so nothing has to change; set the value the key result should reach, or, if the aim is to hold it there, make it a KPI with a healthy range")
        }
    }
}
