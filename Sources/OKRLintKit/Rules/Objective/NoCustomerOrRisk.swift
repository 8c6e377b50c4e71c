/// `objective/no-customer-or-risk`: no key result faces customers or reduces a risk.
public struct NoCustomerOrRisk: PlanRule {
    public static let description = RuleDescription(
        id: "objective/no-customer-or-risk", defaultSeverity: .info,
        summary: "No key result is tagged or worded as customer-facing or risk-reducing.",
        rationale: """
            Work that only looks inward is easy to finish and hard to justify: unless some key result \
            shows what customers gain or which risk falls, the objective can succeed on paper while \
            nobody outside the team notices. Naming that effect keeps the objective honest about why \
            it matters. A key result counts when it is tagged `customer` or `risk`, or when its words \
            name customers and what they feel (churn, complaints, wait times) or a risk going down \
            (incidents, fraud, outages); the word lists are options so a team can add its own \
            ("café", "patient").
            """,
        options: [
            .words("customer-words", "Words for customers and what they see or feel (\"user\", \"churn\").", StakeHeuristic.Options.standardCustomerWords),
            .words("risk-words", "Words for risks a key result brings down (\"incident\", \"fraud\").", StakeHeuristic.Options.standardRiskWords),
            .words("internal-words", "Words that make a customer word name internal data or staff (\"customer data\").", StakeHeuristic.Options.standardInternalWords),
        ],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦The weekly sales report builds itself⟧
                    key_results:
                      - kr: Cut hours spent rebuilding the sales report by hand from 12 to 2
                      - kr: Raise report tabs built from the shared data model from 10% to 90%
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: The weekly sales report builds itself
                    key_results:
                      - kr: Cut hours spent rebuilding the sales report by hand from 12 to 2
                      - kr: Raise report tabs built from the shared data model from 10% to 90%
                        tags: [risk]
                  - objective: Checkout just works
                    key_results:
                      - kr: Cut failed checkouts from 2.1% to 0.5% of attempts
                """),
        ])

    private static let stakeTags: Set<String> = ["customer", "risk"]

    public let heuristic: StakeHeuristic

    public init(options: RuleOptionValues) {
        heuristic = StakeHeuristic(options: StakeHeuristic.Options(
            customerWords: options.words("customer-words"),
            riskWords: options.words("risk-words"),
            internalWords: options.words("internal-words")))
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.objectives.compactMap { objective in
            guard !objective.keyResults.isEmpty, !objective.keyResults.contains(where: servesAStake) else { return nil }
            let name = objective.title.map { "'\(Quote.short($0.value))'" } ?? "this objective"
            return Self.diagnostic(
                at: objective.anchorSpan,
                "no key result of \(name) is tagged or worded as customer-facing or risk-reducing; add one that shows what customers gain or which risk falls, or tag the one that does with \(context.spelling.listField("tags", "customer")) or \(context.spelling.listField("tags", "risk"))")
        }
    }

    private func servesAStake(_ keyResult: KeyResult) -> Bool {
        if keyResult.tags.contains(where: { Self.stakeTags.contains($0.value.lowercased()) }) { return true }
        return keyResult.hasInvalidValue(for: "tags") || keyResult.title.map { heuristic.assess($0.value) != nil } == true
    }
}
