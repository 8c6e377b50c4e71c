import OKRLintKit
import Testing

/// Metric key-result progress: (current − baseline) / (target − baseline),
/// with every expected figure worked out by hand in the comments.
@Suite struct MetricProgressTests {
    private typealias F = ProgressFixture

    @Test func decreasingMetricHalfWay() throws {
        let (plan, keyResult) = try F.keyResult("""
            baseline: 120
            target: 90
            checkins:
              - {date: 2026-11-10, value: 105}
            """)
        let metric = try F.metric(F.model(plan, asOf: "2026-11-15").progress(of: keyResult))
        // (105 − 120) / (90 − 120) = −15 / −30 = 0.5
        #expect(metric.progress.raw == 0.5)
        #expect(metric.baselineSource == .declared)
        // 2026-Q4 at 2026-11-15: October 1 … November 15 is 31 + 15 = 46 of 92 days = 0.5
        #expect(metric.expected?.fraction == 0.5)
        #expect(metric.expected?.followsPath == false)
        // the expected value on the straight line: 120 + (90 − 120) × 0.5 = 105
        #expect(metric.expected?.value == 105)
        #expect(metric.status == .onTrack)
    }

    @Test func increasingMetric() throws {
        let (plan, keyResult) = try F.keyResult("""
            baseline: 0
            target: 400
            checkins: {2026-10-31: 90}
            """)
        let metric = try F.metric(F.model(plan, asOf: "2026-11-01").progress(of: keyResult))
        // (90 − 0) / (400 − 0) = 0.225
        #expect(metric.progress.raw == 0.225)
        // expected: October 1 … November 1 is 32 of 92 days = 0.3478;
        // shortfall 0.3478 − 0.225 = 0.1228: more than 0.10, within 0.25 → at risk
        #expect(close(metric.expected?.fraction, 32.0 / 92))
        #expect(metric.status == .atRisk)
    }

    /// As-of, the latest check-in on or before it, hand-computed progress (baseline 120, target 90).
    static let latestCheckIns: [(String, String, Double)] = [
        ("2026-10-07", "2026-10-07", 2.0 / 30),   // (118 − 120) / −30 = 0.0667
        ("2026-10-14", "2026-10-14", 10.0 / 30),  // (110 − 120) / −30 = 0.3333; 2026-10-21's 100 is ignored
        ("2026-10-20", "2026-10-14", 10.0 / 30),  // still 2026-10-14's 110
        ("2026-10-21", "2026-10-21", 20.0 / 30),  // (100 − 120) / −30 = 0.6667
        ("2026-12-31", "2026-10-21", 20.0 / 30),
    ]

    @Test(arguments: latestCheckIns)
    func currentIsTheLatestCheckInOnOrBeforeTheAsOfDate(asOf: String, latest: String, progress: Double) throws {
        // written out of date order on purpose: the latest is found by date, not by position
        let (plan, keyResult) = try F.keyResult("""
            baseline: 120
            target: 90
            checkins:
              - {date: 2026-10-14, value: 110}
              - {date: 2026-10-07, value: 118}
              - {date: 2026-10-21, value: 100}
            """)
        let metric = try F.metric(F.model(plan, asOf: asOf).progress(of: keyResult))
        #expect(metric.current.date == F.date(latest))
        #expect(close(metric.progress.raw, progress))
    }

    @Test func firstCheckInIsTheBaselineWhenNoneIsGiven() throws {
        let (plan, keyResult) = try F.keyResult("""
            target: 90
            checkins:
              - {date: 2026-10-28, value: 104}
              - {date: 2026-10-07, value: 118}
            """)
        let metric = try F.metric(F.model(plan, asOf: "2026-11-01").progress(of: keyResult))
        // baseline = the first check-in by date, 118: (104 − 118) / (90 − 118) = −14 / −28 = 0.5
        #expect(metric.baseline == 118)
        #expect(metric.baselineSource == .firstCheckIn)
        #expect(metric.progress.raw == 0.5)
        // on the day of the first check-in it is both baseline and current: 0
        let first = try F.metric(F.model(plan, asOf: "2026-10-07").progress(of: keyResult))
        #expect(first.progress.raw == 0)
    }

