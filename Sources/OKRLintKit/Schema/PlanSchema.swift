/// The goal-file format (SPEC §2.1), declared once: the model builder reads
/// files with these schemas and the JSON Schema generator describes them.
enum PlanSchema {
    static let plan = ItemSchema<Plan>(
        definition: "plan", noun: "plan", summary: "One goal file: a team's plan for a period.",
        fields: [
            .value("version", \.version, .formatVersion, "Format version; only 1 exists."),
            .value("id", \.id, .identifier, "Plan id used in cross-file references; default: the path from the workspace root without .okr.*."),
            .value("title", \.title, .text, "The plan's title."),
            .value("team", \.team, .text, "The team the plan belongs to."),
            .value("owner", \.owner, .text, "Who owns the plan."),
            .value("team_size", \.teamSize, .integer(minimum: 1), "Number of people on the team."),
            .value("period", \.period, .period, "The period the plan covers: YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY or {start, end}."),
            .value("review_by", \.reviewBy, .date, "When the choice of framework is revisited."),
            .list("aligns_to", \.alignsTo, .reference, "Plans or items (plan-id#item-id) this plan serves."),
            .items("objectives", \.objectives, objective, "The plan's objectives (one to three)."),
            .items("kpis", \.kpis, kpi, "Health measures watched on a cadence."),
            .items("milestones", \.milestones, milestone, "Dates on which something specific exists."),
            .items("weekly", \.weekly, weeklyGoal, "One goal per person per week."),
            .items("decisions", \.decisions, decision, "The decision log."),
        ],
        make: Plan.init(span:))

    static let objective = ItemSchema<Objective>(
        definition: "objective", noun: "objective", summary: "A qualitative change that matters this period.",
        required: [["objective"]],
        fields: [
            .value("id", \.id, .identifier, "Id for references."),
            .value("objective", \.title, .text, "One line saying what changes."),
            .value("owner", \.owner, .text, "Who owns the objective."),
            .value("why", \.why, .text, "Why it matters now."),
            .list("aligns_to", \.alignsTo, .reference, "Items of other plans this objective serves."),
            .items("key_results", \.keyResults, keyResult, "Two to four results that prove the objective landed."),
        ],
        make: Objective.init(span:))

    static let keyResult = ItemSchema<KeyResult>(
        definition: "keyResult", noun: "key result", summary: "An outcome that proves the objective landed.",
        required: [["kr"]],
        fields: [
            .value("id", \.id, .identifier, "Id for references."),
            .value("kr", \.title, .text, "The result, stated as an outcome."),
            .value("type", \.type, .choice("key result type"), "metric (default when baseline/target exist) or milestone."),
            .value("baseline", \.baseline, .quantity, "Where the metric starts."),
            .value("target", \.target, .quantity, "Where the metric should end."),
            .value("unit", \.unit, .text, "Unit of the metric."),
            .value("evidence", \.evidence, .text, "Where the result can be seen (report, link)."),
            .value("owner", \.owner, .text, "Who owns the key result."),
            .value("why", \.why, .text, "Why this must move now (required when it promotes a healthy KPI)."),
            .list("tags", \.tags, .text, "Marks such as customer or risk."),
            .value("confidence", \.confidence, .confidence, "0..1, or low / medium / high."),
            .value("weight", \.weight, .weight, "Weight in the objective score."),
            .value("kpi", \.kpi, .reference, "The KPI this key result moves."),
            .series("path", \.path, datedValue, entry: datedEntry, mapSchema: datedMapSchema, "Interim targets on the metric's path."),
            .series("checkins", \.checkins, checkIn, entry: checkInEntry, mapSchema: datedMapSchema, "Progress reports: a list of {date, value} or a map of date: value."),
            .value("due", \.due, .date, "Due date of a milestone key result."),
            .value("done", \.done, .date, "When a milestone key result was done."),
        ],
        make: KeyResult.init(span:))

    static let kpi = ItemSchema<KPI>(
        definition: "kpi", noun: "KPI", summary: "A stable health measure watched on a cadence.",
        required: [["kpi"]],
        fields: [
            .value("id", \.id, .identifier, "Id for references."),
            .value("kpi", \.title, .text, "What is measured."),
            .value("unit", \.unit, .text, "Unit of the measure."),
            .value("healthy", \.healthy, .healthyRange, "The healthy range: 4..6, <= 6, >= 95% or {min, max}."),
            .value("trigger", \.trigger, .trigger, "When to act: \"> 7 for 2 readings\" or {above: 7, for: 2}."),
            .value("owner", \.owner, .text, "Who responds when it drifts."),
            .value("cadence", \.cadence, .choice("cadence"), "How often it is read."),
            .value("source", \.source, .text, "Where the readings come from."),
            .value("reviewed", \.reviewed, .date, "When the KPI itself was last reviewed."),
            .series("readings", \.readings, datedValue, entry: datedEntry, mapSchema: datedMapSchema, "Readings: a map of date: value or a list of {date, value}."),
        ],
        make: KPI.init(span:))

