/// The weekly goals of a plan in the JSON report: every goal, and those of
/// the as-of date's ISO week grouped by person (owners compare case-insensitively).
struct ReportWeekly {
    let week: ISOWeek

    func goal(_ goal: WeeklyGoal) -> JSONValue {
        .object([
            ("id", ReportValues.text(goal.id)),
            ("week", goal.effectiveWeek.map { .string($0.description) } ?? .null),
            ("owner", goal.ownerName.map(JSONValue.string) ?? .null),
            ("text", ReportValues.text(goal.title)), ("by", ReportValues.date(goal.by?.value)),
            ("evidence", ReportLink.json(goal.evidence)), ("serves", ReportValues.references(goal.serves)),
        ])
    }

    /// `[{"owner": "lee", "goals": [...]}]` for `week`, by owner in alphabetical
    /// order; goals without an owner come last under a null owner.
    func thisWeek(_ goals: [WeeklyGoal]) -> JSONValue {
        var order: [String?] = []
        var byOwner: [String?: [WeeklyGoal]] = [:]
        for goal in goals where goal.effectiveWeek == week {
            let key = goal.ownerName?.lowercased()
            if byOwner[key] == nil { order.append(key) }
            byOwner[key, default: []].append(goal)
        }
        let sorted = order.sorted { ($0 == nil ? 1 : 0, $0 ?? "") < ($1 == nil ? 1 : 0, $1 ?? "") }
        return .array(sorted.map { key in
            let goals = byOwner[key] ?? []
            return .object([
                ("owner", goals.first?.ownerName.map(JSONValue.string) ?? .null),
                ("goals", .array(goals.map(goal))),
            ])
        })
    }
}
