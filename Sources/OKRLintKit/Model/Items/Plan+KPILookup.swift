extension Plan {
    /// The KPI of this plan (whose id is `planID`) that `reference` names, if any.
    public func kpi(namedBy reference: ItemReference, planID: String) -> KPI? {
        guard let id = reference.localItemID(in: planID) else { return nil }
        return kpis.first { $0.id?.value == id }
    }

    /// The weekly goals of this plan whose `serves` names the item `id`.
    public func weeklyGoals(serving id: String, planID: String) -> [WeeklyGoal] {
        weekly.filter { goal in goal.serves.contains { $0.value.localItemID(in: planID) == id } }
    }
}
