import OKRLintKit
import Testing

/// Expected progress along a path of interim targets ("$10k by the end of
/// March, $100k by the end of June, $1M by year end", baseline $0, period 2026).
/// A date's position is the number of days of 2026 passed by its end, of 365.
@Suite struct MetricPathTests {
    private typealias F = ProgressFixture

    private static let revenue = """
        baseline: $0
        target: $1M
        path:
          2026-03-31: $10k
          2026-06-30: $100k
          2026-12-31: $1M
        checkins:
          2026-06-30: $96k
          2026-10-31: $530k
        """

    /// As-of, hand-computed expected value ($), expected progress (value / $1M).
    static let expectations: [(String, Double, Double)] = [
        ("2025-12-15", 0.0, 0.0),            // before the period: the baseline
        ("2026-02-14", 5_000.0, 0.005),      // day 45 (31 + 14), on the line from (0, $0) to (90, $10k): 10k × 45/90
        ("2026-03-31", 10_000.0, 0.01),      // day 90 (31 + 28 + 31): the first interim target itself
        ("2026-05-15", 10_000.0 + 90_000.0 * 45 / 91, 0.0545054945),
                                             // day 135 (90 + 30 + 15), between (90, $10k) and (181, $100k):
                                             // 10k + 90k × 45/91 = 54,505.49
        ("2026-06-30", 100_000.0, 0.1),      // day 181 (90 + 30 + 31 + 30): the second interim target
        ("2026-11-01", 100_000.0 + 900_000.0 * 124 / 184, 0.7065217391),
                                             // day 305 (181 + 31 + 31 + 30 + 31 + 1), between (181, $100k) and
                                             // (365, $1M): 100k + 900k × 124/184 = 706,521.74
        ("2026-12-31", 1_000_000.0, 1.0),    // day 365: the target
        ("2027-02-01", 1_000_000.0, 1.0),    // after the period: the target
    ]

    @Test(arguments: expectations)
    func expectedValueFollowsThePath(asOf: String, value: Double, fraction: Double) throws {
        let (plan, keyResult) = try F.keyResult(Self.revenue, period: "2026")
        let path = MetricPath(
            baseline: 0, target: 1_000_000, interimTargets: keyResult.path.measured, period: try #require(plan.period?.value))
        let expected = ExpectedProgress(on: path, at: F.date(asOf))
        #expect(close(expected.value, value, within: 1e-6))
        #expect(close(expected.fraction, fraction, within: 1e-9))
        #expect(expected.followsPath)
    }

    @Test func atRiskOnItsPathWhereAStraightLineWouldSayOffTrack() throws {
        let (plan, keyResult) = try F.keyResult(Self.revenue, period: "2026")
        let metric = try F.metric(F.model(plan, asOf: "2026-11-01").progress(of: keyResult))
        // $530k of $1M: 0.53; on the path 0.7065 is expected, shortfall 0.1765: more than 0.10, within 0.25
        #expect(close(metric.progress.raw, 0.53))
        #expect(metric.status == .atRisk)

        let (straight, straightKeyResult) = try F.keyResult("baseline: $0\ntarget: $1M\ncheckins: {2026-10-31: $530k}", period: "2026")
        let line = try F.metric(F.model(straight, asOf: "2026-11-01").progress(of: straightKeyResult))
        // on a straight line 305/365 = 0.8356 is expected, shortfall 0.3056 > 0.25
        #expect(close(line.expected?.fraction, 305.0 / 365))
        #expect(line.expected?.followsPath == false)
        #expect(line.status == .offTrack)
    }

    @Test func pathOfADecreasingMetric() throws {
        // 120 → 90 in 2026-Q4 with 105 due by 2026-11-15 (day 46 of 92)
        let (plan, keyResult) = try F.keyResult("""
            baseline: 120
            target: 90
            path: {2026-11-15: 105}
            checkins: {2026-10-28: 104}
            """)
        let metric = try F.metric(F.model(plan, asOf: "2026-11-01").progress(of: keyResult))
        // day 32 between (0, 120) and (46, 105): 120 − 15 × 32/46 = 109.5652;
        // as progress (109.5652 − 120) / −30 = 0.3478
        #expect(close(metric.expected?.value, 120 - 15.0 * 32 / 46))
        #expect(close(metric.expected?.fraction, 0.5 * 32 / 46))
        // (104 − 120) / −30 = 0.5333 ≥ 0.3478 − 0.10 → on track
        #expect(metric.status == .onTrack)
    }

    @Test func pathPointsAreOrderedByDateAndKeptWithinThePeriod() throws {
        let period = try #require(try? Period.parse("2026-Q4").get())
        let plan = try F.plan("""
            id: team
            objectives:
              - objective: Customers stop changing orders twice
                key_results:
                  - kr: Cut repeat order changes
                    path: {2027-02-01: 80, 2026-12-31: 90, 2026-11-15: 105, 2026-09-01: 119}
            """)
        let path = MetricPath(baseline: 120, target: 90, interimTargets: try #require(plan.keyResults.first).path.measured, period: period)
        // 2026-09-01 and 2027-02-01 lie outside the period and are left out; 2026-11-15 sits at 46/92 = 0.5,
        // 2026-12-31 at 92/92 = 1, next to the target
        #expect(path.points.map(\.position) == [0, 0.5, 1, 1])
        #expect(path.points.map(\.value) == [120, 105, 90, 90])
        // 2026-12-30 is day 91, between (46, 105) and (92, 90): 105 − 15 × 45/46 = 90.3261
        #expect(close(path.value(at: F.date("2026-12-30")), 105 - 15.0 * 45 / 46))
        #expect(path.value(at: F.date("2026-12-31")) == 90)
    }
}
