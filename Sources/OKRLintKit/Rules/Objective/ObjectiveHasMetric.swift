/// `objective/has-metric`: an objective that carries the numbers its key results should carry.
public struct ObjectiveHasMetric: PlanRule {
    public static let description = RuleDescription(
        id: "objective/has-metric", defaultSeverity: .info,
        summary: "The objective itself carries the numbers; they belong in its key results.",
        rationale: """
            The objective says in words what should change and why it matters; the key results say \
            how much, and prove it. An objective that already holds the target ("Grow the repeat \
            purchase rate from 31% to 40%") is a key result under another name: it leaves nothing to \
            rally around, and once the number is hit or missed there is no aim left to judge the \
            other key results by. Numbers that name rather than measure (years, "Q4", "top 3", \
            "#1", "24/7", "ISO 27001") are fine.
            """,
        options: [
            .words("rank-words", "Words before a number that make it a rank or a name (\"top 3\", \"phase 2\").", ObjectiveMetricHeuristic.Options.standardRankWords),
            .words("measure-names", "Abbreviated measures a number after which is a target (\"NPS 50\").", ObjectiveMetricHeuristic.Options.standardMeasureNames),
        ],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦Grow the repeat purchase rate of key accounts from 31% to 40%⟧
                  - objective: ⟦Double self-serve revenue this quarter⟧
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Key accounts make us their default supplier
                  - objective: Win the top 3 accounts in Q4
                  - objective: Become the #1 choice for independent cafés in 2027
                """),
        ])

    public let heuristic: ObjectiveMetricHeuristic

    public init(options: RuleOptionValues) {
        heuristic = ObjectiveMetricHeuristic(options: ObjectiveMetricHeuristic.Options(
            rankWords: options.words("rank-words"), measureNames: options.words("measure-names")))
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.objectives.compactMap { objective in
            guard let title = objective.title, let verdict = heuristic.assess(title.value) else { return nil }
            return Self.diagnostic(
                at: title.span,
                "objective '\(Quote.short(title.value))' carries a number ('\(verdict.words)'); say in words what should change and why it matters, and put the numbers in its key results")
        }
    }
}
