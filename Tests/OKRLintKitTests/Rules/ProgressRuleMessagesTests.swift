import OKRLintKit
import Testing

/// The progress rules' messages carry the numbers the judgement rests on.
@Suite struct ProgressRuleMessagesTests {
    private func messages(_ rule: String, _ source: String, asOf: String = "2026-11-01") throws -> [String] {
        TestWorkspace.lint(source, asOf: asOf, selection: try RuleSelection(select: [rule])).map(\.message)
    }

    @Test func offTrackNamesProgressExpectationAndWhatOnTrackNeeds() throws {
        let found = try messages("kr/off-track", """
            id: wholesale-online
            period: 2026
            objectives:
              - objective: Online wholesale proves it can stand on its own
                key_results:
                  - kr: Grow paying online wholesale accounts from 0 to 400
                    baseline: 0
                    target: 400
                    path: {2026-06-30: 40, 2026-09-30: 150, 2026-12-31: 400}
                    checkins: {2026-10-31: 90}
            """)
        // 90 / 400 = 0.225; on the path at day 305: 150 + 250 × 32/92 = 236.96, i.e. 0.59; on track needs 0.59 − 0.10 = 0.49
        #expect(found == [
            "key result 'Grow paying online wholesale accounts from 0 to 400' is off track: progress 0.23 (90, from 0 towards 400) is more than 0.25 behind the 0.59 its path expects by 2026-11-01; it needs 0.49 to be on track, so change course, or update the forecast or the plan",
        ])
    }

    @Test func offTrackWithoutBaselineNamesTheFirstCheckIn() throws {
        let found = try messages("kr/off-track", """
            id: team
            period: 2026-Q4
            objectives:
              - objective: Customers stop needing to change their orders twice
                key_results:
                  - kr: Cut repeat order changes to 90 a month
                    target: 90
                    checkins: {2026-10-01: 120, 2026-12-20: 116}
            """, asOf: "2026-12-20")
        // (116 − 120) / (90 − 120) = 0.13; expected 81/92 = 0.88, on track from 0.78
        #expect(found.count == 1)
        #expect(found.first?.contains("progress 0.13 (116, from the first check-in's 120 towards 90)") == true)
        #expect(found.first?.contains("the 0.88 expected by 2026-12-20, the share of the period passed; it needs 0.78") == true)
    }

    @Test func staleCheckInCountsTheDays() throws {
        let found = try messages("kr/stale-checkin", """
            id: onboarding
            period: 2026-Q4
            objectives:
              - objective: New cafés feel at home with us in their first week
                key_results:
                  - kr: Cut new cafés that need a setup call from 70% to 40%
                    baseline: 70%
                    target: 40%
                    checkins: {2026-10-05: 58%}
            """)
        // 2026-10-05 to 2026-11-01: 26 + 1 = 27 days
        #expect(found == [
            "the last check-in of key result 'Cut new cafés that need a setup call from 70% to 40%' was on 2026-10-05, 27 days before 2026-11-01 (more than 14); add a check-in with the current value",
        ])
    }

    @Test func outOfRangeQuotesTheReadingAndTheRange() throws {
        let found = try messages("kpi/out-of-range", """
            id: warehouse
            kpis:
              - id: returns-backlog
                kpi: Returns waiting to be processed
                healthy: "<= 300"
                readings: {2026-10-26: 520}
            weekly:
              - week: 2026-W43
                owner: gustav
                goal: By 2026-10-23, gustav will deliver the returns queue under 300, evidenced by the WMS queue count.
                serves: returns-backlog
            """)
        // the only weekly goal serving the KPI is for the week before the reading (2026-W44), so it does not count
        #expect(found == [
            "KPI 'Returns waiting to be processed' read 520 on 2026-10-26, outside its healthy range <= 300, and no weekly goal serves it; tie a weekly goal to it (`serves: returns-backlog`) until it is back in range",
        ])
    }
}
