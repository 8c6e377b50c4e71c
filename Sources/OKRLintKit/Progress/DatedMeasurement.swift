/// A value measured on a date: a key result's check-in, a KPI reading or an
/// interim target on a metric path.
public protocol DatedMeasurement: Sendable {
    /// The whole entry: `{date: 2026-10-14, value: 110}` or `2026-10-14: 110`.
    var span: SourceSpan { get }
    var date: Located<CalendarDate>? { get }
    var value: Located<Quantity>? { get }
}

extension DatedValue: DatedMeasurement {}
extension CheckIn: DatedMeasurement {}

/// An entry of a dated series whose date and value could both be read.
public struct Measured<Entry: DatedMeasurement>: Sendable {
    public let date: CalendarDate
    public let value: Quantity
    /// The entry as written, for its span and any further fields (a check-in's note).
    public let entry: Entry
}

extension Array where Element: DatedMeasurement {
    /// The entries that have both a date and a value, oldest first. Entries on
    /// the same date keep their file order, so the last one written counts as
    /// the latest.
    public var measured: [Measured<Element>] {
        measured { _ in true }
    }

    /// The same, leaving out entries dated after `asOf` (later data is ignored).
    public func measured(onOrBefore asOf: CalendarDate) -> [Measured<Element>] {
        measured { $0 <= asOf }
    }

    /// The entries with a date and a value whose date `admits`, by date
    /// (entries of the same date in the order written); entries already in
    /// date order, as people write them, are not sorted again.
    private func measured(where admits: (CalendarDate) -> Bool) -> [Measured<Element>] {
        var result: [Measured<Element>] = []
        result.reserveCapacity(count)
        var inOrder = true
        for entry in self {
            guard let date = entry.date?.value, admits(date), let value = entry.value?.value else { continue }
            if let last = result.last, date < last.date { inOrder = false }
            result.append(Measured(date: date, value: value, entry: entry))
        }
        guard !inOrder else { return result }
        return result.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
