/// One plan in the JSON report: its header, its items with computed progress
/// and status, this week's goals, recent decisions, its file's findings and
/// counts for an overview. It is made in two steps: the draft while the lint
/// run compiles the file (so the plan need not outlive it), then the slug
/// and findings once the whole run is done.
struct ReportPlan {
    let asOf: CalendarDate
    let margins: ProgressMargins

    /// The plan of `file` without its slug and findings (see `completed`).
    func draft(_ file: CompiledFile, plan: Plan) -> JSONValue {
        let model = ProgressModel(plan: plan, asOf: asOf, margins: margins)
        let timeline = ReportTimeline(plan: plan, asOf: asOf)
        let milestones = ReportMilestones(asOf: asOf, timeline: timeline)
        let weekly = ReportWeekly(week: asOf.isoWeek)
        let objectives = plan.objectives.map(ReportKeyResults(model: model).objective)
        let kpis = plan.kpis.map(ReportKPIs(model: model).kpi)
        return .object([
            ("id", .string(file.planID)), ("file", .string(file.source.path)),
            ("title", ReportValues.text(plan.title)), ("team", ReportValues.text(plan.team)),
            ("owner", ReportValues.text(plan.owner)), ("team_size", plan.teamSize.map { .integer($0.value) } ?? .null),
            ("period", plan.period.map { period(model: $0.value) } ?? .null),
            ("review_by", ReportValues.date(plan.reviewBy?.value)), ("aligns_to", ReportValues.references(plan.alignsTo)),
            ("counts", counts(objectives: objectives, kpis: kpis, milestones: plan.milestones.map(milestones.status))),
            ("objectives", .array(objectives)), ("kpis", .array(kpis)),
            ("milestones", .array(plan.milestones.map(milestones.milestone))),
            ("timeline", timeline?.json ?? .null),
            ("weekly", .array(plan.weekly.map(weekly.goal))), ("this_week", weekly.thisWeek(plan.weekly)),
            ("decisions", .array(plan.decisions.map(ReportDecisions.decision))),
            ("recent_decisions", ReportDecisions.recent(plan.decisions, asOf: asOf)),
        ])
    }

    /// A `draft` with the slug of its page (`slug`.html in a multi-page
    /// report) after its id, its file's findings last, and their count in `counts`.
    static func completed(_ draft: JSONValue, slug: String, findings: [Finding], as writer: ReportFindings) -> JSONValue {
        guard case .object(var members) = draft else { return draft }
        for index in members.indices where members[index].0 == "counts" {
            if case .object(let counts) = members[index].1 {
                members[index].1 = .object(counts + [("findings", ReportFindings.counts(findings))])
            }
        }
        members.insert(("slug", .string(slug)), at: 1)
        members.append(("findings", .array(findings.map(writer.finding))))
        return .object(members)
    }

    private func period(model period: Period) -> JSONValue {
        .object([
            ("label", .string(period.label)), ("start", .string(period.start.description)),
            ("end", .string(period.end.description)),
            ("elapsed", ReportValues.rounded(period.fractionElapsed(at: asOf))),
            ("elapsed_percent", .integer(Int((period.fractionElapsed(at: asOf) * 100).rounded()))),
        ])
    }

    /// How many key results are on track, at risk and off track, how many KPIs
    /// are out of range or triggered, and how many milestones are overdue or
    /// due this week (`completed` adds the findings by severity).
    private func counts(objectives: [JSONValue], kpis: [JSONValue], milestones: [ReportStatus]) -> JSONValue {
        let keyResults = objectives.flatMap { objective -> [JSONValue] in
            if case .array(let items)? = objective["key_results"] { return items }
            return []
        }
        let krStatuses = keyResults.map { $0["status"] }
        let kpiStatuses = kpis.map { $0["status"] }
        func count(_ statuses: [JSONValue?], _ ids: String...) -> JSONValue {
            .integer(statuses.count { status in ids.contains { status == .string($0) } })
        }
        return .object([
            ("objectives", .integer(objectives.count)), ("key_results", .integer(keyResults.count)),
            ("on_track", count(krStatuses, "on-track")), ("at_risk", count(krStatuses, "at-risk")),
            ("off_track", count(krStatuses, "off-track")),
            ("kpis", .integer(kpis.count)), ("kpis_out_of_range", count(kpiStatuses, "out-of-range", "triggered")),
            ("milestones", .integer(milestones.count)),
            ("milestones_overdue", .integer(milestones.count { $0.id == "overdue" })),
            ("milestones_due_this_week", .integer(milestones.count { $0.id == "due-this-week" })),
        ])
    }
}
