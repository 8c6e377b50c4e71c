import OKRLintKit
import Testing

/// A milestone key result: 1 when done by the as-of date, else 0; on track until its due date.
@Suite struct MilestoneProgressTests {
    private typealias F = ProgressFixture

    private func milestone(_ fields: String, asOf: String) throws -> MilestoneProgress {
        let (plan, keyResult) = try F.keyResult("type: milestone\n" + fields)
        guard case .milestone(let milestone) = F.model(plan, asOf: asOf).progress(of: keyResult) else {
            Issue.record("expected milestone progress")
            throw ProgressFixture.FixtureError.notMetric
        }
        return milestone
    }

    @Test func doneOnOrBeforeTheAsOfDateIsOne() throws {
        let done = try milestone("due: 2026-10-15\ndone: 2026-10-14", asOf: "2026-11-01")
        #expect(done.isDone && done.progress.raw == 1 && done.status == .onTrack)
        let sameDay = try milestone("due: 2026-10-15\ndone: 2026-11-01", asOf: "2026-11-01")
        #expect(sameDay.isDone)
    }

    @Test func notDoneIsZeroAndOnTrackUntilItsDueDate() throws {
        let ahead = try milestone("due: 2026-11-20", asOf: "2026-11-01")
        #expect(!ahead.isDone && ahead.progress.raw == 0 && ahead.status == .onTrack)
        #expect(try milestone("due: 2026-11-01", asOf: "2026-11-01").status == .onTrack)
        #expect(try milestone("due: 2026-10-31", asOf: "2026-11-01").status == .offTrack)
        #expect(try milestone("", asOf: "2026-11-01").status == .onTrack)
    }

    @Test func aDoneDateAfterTheAsOfDateIsNotKnownYet() throws {
        let later = try milestone("due: 2026-10-15\ndone: 2026-11-05", asOf: "2026-11-01")
        #expect(!later.isDone && later.progress.raw == 0 && later.status == .offTrack)
    }

    @Test func aKeyResultWithADueDateAndNoTargetIsAMilestone() throws {
        let (plan, keyResult) = try F.keyResult("due: 2026-12-01")
        guard case .milestone = F.model(plan, asOf: "2026-11-01").progress(of: keyResult) else {
            Issue.record("a key result with only a due date is judged as a milestone")
            return
        }
    }
}
