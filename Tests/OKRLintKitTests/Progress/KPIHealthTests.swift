import OKRLintKit
import Testing

/// KPI status from the readings on or before the as-of date: healthy 4..6,
/// trigger "> 7 for 2 readings".
@Suite struct KPIHealthTests {
    private typealias F = ProgressFixture

    private func health(_ readings: String, asOf: String, range: String = "healthy: 4..6\n    trigger: \"> 7 for 2 readings\"") throws -> KPIHealth {
        let plan = try F.plan("""
            id: team
            kpis:
              - kpi: Average handling time
                \(range)
                readings: {\(readings)}
            """)
        return F.model(plan, asOf: asOf).health(of: try #require(plan.kpis.first))
    }

    @Test(arguments: [
        // readings, as-of, status, latest reading counted
        ("2026-10-07: 5.2, 2026-10-14: 7.4", "2026-11-01", KPIStatus.outOfRange, 7.4),  // 7.4 > 6; only one reading > 7
        ("2026-10-07: 5.2, 2026-10-14: 7.4, 2026-10-21: 7.8", "2026-11-01", .triggered, 7.8),  // 7.4 and 7.8 > 7
        ("2026-10-07: 5.2, 2026-10-14: 7.4, 2026-10-21: 7.8", "2026-10-14", .outOfRange, 7.4),  // 7.8 not known yet
        ("2026-10-07: 5.2, 2026-10-14: 7.4, 2026-10-21: 7.8", "2026-10-10", .inRange, 5.2),
        ("2026-10-14: 7.4, 2026-10-07: 5.2", "2026-11-01", .outOfRange, 7.4),  // latest by date, not by position
        ("2026-10-14: 6, 2026-10-21: 4", "2026-11-01", .inRange, 4),  // both ends are healthy
    ])
    func statusFromTheLatestReadings(readings: String, asOf: String, status: KPIStatus, latest: Double) throws {
        let kpi = try health(readings, asOf: asOf)
        #expect(kpi.status == status)
        #expect(kpi.latest?.value.value == latest)
    }

    @Test func noReadingsOnOrBeforeTheAsOfDateIsNoData() throws {
        let kpi = try health("2026-11-02: 5", asOf: "2026-11-01")
        #expect(kpi.status == .noData && kpi.latest == nil && kpi.readings.isEmpty)
    }

    @Test func withoutARangeOnlyTheTriggerJudges() throws {
        #expect(try health("2026-10-14: 9", asOf: "2026-11-01", range: "owner: lee").status == .noRange)
        #expect(try health("2026-10-14: 9", asOf: "2026-11-01", range: "trigger: \"> 7\"").status == .triggered)
    }

    @Test func theWeekOf2027NewYearIs2026W53() throws {
        // 2026-W53 runs from 2026-12-28 to 2027-01-03; readings on both sides of the new year count in date order
        let kpi = try health("2027-01-01: 7.9, 2026-12-28: 7.5, 2027-01-04: 5", asOf: "2027-01-03")
        #expect(kpi.readings.map { $0.date.isoWeek.description } == ["2026-W53", "2026-W53"])
        #expect(kpi.status == .triggered)
    }
}
