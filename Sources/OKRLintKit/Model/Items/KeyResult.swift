/// Whether a key result is a number moving to a target or a dated milestone.
public enum KeyResultType: String, Sendable, CaseIterable {
    case metric, milestone
}

/// An outcome that proves an objective landed: a metric with baseline and
/// target, or a dated milestone.
public struct KeyResult: PlanItem, FieldRecord {
    public static let kind = ItemKind.keyResult
    public var span: SourceSpan
    public var id: Located<String>?
    public var title: Located<String>?
    public var type: Located<KeyResultType>?
    public var baseline: Located<Quantity>?
    public var target: Located<Quantity>?
    public var unit: Located<String>?
    public var evidence: Located<String>?
    public var owner: Located<String>?
    public var why: Located<String>?
    public var tags: [Located<String>] = []
    public var confidence: Located<Confidence>?
    public var weight: Located<Double>?
    public var kpi: Located<ItemReference>?
    public var path: [DatedValue] = []
    public var checkins: [CheckIn] = []
    public var due: Located<CalendarDate>?
    public var done: Located<CalendarDate>?

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }

    /// The declared type, else `milestone` when it has a due date and no target, else `metric`.
    public var effectiveType: KeyResultType {
        if let type { return type.value }
        return (due != nil || done != nil) && target == nil && baseline == nil ? .milestone : .metric
    }
}

/// A measured value on a date: a check-in, a KPI reading or a target on a metric path.
public struct DatedValue: Sendable, FieldRecord {
    public var span: SourceSpan
    public var date: Located<CalendarDate>?
    public var value: Located<Quantity>?

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }
}

/// A key result's progress report on a date.
public struct CheckIn: Sendable, FieldRecord {
    public var span: SourceSpan
    public var date: Located<CalendarDate>?
    public var value: Located<Quantity>?
    public var confidence: Located<Confidence>?
    public var note: Located<String>?

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }
}
