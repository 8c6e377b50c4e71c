/// One qualitative line about a change that matters this period, proven by key results.
public struct Objective: PlanItem, FieldRecord {
    public static let kind = ItemKind.objective
    public var span: SourceSpan
    public var id: Located<String>?
    public var title: Located<String>?
    public var owner: Located<String>?
    public var why: Located<String>?
    public var alignsTo: [Located<ItemReference>] = []
    public var keyResults: [KeyResult] = []

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }
}
