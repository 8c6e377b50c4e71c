import Testing
@testable import OKRLintKit

@Suite struct ISOWeekTests {
    @Test func parsesWeeks() {
        #expect(ISOWeek.parse("2026-W42").parsed == ISOWeek(year: 2026, week: 42))
        #expect(ISOWeek.parse(" 2026-w42 ").parsed == ISOWeek(year: 2026, week: 42))
        #expect(ISOWeek.parse("2026-W53").parsed == ISOWeek(year: 2026, week: 53))
        #expect(ISOWeek(year: 2026, week: 5)?.description == "2026-W05")
    }

    @Test(arguments: ["", "2026-W5", "2026W42", "2026-42", "2026-W042", "26-W42", "2026-X42", "2026-W4a"])
    func rejectsOtherShapes(_ text: String) {
        #expect(ISOWeek.parse(text).formError == "expected an ISO week like 2026-W42")
    }

    @Test func rejectsWeeksTheYearLacks() {
        #expect(ISOWeek.parse("2027-W53").formError == "2027-W53 is not a week: 2027 has ISO weeks W01 to W52")
        #expect(ISOWeek.parse("2026-W54").formError == "2026-W54 is not a week: 2026 has ISO weeks W01 to W53")
        #expect(ISOWeek.parse("2026-W00").formError == "2026-W00 is not a week: 2026 has ISO weeks W01 to W53")
        #expect(ISOWeek(year: 2027, week: 53) == nil)
    }

    @Test func weeksPerYear() {
        // 53 weeks when the year starts on a Thursday, or is a leap year starting on a Wednesday.
        #expect(ISOWeek.weeks(in: 2026) == 53)  // starts Thursday
        #expect(ISOWeek.weeks(in: 2027) == 52)
        #expect(ISOWeek.weeks(in: 2020) == 53)  // leap, starts Wednesday
        #expect(ISOWeek.weeks(in: 2015) == 53)
        #expect(ISOWeek.weeks(in: 2025) == 52)
        #expect(ISOWeek.weeks(in: 2032) == 53)
        #expect(ISOWeek.weeks(in: 2024) == 52)  // leap, starts Monday
    }

    @Test func mondaysAndSundays() throws {
        let first = try #require(ISOWeek(year: 2026, week: 1))
        #expect(first.monday.description == "2025-12-29")
        #expect(first.sunday.description == "2026-01-04")
        let w42 = try #require(ISOWeek(year: 2026, week: 42))
        #expect(w42.monday.description == "2026-10-12")
        #expect(w42.sunday.description == "2026-10-18")
        let last = try #require(ISOWeek(year: 2026, week: 53))
        #expect(last.monday.description == "2026-12-28")
        #expect(last.sunday.description == "2027-01-03")
        #expect(ISOWeek(year: 2027, week: 1)?.monday.description == "2027-01-04")
    }

    @Test func weekdaysOfAWeek() throws {
        let w45 = try #require(ISOWeek(year: 2026, week: 45))
        #expect(w45.date(weekday: 1).description == "2026-11-02")
        #expect(w45.date(weekday: 4).description == "2026-11-05")
        #expect(w45.date(weekday: 7).description == "2026-11-08")
    }

    @Test func containment() throws {
        let last2026 = try #require(ISOWeek(year: 2026, week: 53))
        let newYear = try #require(CalendarDate(year: 2027, month: 1, day: 1))
        #expect(last2026.contains(newYear))
        #expect(ISOWeek(year: 2027, week: 1)?.contains(newYear) == false)
    }

    @Test func everyDayIsInItsOwnWeek() throws {
        let start = try #require(CalendarDate(year: 2019, month: 12, day: 1))
        for offset in 0..<(366 * 9) {
            let date = start.adding(days: offset)
            let week = date.isoWeek
            #expect(week.date(weekday: date.weekday) == date)
            #expect(ISOWeek(year: week.year, week: week.week) == week)
        }
    }

    @Test func ordering() throws {
        let weeks = try ["2027-W01", "2026-W10", "2026-W53", "2026-W09"].map { try #require(ISOWeek.parse($0).parsed) }
        #expect(weeks.sorted().map(\.description) == ["2026-W09", "2026-W10", "2026-W53", "2027-W01"])
    }
}
