/// The milestones of a plan in the JSON report: their status at the as-of
/// date, their place on the plan's timeline and every recorded move with the
/// old date's place, so a template can show where a milestone used to be.
struct ReportMilestones {
    let asOf: CalendarDate
    let timeline: ReportTimeline?

    func milestone(_ milestone: Milestone) -> JSONValue {
        let moves: [JSONValue] = milestone.moved.map { move in
            .object([
                ("from", ReportValues.date(move.from?.value)), ("to", ReportValues.date(move.to?.value)),
                ("reason", ReportValues.text(move.reason)), ("impact", ReportValues.text(move.impact)),
                ("x", position(move.from?.value)),
            ])
        }
        return .object([
            ("id", ReportValues.text(milestone.id)), ("title", ReportValues.text(milestone.title)),
            ("due", ReportValues.date(milestone.due?.value)), ("done", ReportValues.date(milestone.done?.value)),
            ("owner", ReportValues.text(milestone.owner)), ("serves", ReportValues.references(milestone.serves)),
        ] + status(of: milestone).members + [
            ("evidence", ReportLink.json(milestone.evidence)),
            ("x", position(milestone.due?.value)),
            ("moves", .array(moves)),
        ])
    }

    /// Done, dropped or blocked as recorded; otherwise overdue once the due
    /// date has passed, due this week within the as-of date's ISO week, else planned.
    func status(of milestone: Milestone) -> ReportStatus {
        if milestone.status?.value == .dropped { return ReportStatus(id: "dropped", label: "dropped") }
        if milestone.status?.value == .done || milestone.done.map({ $0.value <= asOf }) == true {
            return ReportStatus(id: "done", label: "done")
        }
        if milestone.status?.value == .blocked { return ReportStatus(id: "blocked", label: "blocked") }
        guard let due = milestone.due?.value else { return ReportStatus(id: "no-date", label: "no due date") }
        if due < asOf { return ReportStatus(id: "overdue", label: "overdue") }
        if due.isoWeek == asOf.isoWeek { return ReportStatus(id: "due-this-week", label: "due this week") }
        return ReportStatus(id: "planned", label: "planned")
    }

    private func position(_ date: CalendarDate?) -> JSONValue {
        guard let date, let timeline else { return .null }
        return timeline.position(date)
    }
}
