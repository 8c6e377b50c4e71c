/// `objective/missing-owner`: an objective that nobody owns, on the objective or the plan.
public struct ObjectiveMissingOwner: PlanRule {
    public static let description = RuleDescription(
        id: "objective/missing-owner", defaultSeverity: .warning,
        summary: "No owner on the objective or the plan.",
        rationale: """
            An objective without an owner is everybody's and therefore nobody's: when a key result \
            stalls mid-period, there is no one whose job it is to notice, decide and ask for help. \
            Naming one person does not mean that person does all the work; it means someone answers \
            for the objective at every check-in. An owner on the plan covers the objectives that do \
            not name their own.
            """,
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦Customers stop changing orders twice⟧
                  - objective: New agents are fully productive in their first month
                    owner: lee
                """),
            RuleExample("""
                id: team
                owner: dana
                objectives:
                  - objective: Customers stop changing orders twice
                """),
            RuleExample("""
                id: team
                owner: [dana, lee]
                objectives:
                  - objective: Customers stop changing orders twice
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard plan.isMissing(plan.owner, key: "owner") else { return [] }
        return plan.objectives.filter { $0.isMissing($0.owner, key: "owner") }.map { objective in
            Self.diagnostic(
                at: objective.anchorSpan,
                "\(objective.messageName) has no owner, and the plan names none either; add `owner:` with the person who answers for it, to the objective or to the plan")
        }
    }
}
