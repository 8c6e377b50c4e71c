/// `milestone/silent-move`: a due date changed since the git base revision with no `moved` entry for the change.
public struct SilentMove: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/silent-move", defaultSeverity: .error,
        summary: "Its due date differs from the version at the git base (`--diff-base`, `HEAD` in a pre-commit run) and no `moved` entry records the change.",
        rationale: """
            A milestone exists so that other people can plan around its date. When the date is \
            edited in place, the old date simply disappears: whoever booked a launch, a hand-over or \
            a customer promise on it finds out late, if at all, and nobody can later see how often \
            the work slipped. Moving a date is normal; moving it silently is what breaks trust. The \
            rule compares each milestone (matched by id, else by its title) with the same file at \
            the base revision, and asks for a `moved` entry that leads from the old date to the new \
            one, with the reason and the knock-on effect. Without a base revision, outside a git \
            repository, or for a file that is new at the base, it has nothing to compare and stays \
            silent.
            """,
        examples: [
            RuleExample("""
                id: it-team
                milestones:
                  - id: file-server
                    milestone: Old office file server switched off and wiped
                    due: ⟦2026-11-27⟧
                    owner: levente
                  - milestone: Password manager rolled out to every employee
                    due: ⟦2026-12-04⟧
                    owner: ines
                    moved:
                      - {from: 2026-10-30, to: 2026-11-20, reason: licences ordered late, impact: none}
                """, base: """
                id: it-team
                milestones:
                  - id: file-server
                    milestone: File server retired
                    due: 2026-11-13
                    owner: levente
                  - milestone: Password manager rolled out to every employee
                    due: 2026-11-20
                    owner: ines
                """),
            RuleExample("""
                id: it-team
                milestones:
                  - id: file-server
                    milestone: Old office file server switched off and wiped
                    due: 2026-11-27
                    owner: levente
                    moved:
                      - {from: 2026-10-30, to: 2026-11-13, reason: backup restore test failed, impact: lease extended}
                      - {from: 2026-11-13, to: 2026-11-27, reason: data copy slower than planned, impact: two more weeks of lease}
                  - milestone: Guest Wi-Fi separated from the office network
                    due: 2026-11-06
                    owner: ines
                  - milestone: Printer fleet replaced with two leased machines
                    due: 2026-12-11
                    owner: ines
                """, base: """
                id: it-team
                milestones:
                  - id: file-server
                    milestone: Old office file server switched off and wiped
                    due: 2026-10-30
                    owner: levente
                  - milestone: Guest Wi-Fi separated from the office network
                    due: 2026-11-06
                    owner: ines
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let base = context.base else { return [] }
        return context.plan.milestones.compactMap { milestone in
            guard let due = milestone.due, !milestone.hasMalformedMoves,
                  let before = base.plan.milestone(matching: milestone)?.due?.value,
                  before != due.value, !milestone.recordsMove(from: before, to: due.value)
            else { return nil }
            return Self.diagnostic(
                at: due.span,
                "\(milestone.messageName) is due \(due.value) but was due \(before) at \(base.revision), and no `moved` entry records the change; move it in public: add \(context.spelling.move(from: before.description, to: due.value.description))")
        }
    }
}
