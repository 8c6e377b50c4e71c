/// `weekly/format`: a weekly goal without a date, an owner, an outcome or the evidence.
public struct WeeklyGoalFormat: PlanRule {
    public static let description = RuleDescription(
        id: "weekly/format", defaultSeverity: .warning,
        summary: "The weekly goal lacks a date, an owner, an outcome or the evidence.",
        rationale: """
            A weekly goal is a small promise that others plan around, so it needs the four parts of \
            "By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]". \
            Without a date nobody knows when to look, without an owner nobody answers for it, an \
            activity ("will run three workshops") can be done without anything changing, and without \
            evidence the end of the week turns into a debate instead of a glance. The sentence and the \
            structured form (`by`, `owner`, `deliver`, `evidence`) are read alike; in YAML the goal's \
            `owner` field is its owner.
            """,
        options: [
            .words("evidence-markers", "Words besides \"evidenced by\" that introduce the evidence (\"visible in\").", WeeklyGoalForm.Options.standardEvidenceMarkers),
        ],
        examples: [
            RuleExample("""
                id: team
                weekly:
                  - week: 2026-W44
                    owner: noor
                    goal: ⟦By 2026-10-30, noor will deliver the carrier comparison for the Leeds rounds.⟧
                  - week: 2026-W44
                    owner: felix
                    goal: ⟦By Thursday, felix will run three onboarding workshops, evidenced by the sign-in sheets.⟧
                  - week: 2026-W44
                    owner: gita
                    by: 2026-10-29
                    deliver: ⟦Friday rounds re-planned to fill vans above 75%⟧
                """),
            RuleExample("""
                id: team
                weekly:
                  - week: 2026-W44
                    owner: lee
                    goal: By Friday, lee will deliver fewer than ten tickets older than seven days, evidenced by the ticket-age dashboard.
                  - week: 2026-W44
                    owner: sam
                    by: 2026-10-30
                    deliver: CRM workflow tested end to end on five real cases
                    evidence: test log attached to ticket OPS-412
                """),
        ])

    /// How each part is named in a message, and the key that holds it in the structured form.
    private static let wording: [WeeklyGoalPart: (noun: String, key: String)] = [
        .date: ("a date", "by"), .owner: ("an owner", "owner"), .outcome: ("an outcome", "deliver"),
        .evidence: ("the evidence", "evidence"),
    ]

    public let form: WeeklyGoalForm

    public init(options: RuleOptionValues) {
        var words = WeeklyGoalForm.Options.default
        words.evidenceMarkers = options.words("evidence-markers")
        form = WeeklyGoalForm(options: words)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.weekly.compactMap { goal in
            guard !goal.hasInvalidValue(for: "goal"), let verdict = form.assess(
                sentence: goal.goal?.value, parsed: goal.sentence, week: goal.week?.value, fields: fields(of: goal)) else { return nil }
            return Self.diagnostic(at: goal.anchorSpan, message(for: goal, verdict))
        }
    }

    /// The structured fields; a value written but malformed counts as given (it is a `schema/type` finding).
    private func fields(of goal: WeeklyGoal) -> WeeklyGoalFields {
        WeeklyGoalFields(
            hasDate: goal.by != nil || goal.hasInvalidValue(for: "by"),
            hasOwner: goal.owner != nil || goal.hasInvalidValue(for: "owner"),
            deliver: goal.deliver?.value ?? (goal.hasInvalidValue(for: "deliver") ? "" : nil),
            hasEvidence: goal.evidence != nil || goal.hasInvalidValue(for: "evidence"))
    }

    private func message(for goal: WeeklyGoal, _ verdict: WeeklyGoalFormVerdict) -> String {
        let parts = verdict.missing.map { part in
            let noun = Self.wording[part]!.noun
            guard part == .outcome, let verb = verdict.activity else { return noun }
            return "\(noun) ('\(verb)' names an activity)"
        }
        let lacks = ListPhrase.joined(parts)
        guard let sentence = goal.goal else {
            let keys = ListPhrase.joined(verdict.missing.map { "`\(Self.wording[$0]!.key):`" })
            return "the weekly goal lacks \(lacks); add \(keys), so it reads 'By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]'"
        }
        return "weekly goal '\(Quote.short(sentence.value))' lacks \(lacks); write it as 'By [date], [owner] will deliver [outcome], evidenced by [thing we can see or count]'"
    }
}
