/// `objective/kr-count`: an objective with too few or too many key results.
public struct KeyResultCount: PlanRule {
    public static let description = RuleDescription(
        id: "objective/kr-count", defaultSeverity: .warning,
        summary: "Fewer than `min` (2) or more than `max` (4) key results.",
        rationale: """
            Key results are the proof that an objective landed. A single key result makes that proof \
            rest on one number, which can move for reasons that have nothing to do with the objective \
            and invites optimising the number instead of the change; two to four look at the change \
            from different sides, such as its effect for customers and its cost. Past four, the key \
            results turn into a checklist that nobody can keep in mind, and the objective loses its \
            focus. The finding points at the objective, since it is the objective that is unbalanced.
            """,
        options: [
            .integer("min", "Fewest key results an objective should have.", 2, tightest: 2),
            .integer("max", "Most key results an objective should have.", 4, tightest: 4),
        ],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦Customers stop changing orders twice⟧
                    key_results:
                      - kr: Cut repeat order changes from 120 to 90 a month
                  - objective: ⟦New agents are fully productive in their first month⟧
                    key_results:
                      - kr: Raise first-month resolution rate from 60% to 80%
                      - kr: Cut first-month escalations from 40 to 15
                      - kr: Raise first-month quality score from 3.8 to 4.4
                      - kr: Cut time to first solo shift from 15 to 8 days
                      - kr: Raise new-agent retention after 90 days from 70% to 90%
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                    key_results:
                      - kr: Cut repeat order changes from 120 to 90 a month
                      - kr: Raise orders right first time from 91% to 96%
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                    key_results:
                      - kr: Cut repeat order changes from 120 to 90 a month
                """, options: ["min": .integer(1)]),
        ])

    public let min: Int
    public let max: Int

    public init(options: RuleOptionValues) {
        min = options.integer("min")
        max = options.integer("max")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.objectives.compactMap { objective in
            let count = objective.keyResults.count
            let message: String
            if count == 0 {
                message = "\(objective.messageName) has no key results; add \(min) to \(max) measurable outcomes that would prove it landed"
            } else if count < min {
                message = "\(objective.messageName) has \(count) key result\(count == 1 ? "" : "s"), fewer than \(min); add another that would also show it landed (a second measure or a dated milestone), so no single number carries the objective"
            } else if count > max {
                message = "\(objective.messageName) has \(count) key results, more than \(max); keep the \(max) that best prove it landed and move the rest to KPIs or milestones"
            } else {
                return nil
            }
            return Self.diagnostic(at: objective.anchorSpan, message)
        }
    }
}