    @Test func noCheckInsIsNoData() throws {
        let (plan, keyResult) = try F.keyResult("baseline: 120\ntarget: 90")
        guard case .noData = F.model(plan, asOf: "2026-11-01").progress(of: keyResult) else {
            Issue.record("a key result without check-ins has no data")
            return
        }
        // check-ins only after the as-of date are not known yet
        let (later, laterKeyResult) = try F.keyResult("baseline: 120\ntarget: 90\ncheckins: {2026-11-02: 100}")
        let progress = F.model(later, asOf: "2026-11-01").progress(of: laterKeyResult)
        guard case .noData = progress else {
            Issue.record("check-ins after the as-of date are ignored, found \(progress)")
            return
        }
        #expect(progress.progress == nil && progress.status == nil)
    }

    @Test(arguments: [
        "baseline: 7.1\ncheckins: {2026-10-26: 7.4}",                  // no target
        "baseline: 78%\ntarget: 78%\ncheckins: {2026-10-26: 79%}",      // baseline = target
        "target: 90\ncheckins: {2026-10-07: 90, 2026-10-14: 88}",       // first check-in = target
        "baseline: 78%\ntarget: 78%",                                   // not measurable before no data
    ])
    func withoutADistanceToCoverThereIsNoProgress(_ fields: String) throws {
        let (plan, keyResult) = try F.keyResult(fields)
        guard case .notMeasurable = F.model(plan, asOf: "2026-11-01").progress(of: keyResult) else {
            Issue.record("\(fields) is not measurable")
            return
        }
    }

    @Test func rawProgressIsKeptAndClampedOnlyForDisplay() throws {
        let (plan, keyResult) = try F.keyResult("baseline: 120\ntarget: 90\ncheckins: {2026-10-07: 125, 2026-10-28: 80}")
        // gone backwards: (125 − 120) / −30 = −0.1667, shown as 0
        let backwards = try F.metric(F.model(plan, asOf: "2026-10-07").progress(of: keyResult))
        #expect(close(backwards.progress.raw, -5.0 / 30))
        #expect(backwards.progress.display == 0)
        #expect(backwards.progress.description == "-0.17")
        // past the target: (80 − 120) / −30 = 1.3333, shown as 1
        let beyond = try F.metric(F.model(plan, asOf: "2026-11-01").progress(of: keyResult))
        #expect(close(beyond.progress.raw, 40.0 / 30))
        #expect(beyond.progress.display == 1)
    }

    @Test func withoutAPeriodNothingIsExpected() throws {
        let plan = try F.plan("""
            id: team
            objectives:
              - objective: Customers stop changing orders twice
                key_results:
                  - kr: Cut repeat order changes from 120 to 90
                    baseline: 120
                    target: 90
                    checkins: {2026-10-28: 104}
            """)
        let metric = try F.metric(F.model(plan, asOf: "2026-11-01").progress(of: try #require(plan.keyResults.first)))
        // (104 − 120) / −30 = 0.5333
        #expect(close(metric.progress.raw, 16.0 / 30))
        #expect(metric.expected == nil && metric.status == nil)
    }

    @Test func isoWeek53() throws {
        // 2026-W53 runs from Monday 2026-12-28 to Sunday 2027-01-03; 2027-01-01 lies in it.
        let (plan, keyResult) = try F.keyResult("""
            baseline: 0
            target: 70
            checkins:
              - {date: 2026-12-31, value: 40}
              - {date: 2027-01-01, value: 45}
              - {date: 2027-01-02, value: 60}
            """, period: "{start: 2026-12-28, end: 2027-01-03}")
        #expect(F.date("2027-01-01").isoWeek.description == "2026-W53")
        let metric = try F.metric(F.model(plan, asOf: "2027-01-01").progress(of: keyResult))
        // latest on or before Friday 2027-01-01 is 45 (the Saturday check-in is ignored): 45 / 70 = 0.6429
        #expect(metric.current.value.value == 45)
        #expect(close(metric.progress.raw, 45.0 / 70))
        // Monday … Friday is 5 of the week's 7 days: 0.7143; shortfall 0.0714 ≤ 0.10 → on track
        #expect(close(metric.expected?.fraction, 5.0 / 7))
        #expect(metric.status == .onTrack)
        // a 2026 plan at the same date is past its end: all of it was due (1), and 1 − 0.6429 = 0.3571 > 0.25 → off track
        let (year, yearKeyResult) = try F.keyResult("baseline: 0\ntarget: 70\ncheckins: {2027-01-01: 45}", period: "2026")
        let late = try F.metric(F.model(year, asOf: "2027-01-01").progress(of: yearKeyResult))
        #expect(late.expected?.fraction == 1)
        #expect(late.status == .offTrack)
    }
}
