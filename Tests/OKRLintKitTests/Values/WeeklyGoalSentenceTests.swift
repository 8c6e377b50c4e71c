import Testing
@testable import OKRLintKit

@Suite struct WeeklyGoalSentenceTests {
    private typealias Part = WeeklyGoalSentence.Part

    @Test func theSpecSentence() {
        let sentence = "By 2026-10-16, lee will deliver fewer than ten tickets older than seven days, "
            + "evidenced by the ticket-age dashboard."
        let goal = WeeklyGoalSentence.parse(sentence)
        #expect(goal.date == Part(text: "2026-10-16", range: 3..<13))
        #expect(goal.resolvedDate == CalendarDate(year: 2026, month: 10, day: 16))
        #expect(goal.owner == Part(text: "lee", range: 15..<18))
        #expect(goal.outcome == Part(text: "fewer than ten tickets older than seven days", range: 32..<76))
        #expect(goal.evidence == Part(text: "the ticket-age dashboard", range: 91..<115))
    }

    @Test func weekdayNamesResolveInTheGoalsWeek() throws {
        let w45 = try #require(ISOWeek(year: 2026, week: 45))
        let goal = WeeklyGoalSentence.parse(
            "By Thursday, @sam will ship the new routing rules, shown by the queue view", week: w45)
        #expect(goal.date == Part(text: "Thursday", range: 3..<11))
        #expect(goal.resolvedDate == CalendarDate(year: 2026, month: 11, day: 5))
        #expect(goal.owner == Part(text: "sam", range: 14..<17))
        #expect(goal.outcome == Part(text: "the new routing rules", range: 28..<49))
        #expect(goal.evidence == Part(text: "the queue view", range: 60..<74))
    }

    @Test(arguments: [
        ("Mon", 12), ("monday", 12), ("Tue", 13), ("Tues.", 13), ("Wed", 14), ("THU", 15), ("Thurs", 15),
        ("Fri", 16), ("Friday", 16), ("Sat", 17), ("Sun", 18), ("sunday", 18),
    ])
    func weekdayAbbreviations(name: String, day: Int) {
        let goal = WeeklyGoalSentence.parse("By \(name), lee will deliver X, evidenced by Y.",
                                            week: ISOWeek(year: 2026, week: 42))
        #expect(goal.resolvedDate == CalendarDate(year: 2026, month: 10, day: day))
    }

    @Test func tolerantVariations() throws {
        let w42 = try #require(ISOWeek(year: 2026, week: 42))
        let shipped = WeeklyGoalSentence.parse(
            "by Fri, lee will have shipped v2 of the importer, measured by import errors.", week: w42)
        #expect(shipped.date == Part(text: "Fri", range: 3..<6))
        #expect(shipped.resolvedDate == CalendarDate(year: 2026, month: 10, day: 16))
        #expect(shipped.owner?.text == "lee")
        #expect(shipped.outcome?.text == "v2 of the importer")
        #expect(shipped.evidence?.text == "import errors")

        let noComma = WeeklyGoalSentence.parse("By Fri lee will deliver the report, proven by the PDF", week: w42)
        #expect(noComma.date?.text == "Fri" && noComma.owner?.text == "lee")
        #expect(noComma.outcome?.text == "the report" && noComma.evidence?.text == "the PDF")

        let shouting = WeeklyGoalSentence.parse("BY FRIDAY, Lee WILL DELIVER the plan, EVIDENCED BY the doc")
        #expect(shouting.date?.text == "FRIDAY" && shouting.owner?.text == "Lee")
        #expect(shouting.outcome?.text == "the plan" && shouting.evidence?.text == "the doc")

        let otherVerb = WeeklyGoalSentence.parse("By Fri, lee will reduce open tickets below ten, evidenced by the queue")
        #expect(otherVerb.outcome?.text == "reduce open tickets below ten")

        let haveOnly = WeeklyGoalSentence.parse("By Fri, lee will have fewer than ten old tickets, shown by the queue")
        #expect(haveOnly.outcome?.text == "fewer than ten old tickets")

        let byInOutcome = WeeklyGoalSentence.parse("By Fri, lee will deliver tickets cut by half, evidenced by the dashboard")
        #expect(byInOutcome.outcome?.text == "tickets cut by half")
        #expect(byInOutcome.evidence?.text == "the dashboard")
    }

    @Test func aWeekdayWithoutAWeekKeepsItsTextOnly() {
        let goal = WeeklyGoalSentence.parse("By Fri, lee will deliver X, evidenced by Y")
        #expect(goal.date?.text == "Fri")
        #expect(goal.resolvedDate == nil)
    }

    @Test func unresolvableDates() {
        let sprint = WeeklyGoalSentence.parse("By next sprint, lee will deliver X, evidenced by Y",
                                              week: ISOWeek(year: 2026, week: 42))
        #expect(sprint.date?.text == "next sprint" && sprint.resolvedDate == nil)
        #expect(WeeklyGoalSentence.parse("By 2026-02-30, lee will deliver X, evidenced by Y").resolvedDate == nil)
    }

    @Test func missingParts() {
        let noDate = WeeklyGoalSentence.parse("lee will reduce open tickets below ten")
        #expect(noDate.date == nil && noDate.resolvedDate == nil && noDate.evidence == nil)
        #expect(noDate.owner == Part(text: "lee", range: 0..<3))
        #expect(noDate.outcome == Part(text: "reduce open tickets below ten", range: 9..<38))

        let noOwner = WeeklyGoalSentence.parse("By 2026-10-16, fewer than ten old tickets, evidenced by the dashboard.")
        #expect(noOwner.owner == nil)
        #expect(noOwner.outcome == Part(text: "fewer than ten old tickets", range: 15..<41))
        #expect(noOwner.evidence?.text == "the dashboard")

        let noOutcome = WeeklyGoalSentence.parse("By Fri, lee will deliver, evidenced by the dashboard")
        #expect(noOutcome.owner?.text == "lee" && noOutcome.outcome == nil)

        for blank in ["", "   ", "."] {
            let empty = WeeklyGoalSentence.parse(blank)
            #expect(empty.date == nil && empty.owner == nil && empty.outcome == nil && empty.evidence == nil)
        }
    }

    @Test func offsetsCountUnicodeScalarsOfTheUntrimmedSentence() throws {
        let w42 = try #require(ISOWeek(year: 2026, week: 42))
        let indented = WeeklyGoalSentence.parse("  By Mon, ana will deliver A, evidenced by B.", week: w42)
        #expect(indented.date == Part(text: "Mon", range: 5..<8))
        #expect(indented.resolvedDate == CalendarDate(year: 2026, month: 10, day: 12))

        let composed = WeeklyGoalSentence.parse(
            "By Fri, Zo\u{00EB} will deliver the caf\u{00E9} menu, evidenced by the menu card")
        #expect(composed.owner == Part(text: "Zo\u{00EB}", range: 8..<11))
        #expect(composed.outcome == Part(text: "the caf\u{00E9} menu", range: 25..<38))

        let decomposed = WeeklyGoalSentence.parse("By Fri, Zoe\u{0308} will deliver X, evidenced by Y")
        #expect(decomposed.owner?.range == 8..<12)
    }
}
