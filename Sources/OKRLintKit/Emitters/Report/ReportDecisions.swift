/// The decision log of a plan in the JSON report, and its most recent entries.
enum ReportDecisions {
    /// How many decisions count as recent.
    static let recentCount = 5

    static func decision(_ decision: Decision) -> JSONValue {
        .object([
            ("id", ReportValues.text(decision.id)), ("date", ReportValues.date(decision.date?.value)),
            ("title", ReportValues.text(decision.title)), ("owner", ReportValues.text(decision.owner)),
            ("why", ReportValues.text(decision.why)),
        ])
    }

    /// The `recentCount` latest decisions dated on or before `asOf`, newest first
    /// (later dates are not known yet; undated ones cannot be placed).
    static func recent(_ decisions: [Decision], asOf: CalendarDate) -> JSONValue {
        let dated = decisions.enumerated().compactMap { offset, decision -> (CalendarDate, Int, Decision)? in
            guard let date = decision.date?.value, date <= asOf else { return nil }
            return (date, offset, decision)
        }
        let newest = dated.sorted { ($0.0, $0.1) > ($1.0, $1.1) }.prefix(recentCount)
        return .array(newest.map { decision($0.2) })
    }
}
