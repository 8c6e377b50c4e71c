/// `plan/no-review-date`: the plan names no date to revisit its framework choice, or that date has passed.
public struct NoReviewDate: PlanRule {
    public static let description = RuleDescription(
        id: "plan/no-review-date", defaultSeverity: .info,
        summary: "No `review_by` date, or it has passed.",
        rationale: """
            Choosing OKRs, milestones or KPIs is itself a bet, and it should be checked once the team \
            has lived with it for a planning cycle. Writing down when that review happens keeps the \
            choice from hardening into habit; a review date that has passed without a new one means \
            the check was skipped or not recorded. Set `review_by` to a date after one cycle, and \
            move it forward when the review is done.
            """,
        examples: [
            RuleExample("""
                id: ⟦food-safety⟧
                period: 2026-Q4
                """),
            RuleExample("""
                id: brand-studio
                period: 2026-Q4
                review_by: ⟦2026-10-15⟧
                """),
            RuleExample("""
                id: brand-studio
                period: 2026-Q4
                review_by: 2027-01-15
                """),
            RuleExample("""
                id: brand-studio
                review_by: 2026-11-01
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let plan = context.plan
        guard let reviewBy = plan.reviewBy else {
            guard !plan.hasInvalidValue(for: "review_by") else { return [] }
            let suggestion = plan.period.map { " e.g. `review_by: \($0.value.end.adding(days: 14))`," } ?? ""
            return [Self.diagnostic(
                at: plan.anchorSpan,
                "the plan names no date to review its choice of framework; add `review_by:` after one planning cycle,\(suggestion) and check then whether OKRs, milestones or KPIs still fit")]
        }
        guard reviewBy.value < context.asOf else { return [] }
        let days = reviewBy.value.days(to: context.asOf)
        return [Self.diagnostic(
            at: reviewBy.span,
            "the framework review was due on \(reviewBy.value), \(days) day\(days == 1 ? "" : "s") before \(context.asOf); hold the review, then set the next `review_by:` date")]
    }
}
