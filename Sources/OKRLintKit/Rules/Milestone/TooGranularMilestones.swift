/// `milestone/too-granular`: more milestones serve one objective than anyone can coordinate on.
public struct TooGranularMilestones: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/too-granular", defaultSeverity: .warning,
        summary: "More than `max` milestones serve one objective (default 6).",
        rationale: """
            Milestones are the few dates other people coordinate on, not the project plan. When every \
            small step becomes a milestone, the ones that matter to others drown among them, and the \
            list costs more to keep current than it helps. A milestone serves an objective when its \
            `serves` names the objective or one of its key results; milestones serving another \
            plan's items are left to that plan. The finding points at the first milestone past the \
            maximum: merge steps into the few results others wait for, and keep the rest in the \
            team's own task list.
            """,
        options: [.integer("max", "Most milestones that may serve one objective.", 6, tightest: 6)],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - id: customer-day
                    objective: Our biggest accounts leave Customer Day with a plan to grow with us
                    key_results:
                      - id: growth-plans
                        kr: Raise top accounts with an agreed growth plan from 12 to 48
                milestones:
                  - milestone: Venue contract signed
                    serves: customer-day
                  - milestone: Keynote speakers confirmed in writing
                    serves: team#customer-day
                  - milestone: ⟦Invitations delivered to the 120 largest accounts⟧
                    serves: growth-plans
                  - milestone: Agenda published on the event page
                    serves: customer-day
                """, options: ["max": .integer(2)]),
            RuleExample("""
                id: team
                objectives:
                  - id: customer-day
                    objective: Our biggest accounts leave Customer Day with a plan to grow with us
                    key_results:
                      - id: growth-plans
                        kr: Raise top accounts with an agreed growth plan from 12 to 48
                  - id: fewer-no-shows
                    objective: Booked guests turn up
                milestones:
                  - milestone: Venue contract signed
                    serves: [customer-day, growth-plans]
                  - milestone: Keynote speakers confirmed in writing
                    serves: customer-day
                  - milestone: Reminder texts sent two days before
                    serves: fewer-no-shows
                """, options: ["max": .integer(2)]),
        ])

    public let max: Int

    public init(options: RuleOptionValues) {
        max = options.integer("max")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let objectives = context.plan.objectives
        let milestones = context.plan.milestones
        let objectiveByID = objectiveIndexByServedID(objectives)
        let served = milestones.map { milestone in
            Set(milestone.serves.compactMap { localID(of: $0.value, in: context) }.compactMap { objectiveByID[$0] })
        }
        return objectives.indices.compactMap { index in
            let serving = milestones.indices.filter { served[$0].contains(index) }
            guard serving.count > max else { return nil }
            return Self.diagnostic(
                at: milestones[serving[max]].anchorSpan,
                "\(objectives[index].messageName) is served by \(serving.count) milestones, more than \(max) (this is number \(max + 1)); keep the few dates others coordinate on (merge small steps into the result they lead to) and track the rest in the team's task list")
        }
    }

    /// The objective (by index) each objective id and key result id stands for.
    private func objectiveIndexByServedID(_ objectives: [Objective]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (index, objective) in objectives.enumerated() {
            for id in [objective.id].compactMap({ $0 }) + objective.keyResults.compactMap(\.id) {
                result[id.value] = result[id.value] ?? index
            }
        }
        return result
    }

    /// The item id a reference names in this plan: a bare id, or `plan#item` naming this plan.
    private func localID(of reference: ItemReference, in context: RuleContext) -> String? {
        guard let plan = reference.plan else { return reference.raw }
        return plan == context.planID ? reference.item : nil
    }
}
