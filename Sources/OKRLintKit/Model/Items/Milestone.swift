/// Where a milestone stands.
public enum MilestoneStatus: String, Sendable, CaseIterable {
    case planned, done, blocked, dropped
}

/// A date on which something specific exists.
public struct Milestone: PlanItem, FieldRecord {
    public static let kind = ItemKind.milestone
    public var span: SourceSpan
    public var id: Located<String>?
    public var title: Located<String>?
    public var due: Located<CalendarDate>?
    public var done: Located<CalendarDate>?
    public var owner: Located<String>?
    public var serves: [Located<ItemReference>] = []
    public var status: Located<MilestoneStatus>?
    public var evidence: Located<String>?
    public var moved: [MilestoneMove] = []

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }

    /// Done when `status: done` or a `done` date is given.
    public var isDone: Bool { done != nil || status?.value == .done }
}

/// A recorded change of a milestone's due date.
public struct MilestoneMove: Sendable, FieldRecord {
    public var span: SourceSpan
    public var from: Located<CalendarDate>?
    public var to: Located<CalendarDate>?
    public var reason: Located<String>?
    public var impact: Located<String>?

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }
}
