/// `objective/task-list`: every key result of an objective is a deliverable or an activity.
public struct TaskListObjective: PlanRule {
    public static let description = RuleDescription(
        id: "objective/task-list", defaultSeverity: .warning,
        summary: "Every key result is a deliverable or an activity: milestone logic under OKR labels.",
        rationale: """
            Key results prove that an objective landed. When every one of them is something the team \
            ships or does ("Launch the partner portal", "Hire two partner managers", "Run partner \
            workshops"), the objective is a task list in disguise: all of it can be done while nothing \
            changes for anyone, and the plan gives no signal until the end. Deliverables are fine as \
            milestones or beside a measure; at least one key result should measure the change they \
            are meant to bring. Deliverables and milestone key results (`type: milestone`) count as \
            deliverables; activities are read as for `kr/activity`.
            """,
        options: [
            .words("deliverable-verbs", "Verbs that make or complete something when they lead a key result (\"launch\", \"hire\").", DeliverableHeuristic.Options.standardDeliverableVerbs),
        ],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦Partners sell our platform for us⟧
                    key_results:
                      - kr: Launch the partner portal
                      - kr: Hire two partner managers
                      - kr: Run monthly partner workshops
                      - kr: Partner contract template agreed with Legal
                        type: milestone
                        due: 2026-11-15
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Partners sell our platform for us
                    key_results:
                      - kr: Launch the partner portal
                      - kr: Raise partner-sourced revenue from $0.4M to $1M
                """),
        ])

    /// What a key result is, for this rule.
    private enum Kind {
        case deliverable, activity, measure
    }

    public let activity: ActivityHeuristic
    public let deliverable: DeliverableHeuristic

    public init(options: RuleOptionValues) {
        activity = .standard
        var words = DeliverableHeuristic.Options.default
        words.deliverableVerbs = options.words("deliverable-verbs")
        deliverable = DeliverableHeuristic(options: words)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.objectives.compactMap { objective in
            var (deliverables, activities) = (0, 0)
            for keyResult in objective.keyResults {  // one measure clears the objective: stop there
                switch kind(keyResult) {
                case .measure: return nil
                case .deliverable: deliverables += 1
                case .activity: activities += 1
                }
            }
            guard deliverables + activities > 0 else { return nil }
            let counts = ListPhrase.joined([
                deliverables == 0 ? nil : "\(deliverables) \(deliverables == 1 ? "deliverable" : "deliverables")",
                activities == 0 ? nil : "\(activities) \(activities == 1 ? "activity" : "activities")",
            ].compactMap { $0 })
            let name = objective.title.map { "'\(Quote.short($0.value))'" } ?? "this objective"
            return Self.diagnostic(
                at: objective.anchorSpan,
                "every key result of \(name) is a deliverable or an activity (\(counts)): a task list under OKR labels; keep them as milestones and add a key result that measures the change they should bring, e.g. 'Partner-sourced revenue grows from $0.4M to $1M'")
        }
    }

    private func kind(_ keyResult: KeyResult) -> Kind {
        if keyResult.effectiveType == .milestone { return .deliverable }
        guard let text = keyResult.title?.value else { return .measure }
        if activity.assess(text) != nil { return .activity }
        guard let verdict = deliverable.assess(text) else { return .measure }
        let measuredInFields = keyResult.target != nil || keyResult.baseline != nil
        return verdict.reason == .unmeasured && measuredInFields ? .measure : .deliverable
    }
}
