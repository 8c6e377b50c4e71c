extension Plan {
    /// The innermost item whose span contains `position` (a key result before
    /// its objective), or nil when the position lies outside every item.
    public func innermostItem(at position: SourcePosition) -> (any PlanItem)? {
        for objective in objectives where objective.span.contains(position) {
            let keyResult = objective.keyResults.first { $0.span.contains(position) }
            return keyResult ?? objective
        }
        let groups: [[any PlanItem]] = [kpis, milestones, weekly, decisions]
        for group in groups {
            if let item = group.first(where: { $0.span.contains(position) }) { return item }
        }
        return nil
    }
}
