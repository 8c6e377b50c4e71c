import Testing
@testable import OKRLintKit

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2026-Q4", "2026-10-01", "2026-12-31", 92),
        ("2026-Q1", "2026-01-01", "2026-03-31", 90),
        ("2024-Q1", "2024-01-01", "2024-03-31", 91),
        ("2026-q2", "2026-04-01", "2026-06-30", 91),
        ("2026-H1", "2026-01-01", "2026-06-30", 181),
        ("2026-h2", "2026-07-01", "2026-12-31", 184),
        ("2026-10", "2026-10-01", "2026-10-31", 31),
        ("2026-02", "2026-02-01", "2026-02-28", 28),
        ("2024-02", "2024-02-01", "2024-02-29", 29),
        ("2026", "2026-01-01", "2026-12-31", 365),
        ("2024", "2024-01-01", "2024-12-31", 366),
    ])
    func parsesLabels(label: String, start: String, end: String, days: Int) throws {
        let period = try #require(Period.parse(" \(label) ").parsed)
        #expect(period.start.description == start)
        #expect(period.end.description == end)
        #expect(period.dayCount == days)
        #expect(period.label == label)
    }

    @Test func rejectsMissingQuartersHalvesAndMonths() {
        #expect(Period.parse("2026-Q5").formError == "2026-Q5 is not a period: quarters run from Q1 to Q4")
        #expect(Period.parse("2026-Q0").formError == "2026-Q0 is not a period: quarters run from Q1 to Q4")
        #expect(Period.parse("2026-H3").formError == "2026-H3 is not a period: the halves are H1 and H2")
        #expect(Period.parse("2026-13").formError == "2026-13 is not a period: months run from 01 to 12")
    }

    @Test(arguments: ["", "Q4 2026", "2026-W42", "26-Q4", "2026-10-01", "2026-Q", "2026-Q44", "2026-1", "0000"])
    func rejectsOtherShapes(_ text: String) {
        #expect(Period.parse(text).formError == "expected a period like 2026-Q4, 2026-H1, 2026-10 or 2026")
    }

    @Test func explicitDates() throws {
        let start = try #require(CalendarDate(year: 2026, month: 10, day: 1))
        let end = try #require(CalendarDate(year: 2026, month: 12, day: 31))
        let period = try Period(start: start, end: end)
        #expect(period.label == "2026-10-01..2026-12-31")
        #expect(period.dayCount == 92)
        #expect(try Period(start: start, end: start).dayCount == 1)
        #expect(throws: ValueFormError("the period starts on 2026-12-31, after its end 2026-10-01")) {
            try Period(start: end, end: start)
        }
    }

    @Test func fractionElapsedCountsTheGivenDay() throws {
        let q4 = try #require(Period.parse("2026-Q4").parsed)
        func fraction(_ text: String) throws -> Double {
            q4.fractionElapsed(at: try #require(CalendarDate.parse(text).parsed))
        }
        // October 1 ... November 15 is 31 + 15 = 46 of 92 days.
        #expect(try fraction("2026-11-15") == 0.5)
        #expect(try fraction("2026-10-01") == 1.0 / 92)
        #expect(try fraction("2026-10-31") == 31.0 / 92)
        #expect(try fraction("2026-12-30") == 91.0 / 92)
        #expect(try fraction("2026-12-31") == 1)
        #expect(try fraction("2026-09-30") == 0)
        #expect(try fraction("2025-01-01") == 0)
        #expect(try fraction("2027-01-10") == 1)
    }

    @Test func containment() throws {
        let october = try #require(Period.parse("2026-10").parsed)
        #expect(october.contains(try #require(CalendarDate(year: 2026, month: 10, day: 1))))
        #expect(october.contains(try #require(CalendarDate(year: 2026, month: 10, day: 31))))
        #expect(!october.contains(try #require(CalendarDate(year: 2026, month: 11, day: 1))))
        #expect(!october.contains(try #require(CalendarDate(year: 2026, month: 9, day: 30))))
    }
}
