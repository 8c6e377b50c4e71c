/// One goal file compiled: plan-level fields and its items.
public struct Plan: Sendable, FieldRecord {
    public var span: SourceSpan
    public var version: Located<Int>?
    public var id: Located<String>?
    public var title: Located<String>?
    public var team: Located<String>?
    public var owner: Located<String>?
    public var teamSize: Located<Int>?
    public var period: Located<Period>?
    public var reviewBy: Located<CalendarDate>?
    public var alignsTo: [Located<ItemReference>] = []
    public var objectives: [Objective] = []
    public var kpis: [KPI] = []
    public var milestones: [Milestone] = []
    public var weekly: [WeeklyGoal] = []
    public var decisions: [Decision] = []

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }

    /// Where plan-level findings point: the plan id, else the title, else 1:1.
    public var anchorSpan: SourceSpan { id?.span ?? title?.span ?? .fileStart }

    /// Every key result of every objective.
    public var keyResults: [KeyResult] { objectives.flatMap { $0.keyResults } }
}
