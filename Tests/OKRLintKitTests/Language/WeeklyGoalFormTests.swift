import Testing
@testable import OKRLintKit

@Suite struct WeeklyGoalFormTests {
    let form = WeeklyGoalForm()
    let week = ISOWeek(year: 2026, week: 44)

    @Test(arguments: [
        ("By 2026-10-30, noor will deliver the carrier comparison.", [WeeklyGoalPart.evidence]),
        ("Finish the missed-drop root cause list", [.date, .owner, .evidence]),
        ("By end of week, lee will deliver the handbook, evidenced by the wiki page.", [.date]),
        ("By Friday, we will deliver the returns flow, evidenced by the release note.", [.owner]),
        ("By Thursday, priya will deliver, evidenced by the refund dashboard.", [.outcome]),
        ("mei will deliver the quick-start video by Thursday", [.evidence]),
    ])
    func namesTheMissingParts(sentence: String, missing: [WeeklyGoalPart]) {
        #expect(form.assess(sentence: sentence, week: week) == WeeklyGoalFormVerdict(missing: missing))
    }

    @Test func anActivityIsNoOutcome() {
        let verdict = form.assess(sentence: "By Friday, omar will work on the alerts, evidenced by the ticket.", week: week)
        #expect(verdict == WeeklyGoalFormVerdict(missing: [.outcome], activity: "work on"))
    }

    @Test func fieldsFillWhatTheSentenceLacks() {
        let fields = WeeklyGoalFields(hasDate: true, hasOwner: true, hasEvidence: true)
        #expect(form.assess(sentence: "Finish the missed-drop root cause list", week: week, fields: fields) == nil)
        #expect(form.assess(sentence: nil, week: week, fields: fields) == WeeklyGoalFormVerdict(missing: [.outcome]))
    }

    @Test func otherEvidenceMarkersNeedSomethingAfterThem() {
        #expect(form.assess(sentence: "By Friday, lee will deliver the handbook, visible in the wiki.", week: week) == nil)
        #expect(form.assess(sentence: "By Friday, lee will deliver the handbook, visible in", week: week)?.missing == [.evidence])
    }
}
