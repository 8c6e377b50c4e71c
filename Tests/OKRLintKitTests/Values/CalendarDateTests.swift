import Testing
@testable import OKRLintKit

@Suite struct CalendarDateTests {
    @Test func parsesISODates() throws {
        let date = try #require(CalendarDate.parse(" 2026-10-14 ").parsed)
        #expect(date.year == 2026 && date.month == 10 && date.day == 14)
        #expect(date.description == "2026-10-14")
    }

    @Test func leapDays() {
        #expect(CalendarDate.parse("2024-02-29").parsed != nil)
        #expect(CalendarDate.parse("2000-02-29").parsed != nil)
        #expect(CalendarDate.parse("2026-02-29").formError == "2026-02-29 is not a date: February 2026 has 28 days")
        #expect(CalendarDate.parse("1900-02-29").formError == "1900-02-29 is not a date: February 1900 has 28 days")
        #expect(CalendarDate.parse("2026-02-30").formError == "2026-02-30 is not a date: February 2026 has 28 days")
        #expect(CalendarDate.parse("2026-04-31").formError == "2026-04-31 is not a date: April 2026 has 30 days")
        #expect(CalendarDate.parse("2026-01-00").formError == "2026-01-00 is not a date: January 2026 has 31 days")
    }

    @Test func monthOutOfRange() {
        #expect(CalendarDate.parse("2026-13-01").formError == "2026-13-01 is not a date: months run from 01 to 12")
        #expect(CalendarDate.parse("2026-00-10").formError == "2026-00-10 is not a date: months run from 01 to 12")
    }

    @Test(arguments: ["", "2026-1-14", "14/10/2026", "2026-10-14T10:00", "abcd-ef-gh", "+026-10-14",
                      "0000-01-01", "2026-10", "2026-10-14-01", "２０２６-10-14"])
    func rejectsOtherShapes(_ text: String) {
        #expect(CalendarDate.parse(text).formError == "expected a date like 2026-10-14")
    }

    @Test func memberwiseValidation() {
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2026, month: 0, day: 1) == nil)
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 5, month: 3, day: 7)?.description == "0005-03-07")
    }

    @Test func dayNumbersCountFrom1970() throws {
        #expect(try #require(CalendarDate(year: 1970, month: 1, day: 1)).dayNumber == 0)
        #expect(try #require(CalendarDate(year: 1970, month: 1, day: 2)).dayNumber == 1)
        #expect(try #require(CalendarDate(year: 1969, month: 12, day: 31)).dayNumber == -1)
        // 30 years with 7 leap days (1972 ... 1996): 30 * 365 + 7.
        #expect(try #require(CalendarDate(year: 2000, month: 1, day: 1)).dayNumber == 10957)
        // plus January (31) and a leap February (29).
        #expect(try #require(CalendarDate(year: 2000, month: 3, day: 1)).dayNumber == 11017)
        // 26 more years with 7 leap days (2000 ... 2024).
        #expect(try #require(CalendarDate(year: 2026, month: 1, day: 1)).dayNumber == 20454)
        #expect(CalendarDate(dayNumber: 20454) == CalendarDate(year: 2026, month: 1, day: 1))
    }

    @Test func consecutiveDayNumbersAreConsecutiveDates() {
        var previous = CalendarDate(dayNumber: -1000)
        for number in -999...40000 {
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
            let monthLength = CalendarDate.daysIn(month: previous.month, year: previous.year)
            let next: CalendarDate? =
                if previous.day < monthLength {
                    CalendarDate(year: previous.year, month: previous.month, day: previous.day + 1)
                } else if previous.month < 12 {
                    CalendarDate(year: previous.year, month: previous.month + 1, day: 1)
                } else {
                    CalendarDate(year: previous.year + 1, month: 1, day: 1)
                }
            guard date == next else {
                Issue.record("day \(number) is \(date), expected the day after \(previous)")
                return
            }
            previous = date
        }
    }

    @Test func dayArithmetic() throws {
        let newYearsEve = try #require(CalendarDate(year: 2026, month: 12, day: 31))
        #expect(newYearsEve.adding(days: 1) == CalendarDate(year: 2027, month: 1, day: 1))
        #expect(CalendarDate(year: 2024, month: 2, day: 28)?.adding(days: 1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(year: 2026, month: 2, day: 28)?.adding(days: 1) == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(CalendarDate(year: 2026, month: 3, day: 1)?.adding(days: -1) == CalendarDate(year: 2026, month: 2, day: 28))
        let october = try #require(CalendarDate(year: 2026, month: 10, day: 1))
        #expect(october.days(to: newYearsEve) == 91)
        #expect(newYearsEve.days(to: october) == -91)
    }

    @Test func isoWeekdays() {
        #expect(CalendarDate(year: 1970, month: 1, day: 1)?.weekday == 4)
        #expect(CalendarDate(year: 2000, month: 1, day: 1)?.weekday == 6)
        #expect(CalendarDate(year: 2026, month: 10, day: 12)?.weekday == 1)
        #expect(CalendarDate(year: 2026, month: 10, day: 14)?.weekday == 3)
        #expect(CalendarDate(year: 2026, month: 11, day: 5)?.weekday == 4)
        #expect(CalendarDate(year: 2027, month: 1, day: 3)?.weekday == 7)
        #expect(CalendarDate(year: 1969, month: 12, day: 28)?.weekday == 7)
    }

    @Test func isoWeeksAtYearEdges() {
        #expect(CalendarDate(year: 2027, month: 1, day: 1)?.isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(CalendarDate(year: 2027, month: 1, day: 3)?.isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(CalendarDate(year: 2026, month: 12, day: 28)?.isoWeek == ISOWeek(year: 2026, week: 53))
        #expect(CalendarDate(year: 2027, month: 1, day: 4)?.isoWeek == ISOWeek(year: 2027, week: 1))
        #expect(CalendarDate(year: 2024, month: 12, day: 30)?.isoWeek == ISOWeek(year: 2025, week: 1))
        #expect(CalendarDate(year: 2021, month: 1, day: 3)?.isoWeek == ISOWeek(year: 2020, week: 53))
        #expect(CalendarDate(year: 2026, month: 1, day: 1)?.isoWeek == ISOWeek(year: 2026, week: 1))
        #expect(CalendarDate(year: 2026, month: 10, day: 14)?.isoWeek == ISOWeek(year: 2026, week: 42))
    }

    @Test func ordering() throws {
        let dates = ["2027-01-01", "2026-10-15", "2026-11-01", "2026-10-14"].compactMap { CalendarDate.parse($0).parsed }
        #expect(dates.sorted().map(\.description) == ["2026-10-14", "2026-10-15", "2026-11-01", "2027-01-01"])
    }
}
