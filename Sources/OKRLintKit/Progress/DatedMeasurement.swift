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
        let dated = enumerated().compactMap { offset, entry -> (order: Int, measured: Measured<Element>)? in
            guard let date = entry.date?.value, let value = entry.value?.value else { return nil }
            return (offset, Measured(date: date, value: value, entry: entry))
        }
        return dated.sorted { ($0.measured.date, $0.order) < ($1.measured.date, $1.order) }.map(\.measured)
    }

    /// `measured`, without the entries dated after `asOf` (later data is ignored).
    public func measured(onOrBefore asOf: CalendarDate) -> [Measured<Element>] {
        measured.filter { $0.date <= asOf }
    }
}
