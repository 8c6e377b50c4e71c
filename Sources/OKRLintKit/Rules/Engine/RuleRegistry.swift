/// Every rule okrlint knows, in catalogue order.
public enum RuleRegistry {
    /// Rules whose problems the front end finds (syntax, schema).
    public static let frontEndRules: [any Rule.Type] = [
        YAMLSyntax.self, MarkdownSyntax.self, Encoding.self, Limits.self, UnknownKey.self, WrongType.self, DuplicateKey.self,
    ]

    /// Rules that inspect compiled plans.
    public static let planRules: [any PlanRule.Type] = [
        DuplicateID.self, UnknownReference.self,
        MissingPeriod.self, NoKPIs.self, FrameworkFit.self, NoReviewDate.self,
        TooManyObjectives.self, KeyResultCount.self, ObjectiveNotOneLine.self, ObjectiveHasMetric.self,
        TaskListObjective.self, NoCustomerOrRisk.self, ObjectiveMissingOwner.self,
        ActivityKeyResult.self, NotMeasurableKeyResult.self, OutputMetricKeyResult.self, KeyResultMissingEvidence.self,
        PromotedKPI.self, StaleCheckIn.self, OffTrackKeyResult.self,
        KPIMissingRange.self, KPIMissingTrigger.self, KPIMissingOwner.self, TooManyKPIs.self, StaleKPIReview.self,
        KPIOutOfRange.self,
        VagueMilestone.self, MilestoneNotEvidence.self, MilestoneMissingDate.self, MilestoneMissingOwner.self,
        OverdueMilestone.self, DoneWithoutEvidence.self, SilentMove.self, MoveWithoutReason.self, TooGranularMilestones.self,
        WeeklyGoalFormat.self, UnlinkedWeeklyGoal.self, TooManyWeeklyGoals.self,
        DecisionMissingOwner.self,
    ]

    /// Rules whose problems the engine finds while applying inline suppressions.
    public static let suppressionRules: [any Rule.Type] = [UnusedSuppression.self, UnknownSuppressedRule.self]

    /// The description of every rule, in catalogue order.
    public static let all: [RuleDescription] = (frontEndRules + planRules.map { $0 as any Rule.Type } + suppressionRules).map { $0.description }

    /// The description of every rule by id.
    public static let descriptions: [String: RuleDescription] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    /// All rule ids, sorted.
    public static let ids: [String] = descriptions.keys.sorted()

    /// The categories (`kpi`, `kr`, …) in catalogue order, each once.
    public static let categories: [String] = all.map(\.category).reduce(into: []) { seen, category in
        if !seen.contains(category) { seen.append(category) }
    }
}
