/// `decision/missing-owner`: a decision logged without an owner or a date.
public struct DecisionMissingOwner: PlanRule {
    public static let description = RuleDescription(
        id: "decision/missing-owner", defaultSeverity: .warning,
        summary: "A decision without owner or date.",
        rationale: """
            The decision log is where a team looks when it wonders why things are the way they are. \
            An entry is only useful if it says who decided, so that questions and objections reach \
            that person, and when, so that it can be read against what was known at the time and \
            revisited when circumstances change. A decision without either is hearsay.
            """,
        examples: [
            RuleExample("""
                id: team
                decisions:
                  - date: 2026-10-19
                    decision: ⟦Missed drops are re-delivered the same day⟧
                  - decision: ⟦Carrier contracts are renewed for one year only⟧
                    owner: ravi
                """),
            RuleExample("""
                id: team
                decisions:
                  - date: 2026-10-05
                    decision: Leeds pilot cafés get two-hour windows first
                    owner: noor
                  - date: 2026-10-32
                    decision: Vans are loaded the evening before
                    owner: gita
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.decisions.compactMap { decision in
            let missing = [
                decision.isMissing(decision.owner, key: "owner") ? "owner" : nil,
                decision.isMissing(decision.date, key: "date") ? "date" : nil,
            ].compactMap { $0 }
            guard !missing.isEmpty else { return nil }
            return Self.diagnostic(
                at: decision.anchorSpan,
                "\(decision.messageName) has no \(missing.joined(separator: " and no ")); add \(missing.map { "`\($0):`" }.joined(separator: " and ")) so the team knows who decided, and when, before acting on it")
        }
    }
}
