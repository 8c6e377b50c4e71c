/// `objective/too-many`: more objectives than a team can pursue.
public struct TooManyObjectives: PlanRule {
    public static let description = RuleDescription(
        id: "objective/too-many", defaultSeverity: .warning,
        summary: "More than `max` objectives (default 3).",
        rationale: """
            Objectives exist to say what matters most this period, and that is a choice: a plan \
            should have one to three. Past that, attention is spread so thin that nothing gets the \
            focus it needs, and seven objectives usually means none was chosen. The finding points \
            at the first objective past the maximum; merge objectives, or move the rest to KPIs \
            (health to watch) or to a later period.
            """,
        options: [.integer("max", "Most objectives a plan may have.", 3, tightest: 3)],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                  - objective: New agents are fully productive in their first month
                  - objective: Refunds are settled the same day
                  - objective: ⟦The help centre answers the top ten questions⟧
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                  - objective: New agents are fully productive in their first month
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                  - objective: ⟦New agents are fully productive in their first month⟧
                """, options: ["max": .integer(1)]),
        ])

    public let max: Int

    public init(options: RuleOptionValues) {
        max = options.integer("max")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let objectives = context.plan.objectives
        guard objectives.count > max else { return [] }
        let first = objectives[max]
        let many = objectives.count >= 7 ? "; with seven or more, none was really chosen" : ""
        return [Self.diagnostic(
            at: first.anchorSpan,
            "the plan has \(objectives.count) objectives, more than \(max)\(many); keep the \(max) that matter most and move the rest to KPIs or a later period")]
    }
}
