/// Every rule okrlint knows, in catalogue order.
public enum RuleRegistry {
    /// Rules whose problems the front end finds (syntax, schema).
    public static let frontEndRules: [any Rule.Type] = [
        YAMLSyntax.self, Encoding.self, Limits.self, UnknownKey.self, WrongType.self, DuplicateKey.self,
    ]

    /// Rules that inspect compiled plans.
    public static let planRules: [any PlanRule.Type] = [
        DuplicateID.self, UnknownReference.self,
        TooManyObjectives.self, ObjectiveNotOneLine.self, ObjectiveHasMetric.self, TaskListObjective.self, NoCustomerOrRisk.self,
        ActivityKeyResult.self, OutputMetricKeyResult.self,
        KPIMissingRange.self,
        VagueMilestone.self, MilestoneNotEvidence.self,
        WeeklyGoalFormat.self,
    ]

    /// The description of every rule, in catalogue order.
    public static let all: [RuleDescription] = frontEndRules.map { $0.description } + planRules.map { $0.description }

    /// The description of every rule by id.
    public static let descriptions: [String: RuleDescription] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// All rule ids, sorted.
    public static let ids: [String] = descriptions.keys.sorted()
}
