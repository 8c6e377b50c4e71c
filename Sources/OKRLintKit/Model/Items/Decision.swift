/// An entry in the decision log.
public struct Decision: PlanItem, FieldRecord {
    public static let kind = ItemKind.decision
    public var span: SourceSpan
    public var id: Located<String>?
    public var title: Located<String>?
    public var date: Located<CalendarDate>?
    public var owner: Located<String>?
    public var why: Located<String>?

    public var invalidKeys: Set<String> = []

    public init(span: SourceSpan) { self.span = span }
}
