/// The KPIs of a plan in the JSON report: definition, status from the
/// readings up to the as-of date, and a sparkline of those readings over the
/// healthy band and the trigger line.
struct ReportKPIs {
    let model: ProgressModel

    func kpi(_ kpi: KPI) -> JSONValue {
        let health = model.health(of: kpi)
        return .object([
            ("id", ReportValues.text(kpi.id)), ("title", ReportValues.text(kpi.title)),
            ("unit", ReportValues.text(kpi.unit)), ("owner", ReportValues.text(kpi.owner)),
            ("cadence", kpi.cadence.map { .string($0.value.rawValue) } ?? .null),
            ("source", ReportLink.json(kpi.source)), ("reviewed", ReportValues.date(kpi.reviewed?.value)),
            ("healthy", kpi.healthy.map { Self.healthy($0.value) } ?? .null),
            ("trigger", kpi.trigger.map { Self.trigger($0.value) } ?? .null),
        ] + ReportStatus(health.status).members + [
            ("latest", health.latest.map { Self.latest($0, unit: kpi.unit?.value) } ?? .null),
            ("readings", .array(health.readings.map { .object(ReportValues.measurement($0)) })),
            ("sparkline", Self.sparkline(health.readings, healthy: kpi.healthy?.value, trigger: kpi.trigger?.value)),
        ])
    }

    /// The latest reading, with `unit`: the KPI's unit to show after `text`
    /// when the reading was written without one (`5.3` minutes, but `93%`).
    private static func latest(_ reading: Measured<DatedValue>, unit: String?) -> JSONValue {
        let shown = reading.value.unit == nil ? unit : nil
        return .object(ReportValues.measurement(reading) + [("unit", shown.map(JSONValue.string) ?? .null)])
    }

    private static func healthy(_ range: HealthyRange) -> JSONValue {
        .object([
            ("text", .string(range.description)),
            ("min", range.min.map { .number($0.value) } ?? .null), ("max", range.max.map { .number($0.value) } ?? .null),
        ])
    }

    private static func trigger(_ trigger: Trigger) -> JSONValue {
        .object([
            ("text", .string(trigger.description)), ("direction", .string(trigger.direction.rawValue)),
            ("threshold", .number(trigger.threshold.value)), ("count", .integer(trigger.count)),
        ])
    }

    /// The readings as points in a 100 × 100 box (x by date, y downwards), the
    /// healthy band as a rectangle (`y`, `height`; a one-sided range runs to the
    /// box's edge) and the trigger threshold as a line (`y`); null without readings.
    private static func sparkline(_ readings: [Measured<DatedValue>], healthy: HealthyRange?, trigger: Trigger?) -> JSONValue {
        guard let first = readings.first, let last = readings.last else { return .null }
        let bounds = [healthy?.min?.value, healthy?.max?.value, trigger?.threshold.value].compactMap { $0 }
        let scale = ChartScale(covering: readings.map(\.value.value) + bounds)
        let days = Double(max(first.date.days(to: last.date), 1))
        let points: [JSONValue] = readings.map { reading in
            let x = readings.count == 1 ? 50 : Double(first.date.days(to: reading.date)) / days * 100
            return .object([("x", ReportValues.rounded(x, places: 1)), ("y", ReportValues.rounded(scale.height(reading.value.value), places: 1))])
        }
        let band: JSONValue = healthy.map { range in
            let top = range.max.map { scale.height($0.value) } ?? 0
            let bottom = range.min.map { scale.height($0.value) } ?? 100
            return .object([("y", ReportValues.rounded(top, places: 1)), ("height", ReportValues.rounded(bottom - top, places: 1))])
        } ?? .null
        let triggerLine: JSONValue = trigger.map { .object([("y", ReportValues.rounded(scale.height($0.threshold.value), places: 1))]) } ?? .null
        return .object([("points", .array(points)), ("last", points.last ?? .null), ("band", band), ("trigger", triggerLine)])
    }
}
