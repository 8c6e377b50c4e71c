/// `kr/stale-checkin`: a metric key result whose last check-in is too old during its period.
public struct StaleCheckIn: PlanRule {
    public static let description = RuleDescription(
        id: "kr/stale-checkin", defaultSeverity: .warning,
        summary: "The last check-in of a metric key result is older than `max-days` (default 14) during the period.",
        rationale: """
            Progress that is not looked at cannot be steered. Regular check-ins are how a team notices \
            early that a key result is slipping, while there is still time to change course; a number \
            last updated a month ago says nothing about today, and reports built on it mislead. The \
            rule applies while the plan's period runs, to metric key results (a milestone key result \
            is judged by its due and done dates). A key result with no check-in at all is reported \
            once the period has run longer than the limit.
            """,
        options: [.integer("max-days", "Most days since the last check-in.", 14, tightest: 14)],
        examples: [
            RuleExample("""
                id: onboarding
                period: 2026-Q4
                objectives:
                  - objective: New cafés feel at home with us in their first week
                    key_results:
                      - kr: Cut new cafés that need a setup call from 70% to 40%
                        baseline: 70%
                        target: 40%
                        checkins:
                          - {date: 2026-09-28, value: 62%}
                          - ⟦{date: 2026-10-05, value: 58%}⟧
                          - {date: 2026-11-09, value: 51%}
                      - kr: ⟦Cut days from signup to first delivered order from 9 to 4⟧
                        baseline: 9
                        target: 4
                """),
            RuleExample("""
                id: onboarding
                period: 2026-Q4
                objectives:
                  - objective: New cafés feel at home with us in their first week
                    key_results:
                      - kr: Cut new cafés that need a setup call from 70% to 40%
                        baseline: 70%
                        target: 40%
                        checkins: {2026-10-05: 58%, 2026-10-18: 55%}
                      - kr: Welcome pack redesigned and sent to every new café
                        type: milestone
                        due: 2026-10-15
                """),
            RuleExample("""
                id: onboarding
                period: 2026-Q3
                objectives:
                  - objective: New cafés feel at home with us in their first week
                    key_results:
                      - kr: Cut new cafés that need a setup call from 70% to 40%
                        baseline: 70%
                        target: 40%
                        checkins: {2026-09-28: 48%}
                """),
        ])

    public let maxDays: Int

    public init(options: RuleOptionValues) {
        maxDays = options.integer("max-days")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        guard let period = context.plan.period?.value, period.contains(context.asOf) else { return [] }
        return context.keyResults.compactMap { keyResult in
            guard keyResult.effectiveType == .metric else { return nil }
            guard let last = keyResult.checkins.measured(onOrBefore: context.asOf).last else {
                let running = period.start.days(to: context.asOf)
                guard running > maxDays, !keyResult.hasInvalidValue(for: "checkins") else { return nil }
                return Self.diagnostic(
                    at: keyResult.anchorSpan,
                    "\(keyResult.described) has no check-in, \(running) days into \(period); record where it stands \(context.spelling.entry(of: "checkins", on: context.asOf.description))")
            }
            let age = last.date.days(to: context.asOf)
            guard age > maxDays else { return nil }
            return Self.diagnostic(
                at: last.entry.span,
                "the last check-in of \(keyResult.described) was on \(last.date), \(age) days before \(context.asOf) (more than \(maxDays)); add a check-in with the current value")
        }
    }
}
