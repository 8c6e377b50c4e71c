/// The kinds of item a plan holds, with the words used for them in messages
/// and the key that carries each one's title text.
public enum ItemKind: String, Sendable, CaseIterable, Hashable {
    case plan, objective, keyResult = "key-result", kpi, milestone, weeklyGoal = "weekly-goal", decision

    /// The noun used in messages ("key result").
    public var noun: String {
        switch self {
        case .plan: return "plan"
        case .objective: return "objective"
        case .keyResult: return "key result"
        case .kpi: return "KPI"
        case .milestone: return "milestone"
        case .weeklyGoal: return "weekly goal"
        case .decision: return "decision"
        }
    }
}

/// What every item of a plan has: a kind, an optional id, its title text and its span.
public protocol PlanItem: Sendable {
    static var kind: ItemKind { get }
    var id: Located<String>? { get }
    /// The item's title text (`objective`, `kr`, `kpi`, `milestone`, `goal`, `decision`).
    var title: Located<String>? { get }
    /// From the item's first key to the end of its last value.
    var span: SourceSpan { get }
}

extension PlanItem {
    /// Where findings about a missing field point: the title value, else the start of the item.
    public var anchorSpan: SourceSpan { title?.span ?? .point(span.start) }
}
