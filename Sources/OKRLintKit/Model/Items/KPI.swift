/// How often a KPI is looked at.
public enum Cadence: String, Sendable, CaseIterable {
    case daily, weekly, monthly, quarterly
}

/// A stable health measure watched on a cadence, with a healthy range, a
/// trigger for action and an owner.
public struct KPI: PlanItem, FieldRecord {
    public static let kind = ItemKind.kpi
    public var span: SourceSpan
    public var id: Located<String>?
    public var title: Located<String>?
    public var unit: Located<String>?
    public var healthy: Located<HealthyRange>?
    public var trigger: Located<Trigger>?
    public var owner: Located<String>?
    public var cadence: Located<Cadence>?
    public var source: Located<String>?
    public var reviewed: Located<CalendarDate>?
    public var readings: [DatedValue] = []

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }
}
