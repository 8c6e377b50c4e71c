extension PlanItem {
    /// The item as messages name it: its kind and its title in quotes,
    /// shortened (`KPI 'Average handling time'`), else `this KPI`.
    var described: String {
        title.map { "\(Self.kind.noun) '\(Quote.short($0.value))'" } ?? "this \(Self.kind.noun)"
    }
}
