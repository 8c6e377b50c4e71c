/// A KPI's readings up to the as-of date and the status they give.
public struct KPIHealth: Sendable {
    /// The readings dated on or before the as-of date, oldest first (later ones are ignored).
    public let readings: [Measured<DatedValue>]
    public let status: KPIStatus

    /// Triggered when the trigger fired on the last readings, else in or out
    /// of the healthy range by the latest reading.
    public init(of kpi: KPI, asOf: CalendarDate) {
        readings = kpi.readings.measured(onOrBefore: asOf)
        guard let latest = readings.last else {
            status = .noData
            return
        }
        if let trigger = kpi.trigger?.value, trigger.isFired(by: readings.map(\.value.value)) {
            status = .triggered
        } else if let healthy = kpi.healthy?.value {
            status = healthy.contains(latest.value.value) ? .inRange : .outOfRange
        } else {
            status = .noRange
        }
    }

    /// The latest reading on or before the as-of date.
    public var latest: Measured<DatedValue>? { readings.last }
}
