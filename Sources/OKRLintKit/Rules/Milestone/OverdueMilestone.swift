/// `milestone/overdue`: a milestone past its due date and not done.
public struct OverdueMilestone: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/overdue", defaultSeverity: .warning,
        summary: "The due date has passed and it is not done.",
        rationale: """
            A milestone whose date has passed without being marked done is either done and not \
            recorded, or late and not admitted. Both mislead the people who plan around it: the \
            first hides good news, the second hides a slip whose knock-on effects nobody is handling. \
            Either mark it done (with evidence) or move it in public with a new date, the reason and \
            the impact. Dropped milestones are left alone. The date is judged against `--as-of`.
            """,
        examples: [
            RuleExample("""
                id: team
                milestones:
                  - milestone: Restore test passed for the finance file share backup
                    due: ⟦2026-10-16⟧
                    owner: levente
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Guest Wi-Fi separated from the office network
                    due: 2026-10-09
                    done: 2026-10-09
                  - milestone: Old office file server switched off and wiped
                    due: 2026-11-27
                  - milestone: Print server replaced
                    due: 2026-10-02
                    status: dropped
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Restore test passed for the finance file share backup
                    due: 2026-10-16
                """, asOf: "2026-10-16"),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.compactMap { milestone in
            guard let due = milestone.due, due.value < context.asOf, isOpen(milestone) else { return nil }
            let late = due.value.days(to: context.asOf)
            return Self.diagnostic(
                at: due.span,
                "\(milestone.messageName) was due on \(due.value), \(late) day\(late == 1 ? "" : "s") ago, and is not done; mark it done (`done:` with evidence) or move it in public with a `moved` entry giving the new date, the reason and the impact")
        }
    }

    /// Neither done nor dropped, and no malformed `done` or `status` that might have said so.
    private func isOpen(_ milestone: Milestone) -> Bool {
        !milestone.isDone && milestone.status?.value != .dropped
            && !milestone.hasInvalidValue(for: "done") && !milestone.hasInvalidValue(for: "status")
    }
}
