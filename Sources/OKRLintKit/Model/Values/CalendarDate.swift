/// A day of the proleptic Gregorian calendar, without time or time zone.
///
/// Written and read as ISO 8601 `YYYY-MM-DD` (years 0001 to 9999). Dates order
/// chronologically; `dayNumber` counts days from 1970-01-01 (day 0), which makes
/// day arithmetic exact.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date from its parts, or nil when the parts name no day
    /// (month 13, February 30, a year outside 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// The date `dayNumber` days after 1970-01-01 (negative: before it). Keep the
    /// result within years 0001...9999 (day numbers -719162...2932896), the
    /// range the other operations expect.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days, with years starting in March.
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(checkedYear: year, month: month, day: day)
    }

    private init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly (after trimming), checking that the day exists.
    public static func parse(_ text: String) -> Result<CalendarDate, ValueFormError> {
        if let date = parseCanonical(text) { return .success(date) }
        let trimmed = ValueText.trim(text)
        let fields = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = ValueText.digits(fields[0]), let month = ValueText.digits(fields[1]),
              let day = ValueText.digits(fields[2]), year >= 1
        else { return .failure(ValueFormError("expected a date like 2026-10-14")) }
        guard (1...12).contains(month) else {
            return .failure(ValueFormError("\(trimmed) is not a date: months run from 01 to 12"))
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            let length = daysIn(month: month, year: year)
            return .failure(ValueFormError(
                "\(trimmed) is not a date: \(monthNames[month - 1]) \(year) has \(length) days"))
        }
        return .success(date)
    }

    /// The common case read straight from the bytes: exactly ten ASCII
    /// characters `YYYY-MM-DD` naming a day that exists; nil for anything else.
    private static func parseCanonical(_ text: String) -> CalendarDate? {
        let utf8 = text.utf8
        guard utf8.count == 10 else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes -> CalendarDate? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), year >= 1 else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        } ?? nil
    }

    /// Days since 1970-01-01 (which is day 0).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The number of days from this date to `other`: positive when `other` is later.
    public func days(to other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        ((dayNumber + 3) % 7 + 7) % 7 + 1
    }

    /// The ISO 8601 week holding this date: the week's Thursday decides the year,
    /// so 2027-01-01 lies in 2026-W53 and 2024-12-30 in 2025-W01.
    public var isoWeek: ISOWeek {
        let thursday = adding(days: 4 - weekday)
        let januaryFirst = CalendarDate(checkedYear: thursday.year, month: 1, day: 1)
        return ISOWeek(checkedYear: thursday.year, week: januaryFirst.days(to: thursday) / 7 + 1)
    }

    /// The last day of this date's month.
    var lastDayOfMonth: CalendarDate {
        CalendarDate(checkedYear: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }

    /// `YYYY-MM-DD`; written digit by digit for four-digit years (reports
    /// write tens of thousands of dates).
    public var description: String {
        guard (0...9999).contains(year) else {
            return ValueText.padded(year, width: 4) + "-" + ValueText.padded(month, width: 2)
                + "-" + ValueText.padded(day, width: 2)
        }
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ number: Int, width: Int, at end: Int) {
                var rest = number
                for offset in stride(from: end - 1, through: end - width, by: -1) {
                    text[offset] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                    rest /= 10
                }
            }
            put(year, width: 4, at: 4)
            text[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 7)
            text[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 10)
            return 10
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
