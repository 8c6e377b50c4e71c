import OKRLintKit
import Testing

/// The objective score: the mean of its key results' progress, weighted by `weight`.
@Suite struct ObjectiveScoreTests {
    private typealias F = ProgressFixture

    private func score(_ keyResults: String, asOf: String = "2026-11-01") throws -> ObjectiveScore {
        let plan = try F.plan("""
            id: team
            period: 2026-Q4
            objectives:
              - objective: Customers stop changing orders twice
                key_results:
            \(keyResults)
            """)
        return F.model(plan, asOf: asOf).score(of: try #require(plan.objectives.first))
    }

    @Test func weightedMeanLeavesOutKeyResultsWithoutData() throws {
        let objective = try score("""
                  - kr: Cut repeat order changes from 120 to 90
                    baseline: 120
                    target: 90
                    weight: 2
                    checkins: {2026-10-28: 105}
                  - kr: Change policy published
                    type: milestone
                    due: 2026-10-15
                    done: 2026-10-14
                  - kr: Raise self-serve refunds from 20% to 60%
                    baseline: 20%
                    target: 60%
                    weight: 3
            """)
        // 0.5 (weight 2) and 1 (done, weight 1); the third has no check-ins and is left out:
        // (0.5 × 2 + 1 × 1) / (2 + 1) = 2 / 3 = 0.6667
        #expect(close(objective.score?.raw, 2.0 / 3))
        #expect(objective.keyResults.count == 3)
        guard case .noData = objective.keyResults[2] else {
            Issue.record("the third key result has no data")
            return
        }
    }

    @Test func theMeanIsOverRawProgress() throws {
        let objective = try score("""
                  - kr: Cut repeat order changes from 120 to 90
                    baseline: 120
                    target: 90
                    checkins: {2026-10-28: 125}
                  - kr: Raise self-serve refunds from 20% to 60%
                    baseline: 20%
                    target: 60%
                    checkins: {2026-10-28: 40%}
            """)
        // (125 − 120) / −30 = −0.1667 and (40 − 20) / 40 = 0.5, equal weights:
        // (−0.1667 + 0.5) / 2 = 0.1667
        #expect(close(objective.score?.raw, 1.0 / 6))
    }

    @Test func noScoreWithoutData() throws {
        let objective = try score("""
                  - kr: Cut repeat order changes from 120 to 90
                    baseline: 120
                    target: 90
                  - kr: Improve onboarding satisfaction
                    baseline: 7.1
                    checkins: {2026-10-28: 7.4}
            """)
        // no check-ins, and no target: neither counts
        #expect(objective.score == nil)
    }

    @Test func zeroWeightsGiveNoScore() throws {
        let objective = try score("""
                  - kr: Cut repeat order changes from 120 to 90
                    baseline: 120
                    target: 90
                    weight: 0
                    checkins: {2026-10-28: 105}
            """)
        #expect(objective.score == nil)
    }
}
