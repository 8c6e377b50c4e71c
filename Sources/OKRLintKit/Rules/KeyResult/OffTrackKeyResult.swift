/// `kr/off-track`: a key result behind its expected progress by more than the at-risk margin.
public struct OffTrackKeyResult: PlanRule {
    public static let description = RuleDescription(
        id: "kr/off-track", defaultSeverity: .warning,
        summary: "Progress is behind the expected path by more than the at-risk margin (default 0.25).",
        rationale: """
            A key result should be judged against where it ought to be by now, not only against its \
            final target: 0.4 of the way is fine a third into the quarter and alarming near its end. \
            By default the expectation is the share of the period that has passed; when a key result \
            has interim targets (`path`), the expectation follows them, because many metrics grow on \
            a curve ($10k, then $100k, then $1M). Slightly behind is at risk; behind by more than the \
            at-risk margin is off track, and it is time to change course or to re-plan in the open. \
            A milestone key result is off track once its due date passes without it being done.
            """,
        options: [
            .number("on-track-margin", "How far behind the expected progress still counts as on track.", 0.10, tightest: 0.10),
            .number("at-risk-margin", "How far behind the expected progress still counts as at risk rather than off track.", 0.25, tightest: 0.25),
        ],
        examples: [
            RuleExample("""
                id: onboarding
                period: 2026-Q4
                objectives:
                  - objective: A café's first order brings exactly the stock it needs
                    key_results:
                      - kr: Cut first orders with at least one item returned from 22% to 10%
                        baseline: 22%
                        target: 10%
                        checkins:
                          - {date: 2026-10-19, value: 23%}
                          - ⟦{date: 2026-10-30, value: 22.5%}⟧
                      - kr: Starter bundles added to the first-order screen
                        type: milestone
                        due: ⟦2026-10-23⟧
                """),
            RuleExample("""
                id: wholesale-online
                period: 2026
                objectives:
                  - objective: Online wholesale proves it can stand on its own
                    key_results:
                      - kr: Run-rate revenue reaches $1M by year end
                        baseline: $0
                        target: $1M
                        path: {2026-03-31: $10k, 2026-06-30: $100k, 2026-12-31: $1M}
                        checkins: {2026-10-31: $530k}
                      - kr: Cut monthly revenue churn from 5% to 2%
                        baseline: 5%
                        target: 2%
                        checkins: {2026-10-31: 2.4%}
                """),
            RuleExample("""
                id: wholesale-online
                period: 2026
                objectives:
                  - objective: Online wholesale proves it can stand on its own
                    key_results:
                      - kr: Run-rate revenue reaches $1M by year end
                        baseline: $0
                        target: $1M
                        checkins: {⟦2026-10-31: $530k⟧}
                """),
            RuleExample("""
                id: wholesale-online
                period: 2026
                objectives:
                  - objective: Online wholesale proves it can stand on its own
                    key_results:
                      - kr: Run-rate revenue reaches $1M by year end
                        baseline: $0
                        target: $1M
                        checkins: {2026-10-31: $530k}
                """, options: ["at-risk-margin": .number(0.35)]),
        ])

    public let margins: ProgressMargins

    public init(options: RuleOptionValues) {
        margins = ProgressMargins(onTrack: options.number("on-track-margin"), atRisk: options.number("at-risk-margin"))
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let model = ProgressModel(plan: context.plan, asOf: context.asOf, margins: margins)
        return context.keyResults.compactMap { keyResult in
            switch model.progress(of: keyResult) {
            case .metric(let metric) where metric.status == .offTrack:
                return metricFinding(keyResult, metric)
            case .milestone(let milestone) where milestone.status == .offTrack:
                guard let due = keyResult.due, !keyResult.hasInvalidValue(for: "done") else { return nil }
                return Self.diagnostic(
                    at: due.span,
                    "\(keyResult.described) (a milestone) was due on \(due.value) and is not done as of \(context.asOf) (off track); record `done:` with the date it landed, or move the date and say why")
            default:
                return nil
            }
        }
    }

    private func metricFinding(_ keyResult: KeyResult, _ metric: MetricProgress) -> Diagnostic? {
        guard let expected = metric.expected else { return nil }
        let start = keyResult.baseline?.value.text ?? "the first check-in's \(ValueText.number(metric.baseline))"
        let end = keyResult.target?.value.text ?? ValueText.number(metric.target)
        let fraction = ProgressFraction.format(expected.fraction)
        let expectation = expected.followsPath
            ? "the \(fraction) its path expects by \(expected.date)"
            : "the \(fraction) expected by \(expected.date), the share of the period passed"
        let onTrack = ProgressFraction.format(expected.fraction - margins.onTrack)
        return Self.diagnostic(
            at: metric.current.entry.span,
            "\(keyResult.described) is off track: progress \(metric.progress) (\(metric.current.value.text), from \(start) towards \(end)) is more than \(ProgressFraction.format(margins.atRisk)) behind \(expectation); it needs \(onTrack) to be on track, so change course, or update the forecast or the plan")
    }
}
