/// The date axis of a plan's milestone timeline: the plan's period, widened
/// to take in every due date, every old date of a moved milestone and the
/// as-of date. Positions run from 0 (start) to 100 (end of the last day).
struct ReportTimeline {
    let start: CalendarDate
    let end: CalendarDate
    let asOf: CalendarDate

    /// The axis for `plan`'s milestones, or nil when none has a date.
    init?(plan: Plan, asOf: CalendarDate) {
        let dates = plan.milestones.flatMap { milestone in
            [milestone.due?.value].compactMap { $0 } + milestone.moved.compactMap { $0.from?.value }
        }
        guard let earliest = dates.min(), let latest = dates.max() else { return nil }
        let period = plan.period?.value
        start = min(period?.start ?? earliest, earliest, asOf)
        end = max(period?.end ?? latest, latest, asOf)
        self.asOf = asOf
    }

    /// Where `date` sits: the middle of its day, as a percentage of the axis.
    func position(_ date: CalendarDate) -> JSONValue {
        let days = Double(start.days(to: end) + 1)
        return ReportValues.rounded((Double(start.days(to: date)) + 0.5) / days * 100, places: 1)
    }

    /// `{"start", "end", "today": {"date", "x"}, "ticks": [{"label", "x"}]}`:
    /// a tick on the first day of each month (each quarter on a long axis).
    var json: JSONValue {
        .object([
            ("start", .string(start.description)), ("end", .string(end.description)),
            ("today", .object([("date", .string(asOf.description)), ("x", position(asOf))])),
            ("ticks", .array(ticks.map { tick in
                .object([("label", .string(label(tick))), ("x", position(tick)), ("date", .string(tick.description))])
            })),
        ])
    }

    private var ticks: [CalendarDate] {
        var months: [CalendarDate] = []
        var month = CalendarDate(year: start.year, month: start.month, day: 1)
        while let current = month, current <= end {
            if current >= start { months.append(current) }
            month = current.month == 12
                ? CalendarDate(year: current.year + 1, month: 1, day: 1)
                : CalendarDate(year: current.year, month: current.month + 1, day: 1)
        }
        return months.count > 12 ? months.filter { ($0.month - 1) % 3 == 0 } : months
    }

    /// `Nov`, or `Jan 2027` where a year begins.
    private func label(_ date: CalendarDate) -> String {
        let name = Self.monthNames[date.month - 1]
        return date.month == 1 ? "\(name) \(date.year)" : name
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
