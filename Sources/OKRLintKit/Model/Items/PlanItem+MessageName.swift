extension PlanItem {
    /// The item as messages name it, quoting the user's words:
    /// "milestone 'CRM workflow updated'", or "this milestone" when it has no title.
    var messageName: String {
        guard let title else { return "this \(Self.kind.noun)" }
        return "\(Self.kind.noun) '\(Quote.short(title.value))'"
    }
}
