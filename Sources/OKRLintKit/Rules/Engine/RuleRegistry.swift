/// Every rule okrlint knows, in catalogue order.
public enum RuleRegistry {
    /// Rules whose problems the front end finds (syntax, schema).
    public static let frontEndRules: [any Rule] = [
        YAMLSyntax(), Encoding(), Limits(), UnknownKey(), WrongType(), DuplicateKey(),
    ]

    /// Rules that inspect compiled plans, with their default options.
    public static let planRules: [any PlanRule] = [
        DuplicateID(), UnknownReference(),
        TooManyObjectives(),
        ActivityKeyResult(),
        KPIMissingRange(),
        VagueMilestone(),
    ]

    public static var all: [any Rule] { frontEndRules + planRules }

    /// The description of every rule by id.
    public static let descriptions: [String: RuleDescription] = Dictionary(
        uniqueKeysWithValues: all.map { ($0.ruleDescription.id, $0.ruleDescription) })

    /// All rule ids, sorted.
    public static var ids: [String] { descriptions.keys.sorted() }
}
