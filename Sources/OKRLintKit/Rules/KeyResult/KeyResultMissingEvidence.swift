/// `kr/missing-evidence`: a key result that does not say where its proof comes from.
public struct KeyResultMissingEvidence: PlanRule {
    public static let description = RuleDescription(
        id: "kr/missing-evidence", defaultSeverity: .warning,
        summary: "No evidence or source named.",
        rationale: """
            A key result is only as good as the way it is checked. Without a named source (a report, \
            a dashboard, a query), each check-in is someone's estimate, two people can read different \
            numbers for the same week, and the score at the end of the period can be argued about \
            instead of read. Naming the evidence up front also shows early whether the number can be \
            measured at all. A milestone key result has nothing to show until it is done, so it needs \
            its evidence (a link or a file) once it is done.
            """,
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                    key_results:
                      - kr: ⟦Cut repeat order changes from 120 to 90 a month⟧
                        baseline: 120
                        target: 90
                      - kr: ⟦New change policy published to every agent⟧
                        type: milestone
                        due: 2026-10-15
                        done: 2026-10-14
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Customers stop changing orders twice
                    key_results:
                      - kr: Cut repeat order changes from 120 to 90 a month
                        baseline: 120
                        target: 90
                        evidence: CRM report "Repeat changes"
                      - kr: New change policy published to every agent
                        type: milestone
                        due: 2026-11-15
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.keyResults.filter(needsEvidence).map { keyResult in
            let fix = keyResult.effectiveType == .milestone
                ? "add `evidence:` with the link or file that shows it is done"
                : "add `evidence:` naming the report, dashboard or query the number is read from"
            return Self.diagnostic(at: keyResult.anchorSpan, "\(keyResult.messageName) names no evidence; \(fix)")
        }
    }

    /// Metric key results always need their source; milestone key results once they are done.
    private func needsEvidence(_ keyResult: KeyResult) -> Bool {
        guard keyResult.isMissing(keyResult.evidence, key: "evidence") else { return false }
        guard keyResult.effectiveType == .milestone else { return true }
        return keyResult.done != nil
    }
}
