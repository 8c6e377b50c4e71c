/// An ISO 8601 week (Monday to Sunday), written `2026-W42`.
///
/// Week 1 of a year is the week holding its first Thursday, so a year has 52 or
/// 53 weeks: 2026 has 53 (2026-W53 runs from 2026-12-28 to 2027-01-03), 2027 has 52.
/// Weeks order chronologically.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let week: Int

    /// A week from its parts, or nil when the year (1...9999) has no such week.
    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), (1...ISOWeek.weeks(in: year)).contains(week) else { return nil }
        self.init(checkedYear: year, week: week)
    }

    init(checkedYear year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// The number of ISO weeks in `year`: 52 or 53. `year` must lie in 1...9999.
    public static func weeks(in year: Int) -> Int {
        // December 28 always lies in the last week of its year.
        CalendarDate(year: year, month: 12, day: 28)!.isoWeek.week
    }

    /// Parses `YYYY-Www` with a two-digit week (`2026-W05`); a lower-case `w` is accepted.
    public static func parse(_ text: String) -> Result<ISOWeek, ValueFormError> {
        let trimmed = ValueText.trim(text)
        let fields = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 2, fields[0].count == 4, fields[1].count == 3,
              fields[1].first == "W" || fields[1].first == "w",
              let year = ValueText.digits(fields[0]), year >= 1,
              let week = ValueText.digits(fields[1].dropFirst())
        else { return .failure(ValueFormError("expected an ISO week like 2026-W42")) }
        let count = weeks(in: year)
        guard (1...count).contains(week) else {
            return .failure(ValueFormError(
                "\(trimmed) is not a week: \(year) has ISO weeks W01 to W\(count)"))
        }
        return .success(ISOWeek(checkedYear: year, week: week))
    }

    public var monday: CalendarDate {
        let januaryFourth = CalendarDate(year: year, month: 1, day: 4)!
        let firstMonday = januaryFourth.adding(days: 1 - januaryFourth.weekday)
        return firstMonday.adding(days: 7 * (week - 1))
    }

    public var sunday: CalendarDate { monday.adding(days: 6) }

    /// The day of this week with ISO weekday `weekday` (1 Monday ... 7 Sunday).
    public func date(weekday: Int) -> CalendarDate {
        precondition((1...7).contains(weekday), "ISO weekdays run from 1 (Monday) to 7 (Sunday)")
        return monday.adding(days: weekday - 1)
    }

    public func contains(_ date: CalendarDate) -> Bool {
        date.isoWeek == self
    }

    public var description: String {
        ValueText.padded(year, width: 4) + "-W" + ValueText.padded(week, width: 2)
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }
}
