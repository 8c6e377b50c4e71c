/// One plan in the JSON report: its header, its items with computed progress
/// and status, this week's goals, recent decisions, its file's findings and
/// counts for an overview.
struct ReportPlan {
    let asOf: CalendarDate
    let margins: ProgressMargins
    let findings: ReportFindings

    /// The plan of `file`, whose page is `slug`.html in a multi-page report.
    func json(_ file: CompiledFile, plan: Plan, slug: String, findings fileFindings: [Finding]) -> JSONValue {
        let model = ProgressModel(plan: plan, asOf: asOf, margins: margins)
        let timeline = ReportTimeline(plan: plan, asOf: asOf)
        let milestones = ReportMilestones(asOf: asOf, timeline: timeline)
        let weekly = ReportWeekly(week: asOf.isoWeek)
        let objectives = plan.objectives.map(ReportKeyResults(model: model).objective)
        let kpis = plan.kpis.map(ReportKPIs(model: model).kpi)
        return .object([
            ("id", .string(file.planID)), ("slug", .string(slug)), ("file", .string(file.source.path)),
            ("title", ReportValues.text(plan.title)), ("team", ReportValues.text(plan.team)),
            ("owner", ReportValues.text(plan.owner)), ("team_size", plan.teamSize.map { .integer($0.value) } ?? .null),
            ("period", plan.period.map { period(model: $0.value) } ?? .null),
            ("review_by", ReportValues.date(plan.reviewBy?.value)), ("aligns_to", ReportValues.references(plan.alignsTo)),
            ("counts", counts(objectives: objectives, kpis: kpis, milestones: plan.milestones.map(milestones.status), findings: fileFindings)),
            ("objectives", .array(objectives)), ("kpis", .array(kpis)),
            ("milestones", .array(plan.milestones.map(milestones.milestone))),
            ("timeline", timeline?.json ?? .null),
            ("weekly", .array(plan.weekly.map(weekly.goal))), ("this_week", weekly.thisWeek(plan.weekly)),
            ("decisions", .array(plan.decisions.map(ReportDecisions.decision))),
            ("recent_decisions", ReportDecisions.recent(plan.decisions, asOf: asOf)),
            ("findings", .array(fileFindings.map(findings.finding))),
        ])
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
    /// are out of range or triggered, how many milestones are overdue or due
    /// this week, and the findings by severity.
    private func counts(objectives: [JSONValue], kpis: [JSONValue], milestones: [ReportStatus], findings: [Finding]) -> JSONValue {
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
            ("findings", ReportFindings.counts(findings)),
        ])
    }
}