    static let milestone = ItemSchema<Milestone>(
        definition: "milestone", noun: "milestone", summary: "A date on which something specific exists.",
        required: [["milestone"]],
        fields: [
            .value("id", \.id, .identifier, "Id for references."),
            .value("milestone", \.title, .text, "What exists on the date, written as evidence."),
            .value("due", \.due, .date, "Due date."),
            .value("done", \.done, .date, "When it was done."),
            .value("owner", \.owner, .text, "Who owns it."),
            .list("serves", \.serves, .reference, "The objective, key result or KPI it serves."),
            .value("status", \.status, .choice("milestone status"), "planned, done, blocked or dropped."),
            .value("evidence", \.evidence, .text, "Link or file once done."),
            .items("moved", \.moved, move, "Recorded moves of the due date."),
        ],
        make: Milestone.init(span:))

    static let move = ItemSchema<MilestoneMove>(
        definition: "milestoneMove", noun: "milestone move", summary: "A recorded change of a due date.",
        fields: [
            .value("from", \.from, .date, "The old due date."),
            .value("to", \.to, .date, "The new due date."),
            .value("reason", \.reason, .text, "Why it moved."),
            .value("impact", \.impact, .text, "The knock-on effect."),
        ],
        make: MilestoneMove.init(span:))

    static let weeklyGoal = ItemSchema<WeeklyGoal>(
        definition: "weeklyGoal", noun: "weekly goal",
        summary: "One person's goal for one ISO week: a sentence (goal) or the structured form (by, deliver, evidence).",
        required: [["goal", "deliver"]],
        fields: [
            .value("id", \.id, .identifier, "Id for references."),
            .value("week", \.week, .week, "The ISO week, e.g. 2026-W42."),
            .value("owner", \.owner, .text, "Whose goal it is."),
            .value("goal", \.goal, .text, "By DATE, OWNER will deliver OUTCOME, evidenced by EVIDENCE."),
            .value("by", \.by, .date, "Structured form: the date."),
            .value("deliver", \.deliver, .text, "Structured form: the outcome."),
            .value("evidence", \.evidence, .text, "Structured form: what we can see or count."),
            .list("serves", \.serves, .reference, "The objective, key result or KPI it serves."),
        ],
        make: WeeklyGoal.init(span:), complete: { $0.readSentence() })

    static let decision = ItemSchema<Decision>(
        definition: "decision", noun: "decision", summary: "An entry in the decision log.",
        required: [["decision"]],
        fields: [
            .value("id", \.id, .identifier, "Id for references."),
            .value("date", \.date, .date, "When it was decided."),
            .value("decision", \.title, .text, "What was decided."),
            .value("owner", \.owner, .text, "Who decided."),
            .value("why", \.why, .text, "The reasoning."),
        ],
        make: Decision.init(span:))

    static let datedValue = ItemSchema<DatedValue>(
        definition: "datedValue", noun: "dated value", summary: "A value on a date.",
        required: [["date"], ["value"]],
        fields: [
            .value("date", \.date, .date, "The date."),
            .value("value", \.value, .quantity, "The value."),
        ],
        make: DatedValue.init(span:))

    static let checkIn = ItemSchema<CheckIn>(
        definition: "checkIn", noun: "check-in", summary: "A progress report on a date.",
        required: [["date"], ["value"]],
        fields: [
            .value("date", \.date, .date, "The date."),
            .value("value", \.value, .quantity, "The metric's value on that date."),
            .value("confidence", \.confidence, .confidence, "Confidence at that date."),
            .value("note", \.note, .text, "What happened."),
        ],
        make: CheckIn.init(span:))

    /// The map form of dated series: `2026-10-07: 118`.
    static let datedMapSchema = JSONValue.object([
        ("type", "object"),
        ("propertyNames", ValueReader<CalendarDate>.datePattern),
        ("additionalProperties", ValueReader<Quantity>.quantitySchema),
    ])

    static func datedEntry(_ pair: YAMLPair, _ diagnostics: inout [Diagnostic]) -> DatedValue {
        var entry = DatedValue(span: pair.key.span.union(pair.value.span))
        entry.date = located(pair.key, .date, &diagnostics)
        entry.value = located(pair.value, .quantity, &diagnostics)
        return entry
    }

    static func checkInEntry(_ pair: YAMLPair, _ diagnostics: inout [Diagnostic]) -> CheckIn {
        var entry = CheckIn(span: pair.key.span.union(pair.value.span))
        entry.date = located(pair.key, .date, &diagnostics)
        entry.value = located(pair.value, .quantity, &diagnostics)
        return entry
    }

    private static func located<Value>(_ node: YAMLNode, _ reader: ValueReader<Value>, _ diagnostics: inout [Diagnostic]) -> Located<Value>? {
        reader.read(node, &diagnostics).map { Located($0, at: node.span) }
    }
}
