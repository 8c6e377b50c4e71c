/// `kr/activity`: a key result that describes an activity instead of a result.
public struct ActivityKeyResult: PlanRule {
    public static let description = RuleDescription(
        id: "kr/activity", defaultSeverity: .error,
        summary: "The key result describes an activity (\"run workshops\") rather than a result.",
        rationale: """
            A key result proves that the objective landed, so it must describe a result that can be \
            seen or measured, not the work done to get there. "Run customer workshops" can be done in \
            full while nothing changes for customers; "Customers rate onboarding 4.5/5 after the \
            workshops" cannot. Activities belong in weekly goals and project plans. The check reads \
            the phrase, not just its first word: "Run-rate revenue reaches $1M" is a result, and an \
            activity that states the change it must produce ("Run 3 pricing experiments that lift \
            trial conversion from 2% to 3%") is accepted.
            """,
        options: [
            .words("verbs", "Verbs that name an activity when they lead the key result.", ActivityHeuristic.Options.standardActivityVerbs),
            .words("light-verbs", "Verbs that make an activity with a following noun (\"make calls\").", ActivityHeuristic.Options.standardLightVerbs),
            .words("activity-nouns", "Nouns that name activities (\"calls\", \"meetings\").", ActivityHeuristic.Options.standardActivityNouns),
            .words("result-verbs", "Verbs that state a change of a measure (\"reduce\", \"reach\").", ActivityHeuristic.Options.standardResultVerbs),
        ],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: New customers succeed without calling us
                    key_results:
                      - kr: ⟦Run customer workshops⟧
                      - kr: ⟦Hold weekly syncs with sales⟧
                      - kr: Customers rate onboarding 4.5/5 after the workshops
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Partners sell for us
                    key_results:
                      - kr: ⟦Lobby three distributors⟧
                """, options: ["verbs": .words(ActivityHeuristic.Options.standardActivityVerbs + ["lobby"])]),
            RuleExample("""
                id: team
                objectives:
                  - objective: Revenue we can plan on
                    key_results:
                      - kr: Run-rate revenue reaches $1M
                      - kr: Cut repeat order changes from 120 to 90 a month
                """),
        ])

    public let heuristic: ActivityHeuristic

    public init(options: RuleOptionValues) {
        var words = ActivityHeuristic.Options.default
        words.activityVerbs = options.words("verbs")
        words.lightVerbs = options.words("light-verbs")
        words.activityNouns = options.words("activity-nouns")
        words.resultVerbs = options.words("result-verbs")
        heuristic = words == .default ? .standard : ActivityHeuristic(options: words)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.keyResults.compactMap { keyResult in
            guard let title = keyResult.title, let verdict = heuristic.assess(title.value) else { return nil }
            let example = Self.suggestions.example(for: title.value) ?? "Workshop attendees rate onboarding 4.5/5, up from 3.8"
            return Self.diagnostic(
                at: title.span,
                "'\(Quote.short(title.value))' is an activity ('\(verdict.verbPhrase)'), not a result; state the change it should produce, as a measure moving from a baseline to a target, e.g. '\(example)'")
        }
    }

    /// A result to suggest by the kind of activity; events and training get the workshop example.
    static let suggestions = SuggestedExamples([
        (["call", "email", "visit", "contact", "demo", "outreach", "pitch", "send"],
         "Trial cafés that become paying accounts rise from 12% to 18%"),
        (["analyse", "analyze", "assess", "audit", "evaluate", "explore", "investigate", "research", "review", "study",
          "interview", "monitor", "track"],
         "Orders with a pricing error fall from 4% to 1%"),
        (["support", "help", "assist", "maintain", "respond", "ensure", "keep", "work", "continue", "focus"],
         "Tickets resolved at first contact rise from 45% to 70%"),
        (["plan", "prepare", "brainstorm", "discuss", "coordinate", "collaborate", "sync", "start", "begin", "try"],
         "Orders placed through the new flow reach 30% of all orders, up from 0%"),
    ])
}
