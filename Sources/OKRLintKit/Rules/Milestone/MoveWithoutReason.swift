/// `milestone/move-without-reason`: a recorded move that does not say why or what it knocks on.
public struct MoveWithoutReason: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/move-without-reason", defaultSeverity: .warning,
        summary: "A `moved` entry lacks a reason or an impact.",
        rationale: """
            Dates move; what matters is that they move in public. A recorded move tells the people \
            who plan around the milestone what changed, and it is only useful with the reason (so \
            the same cause can be seen coming next time) and the impact (so everyone downstream can \
            adjust their own dates). A move that records only the old and new dates tells them that \
            something slipped, but not whether they have to act.
            """,
        examples: [
            RuleExample("""
                id: team
                milestones:
                  - milestone: Old office file server switched off and wiped
                    due: 2026-11-27
                    moved:
                      - ⟦{from: 2026-10-23, to: 2026-11-27, impact: the lease runs one more month}⟧
                      - {from: 2026-10-09, to: 2026-10-23, reason: data copy slower than planned, impact: none}
                  - milestone: Password manager rolled out to every employee
                    due: 2026-11-20
                    moved:
                      - ⟦from: 2026-10-30
                        to: 2026-11-20⟧
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: CRM workflow updated
                    due: 2026-10-31
                    moved:
                      - {from: 2026-10-20, to: 2026-10-31, reason: vendor delay, impact: first ten cases slip a week}
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.flatMap { milestone in
            milestone.moved.compactMap { move in
                let missing = [
                    move.isMissing(move.reason, key: "reason") ? Self.reason : nil,
                    move.isMissing(move.impact, key: "impact") ? Self.impact : nil,
                ].compactMap { $0 }
                guard !missing.isEmpty else { return nil }
                return Self.diagnostic(
                    at: move.span,
                    "the move of \(milestone.messageName)\(dates(of: move)) records no \(missing.map(\.key).joined(separator: " and no ")); add \(missing.map(\.fix).joined(separator: " and ")) so the people who depend on it can adjust")
            }
        }
    }

    private static let reason = (key: "reason", fix: "`reason:` (why the date moved)")
    private static let impact = (key: "impact", fix: "`impact:` (what slips or changes because of it)")

    /// " from OLD to NEW", as far as the entry gives them.
    private func dates(of move: MilestoneMove) -> String {
        (move.from.map { " from \($0.value)" } ?? "") + (move.to.map { " to \($0.value)" } ?? "")
    }
}
