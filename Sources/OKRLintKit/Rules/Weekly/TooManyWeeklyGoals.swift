/// `weekly/too-many`: one person with more than one weekly goal in a week, across the workspace.
public struct TooManyWeeklyGoals: PlanRule {
    public static let needsWorkspace = true

    public static let description = RuleDescription(
        id: "weekly/too-many", defaultSeverity: .warning,
        summary: "One person has more than one weekly goal in a week.",
        rationale: """
            A weekly goal is the one outcome a person commits to deliver this week, the thing that \
            happens even when the week goes wrong. With two or more, the commitment is split, the \
            easier goal tends to win, and the goal turns back into a to-do list. The check spans the \
            whole workspace, because one person may appear in several teams' plans; owners compare \
            without regard to case. The first goal is kept and each extra one is reported. Which is \
            first: goals in files the run does not report on (already settled) before goals in the \
            files being linted, then by file path, then by position.
            """,
        examples: [
            RuleExample("""
                id: team
                weekly:
                  - week: 2026-W44
                    owner: yuki
                    goal: By 2026-10-29, yuki will deliver window selection for the pilot cafés, evidenced by the pilot build.
                  - week: 2026-W44
                    owner: Yuki
                    goal: ⟦By 2026-10-30, yuki will deliver the driver app showing each window, evidenced by a screenshot.⟧
                  - week: 2026-W45
                    owner: yuki
                    goal: By 2026-11-06, yuki will deliver the window report, evidenced by the report link.
                """),
            RuleExample("""
                id: team
                weekly:
                  - week: 2026-W44
                    owner: yuki
                    by: 2026-10-30
                    deliver: ⟦the driver app showing each drop's promised window⟧
                    evidence: a screenshot from a live round
                """, workspace: ["other.okr.yaml": """
                    id: other
                    weekly:
                      - week: 2026-W44
                        owner: YUKI
                        goal: By 2026-10-29, yuki will deliver the pilot cafés' windows, evidenced by the pilot build.
                    """]),
            RuleExample("""
                id: team
                weekly:
                  - week: 2026-W44
                    owner: yuki
                    goal: By 2026-10-29, yuki will deliver window selection for the pilot cafés, evidenced by the pilot build.
                  - week: 2026-W44
                    owner: noor
                    goal: By 2026-10-30, noor will deliver the carrier comparison, evidenced by the comparison sheet.
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.outline.weeklyGoals.compactMap { goal in
            let personWeek = goal.personWeek
            guard let first = context.workspace.weeklyGoals(of: personWeek).first,
                  first != WorkspaceIndex.WeeklyGoalLocation(file: context.file.path, span: goal.anchorSpan)
            else { return nil }
            let place = first.file == context.file.path
                ? "line \(first.span.start.line)" : "line \(first.span.start.line) of \(first.file)"
            return Self.diagnostic(
                at: goal.anchorSpan,
                "\(goal.owner) already has a weekly goal for \(personWeek.week) (\(place)); keep one goal per person per week: merge them into the one outcome that matters most, or move this one to another week or person")
        }
    }
}
