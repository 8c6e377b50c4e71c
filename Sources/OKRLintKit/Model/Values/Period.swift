/// The stretch of days a plan covers, both ends included.
///
/// Written `2026-Q4`, `2026-H1`, `2026-10` (a month) or `2026` (a year); lower-case
/// `q` and `h` are accepted. The `{start: DATE, end: DATE}` form goes through
/// `init(start:end:)`. `label` keeps the text the period was written as.
public struct Period: Sendable, Hashable, CustomStringConvertible {
    public let start: CalendarDate
    /// The last day of the period (inclusive).
    public let end: CalendarDate
    /// The period as written (`2026-Q4`), or `START..END` for an explicit range.
    public let label: String

    /// A period from explicit dates; fails when `start` is after `end`.
    /// A one-day period (`start == end`) is allowed.
    public init(start: CalendarDate, end: CalendarDate) throws(ValueFormError) {
        guard start <= end else {
            throw ValueFormError("the period starts on \(start), after its end \(end)")
        }
        self.init(start: start, end: end, label: "\(start)..\(end)")
    }

    private init(start: CalendarDate, end: CalendarDate, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }

    public static func parse(_ text: String) -> Result<Period, ValueFormError> {
        let trimmed = ValueText.trim(text)
        let expected = ValueFormError("expected a period like 2026-Q4, 2026-H1, 2026-10 or 2026")
        let fields = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(fields.count), fields[0].count == 4,
              let year = ValueText.digits(fields[0]), year >= 1
        else { return .failure(expected) }
        guard fields.count == 2 else {
            return .success(months(year: year, first: 1, last: 12, label: trimmed))
        }
        let part = fields[1]
        switch part.first {
        case "Q", "q":
            guard part.count == 2, let quarter = ValueText.digits(part.dropFirst()) else { return .failure(expected) }
            guard (1...4).contains(quarter) else {
                return .failure(ValueFormError("\(trimmed) is not a period: quarters run from Q1 to Q4"))
            }
            return .success(months(year: year, first: 3 * quarter - 2, last: 3 * quarter, label: trimmed))
        case "H", "h":
            guard part.count == 2, let half = ValueText.digits(part.dropFirst()) else { return .failure(expected) }
            guard (1...2).contains(half) else {
                return .failure(ValueFormError("\(trimmed) is not a period: the halves are H1 and H2"))
            }
            return .success(months(year: year, first: 6 * half - 5, last: 6 * half, label: trimmed))
        default:
            guard part.count == 2, let month = ValueText.digits(part) else { return .failure(expected) }
            guard (1...12).contains(month) else {
                return .failure(ValueFormError("\(trimmed) is not a period: months run from 01 to 12"))
            }
            return .success(months(year: year, first: month, last: month, label: trimmed))
        }
    }

    private static func months(year: Int, first: Int, last: Int, label: String) -> Period {
        let start = CalendarDate(year: year, month: first, day: 1)!
        let end = CalendarDate(year: year, month: last, day: 1)!.lastDayOfMonth
        return Period(start: start, end: end, label: label)
    }

    /// The number of days in the period, both ends counted (2026-Q4 has 92).
    public var dayCount: Int { start.days(to: end) + 1 }

    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= end
    }

    /// The share of the period's days that have passed by the end of `date`,
    /// from 0 to 1: days elapsed through `date` (inclusive) divided by `dayCount`.
    ///
    /// Before the start it is 0; on the start day it is `1 / dayCount`; on the
    /// end day and after it is 1. For 2026-Q4 at 2026-11-15: 46 / 92 = 0.5.
    public func fractionElapsed(at date: CalendarDate) -> Double {
        let elapsed = min(max(start.days(to: date) + 1, 0), dayCount)
        return Double(elapsed) / Double(dayCount)
    }

    public var description: String { label }
}
