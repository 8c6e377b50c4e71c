/// The little of a plan that is kept of every linted file until the whole
/// workspace is indexed: what the rules looking across files read (item ids,
/// references, weekly goals by person and week) and where each item lies,
/// for finding identities. A few hundred bytes instead of the whole model,
/// so a run over thousands of files stays small.
public struct PlanOutline: Sendable {
    /// The plan's own `id`, when it declares one.
    public let id: Located<String>?
    /// Every item id the plan declares, in the order of `Plan.itemIDs`.
    public let itemIDs: [Located<String>]
    /// Every `serves`, `aligns_to` and `kpi` reference.
    public let references: [Located<ItemReference>]
    /// The weekly goals that name their person and week.
    public let weeklyGoals: [WeeklyGoalEntry]
    /// The objectives, each with its key results, then the other items in the
    /// order `innermostItem` searches them.
    private let objectives: [Nested]
    private let otherItems: [Entry]

    /// A weekly goal as the cross-file pass sees it.
    public struct WeeklyGoalEntry: Sendable {
        public let personWeek: PersonWeek
        /// The owner as written (for messages).
        public let owner: String
        /// Where findings about the goal point.
        public let anchorSpan: SourceSpan

        /// The person and week, at the goal (as the workspace index keeps them).
        public var located: Located<PersonWeek> { Located(personWeek, at: anchorSpan) }
    }

    /// Where an item lies and what identifies it.
    public struct Entry: Sendable {
        public let kind: ItemKind
        let span: SourceSpan
        private let id: String?
        /// The title, kept only for an item without id (its identity hashes it).
        private let title: String?

        init(_ item: some PlanItem) {
            kind = type(of: item).kind
            span = item.span
            id = item.id?.value
            title = id == nil ? item.title?.value ?? "" : nil
        }

        /// The item's id, or `#` and a hash of its title (see `FindingIdentity`),
        /// worked out only for the items findings are about.
        public var name: String {
            id ?? "#" + FindingIdentity.hash(title ?? "")
        }
    }

    private struct Nested: Sendable {
        let objective: Entry
        let keyResults: [Entry]
    }

    public init(_ plan: Plan) {
        id = plan.id
        itemIDs = plan.itemIDs
        references = plan.references
        weeklyGoals = Self.weeklyGoals(of: plan)
        objectives = plan.objectives.map { Nested(objective: Entry($0), keyResults: $0.keyResults.map(Entry.init)) }
        otherItems = plan.kpis.map(Entry.init) + plan.milestones.map(Entry.init) + plan.weekly.map(Entry.init)
            + plan.decisions.map(Entry.init)
    }

    /// The plan's weekly goals that name their person and week.
    static func weeklyGoals(of plan: Plan) -> [WeeklyGoalEntry] {
        plan.weekly.compactMap { goal in
            guard let personWeek = goal.personWeek, let owner = goal.ownerName else { return nil }
            return WeeklyGoalEntry(personWeek: personWeek, owner: owner, anchorSpan: goal.anchorSpan)
        }
    }

    /// The innermost item whose span contains `position` (a key result before
    /// its objective), or nil when the position lies outside every item.
    public func innermostItem(at position: SourcePosition) -> Entry? {
        if let nested = objectives.first(where: { $0.objective.span.contains(position) }) {
            return nested.keyResults.first { $0.span.contains(position) } ?? nested.objective
        }
        return otherItems.first { $0.span.contains(position) }
    }
}
