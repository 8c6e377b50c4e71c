/// `milestone/vague`: a milestone that names an activity or a phase, not a checkable result.
public struct VagueMilestone: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/vague", defaultSeverity: .warning,
        summary: "The milestone names an activity or a phase, not a checkable result.",
        rationale: """
            A milestone is a date on which something specific exists, so that others can plan around \
            it and anyone can check whether it happened. "Review policy", "Work on CRM" or "Phase 2" \
            say what people will be busy with, not what will be there on the day, so nobody can tell \
            whether the milestone was met and nobody downstream can rely on it. Write it as evidence: \
            "Policy review published to the wiki", "Phase 2 contracts signed by all three vendors".
            """,
        options: [
            .words("verbs", "Verbs that name an activity when they lead the milestone.", VaguenessHeuristic.Options.standardVagueVerbs),
            .words("phase-words", "Words that name a phase or stage.", VaguenessHeuristic.Options.standardPhaseWords),
            .words("activity-nouns", "Nouns that name an activity (\"review\", \"planning\").", VaguenessHeuristic.Options.standardActivityNouns),
            .words("completion-words", "Words that state a result exists (\"published\", \"live\").", VaguenessHeuristic.Options.standardCompletionWords),
        ],
        examples: [
            RuleExample("""
                id: team
                milestones:
                  - milestone: ⟦Review policy⟧
                    due: 2026-11-15
                  - milestone: ⟦Work on CRM⟧
                    due: 2026-11-30
                  - milestone: ⟦Phase 2⟧
                    due: 2026-12-15
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Policy review published to the wiki
                    due: 2026-11-15
                  - milestone: Phase 2 contracts signed by all three vendors
                    due: 2026-12-15
                """),
        ])

    public let heuristic: VaguenessHeuristic

    public init(options: RuleOptionValues) {
        var words = VaguenessHeuristic.Options.default
        words.vagueVerbs = options.words("verbs")
        words.phaseWords = options.words("phase-words")
        words.activityNouns = options.words("activity-nouns")
        words.completionWords = options.words("completion-words")
        heuristic = VaguenessHeuristic(options: words)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.compactMap { milestone in
            guard let title = milestone.title, let verdict = heuristic.assess(title.value) else { return nil }
            let quoted = "'\(Quote.short(title.value))'"
            let message: String
            let example = Self.suggestions.example(for: title.value)
            switch verdict.reason {
            case .activity(let verb):
                message = "\(quoted) names an activity ('\(verb)'), not a result anyone can check; say what will exist on the date, e.g. '\(example ?? "Policy review published to the wiki")'"
            case .phase(let word):
                message = "\(quoted) names a phase ('\(word)'), not a result; say what will be true when it ends, e.g. 'Phase 2 contracts signed by all three vendors'"
            case .activityNoun(let noun):
                message = "\(quoted) names an activity ('\(noun)'), not a result anyone can check; say what it will produce, e.g. '\(example ?? "CRM workflow updated and live for all agents")'"
            }
            return Self.diagnostic(at: title.span, message)
        }
    }

    /// A checkable result to suggest by the kind of activity, verb or noun.
    static let suggestions = SuggestedExamples([
        (["review", "analyse", "analyze", "analysis", "assess", "assessment", "audit", "evaluate", "evaluation",
          "investigate", "investigation", "research", "explore", "exploration", "discovery", "interview"],
         "Policy review published to the wiki"),
        (["work", "development", "implementation", "migration", "rollout", "upgrade", "redesign", "refactor",
          "rework", "rewrite", "revamp", "overhaul", "improve", "improvement", "enhance", "optimise", "optimize",
          "optimisation", "optimization", "streamline", "refine", "polish", "iterate", "cleanup", "refresh"],
         "CRM workflow updated and live for all agents"),
        (["plan", "prepare", "preparation", "prep", "align", "alignment", "discuss", "brainstorm", "consider",
          "coordinate", "coordination", "sync", "finalise", "finalize", "selection"],
         "Rollout plan signed off by the heads of sales and ops"),
        (["recruitment", "hire", "hiring", "outreach", "engagement", "engage"],
         "Two new agents hired and taking calls on their own"),
    ])
}
