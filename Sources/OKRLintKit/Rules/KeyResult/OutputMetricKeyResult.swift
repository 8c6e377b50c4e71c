/// `kr/output-metric`: a key result that counts outputs rather than the outcome they serve.
public struct OutputMetricKeyResult: PlanRule {
    public static let description = RuleDescription(
        id: "kr/output-metric", defaultSeverity: .info,
        summary: "The key result counts outputs (emails sent, posts, signups) rather than the outcome they serve.",
        rationale: """
            Outputs are what a team produces (emails sent, posts published, calls made, tickets \
            closed; whatever a team makes a count of, such as "Ship 30 bug fixes") or the top of a \
            funnel (signups, leads, downloads, the audience of an output such as webinar attendees). \
            They are easy to push up and \
            say little on their own: a thousand more signups that never pay leave the objective where \
            it was. A key result should count what the outputs are for: paying accounts, retained \
            customers, a faster resolution. Shares and rates ("tickets closed at first contact from \
            45% to 70%") and outputs qualified by their effect ("signups that convert to paid") are \
            outcomes. When the key result is an activity as well ("Send 2,000 emails"), only \
            `kr/activity` is reported.
            """,
        options: [
            .words("output-nouns", "Things a team produces or the top of a funnel (\"email\", \"signup\").", OutputMetricHeuristic.Options.standardOutputNouns),
        ],
        yieldsTo: ["kr/activity"],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: Self-serve becomes a real sales channel
                    key_results:
                      - kr: ⟦Grow weekly signups from 450 to 700⟧
                      - kr: ⟦Publish 24 blog posts⟧
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Self-serve becomes a real sales channel
                    key_results:
                      - kr: Raise signups that become paying accounts from 40 to 90 a month
                      - kr: Raise tickets closed at first contact from 45% to 70%
                """),
        ])

    public let heuristic: OutputMetricHeuristic

    public init(options: RuleOptionValues) {
        var words = OutputMetricHeuristic.Options.default
        words.outputNouns = options.words("output-nouns")
        heuristic = OutputMetricHeuristic(options: words)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.keyResults.compactMap { keyResult in
            guard let title = keyResult.title, let verdict = heuristic.assess(title.value) else { return nil }
            let example = Self.suggestions.example(for: verdict.outputs) ?? "Raise signups that become paying accounts from 40 to 90 a month"
            return Self.diagnostic(
                at: title.span,
                "'\(Quote.short(title.value))' counts outputs ('\(verdict.outputs)') rather than the outcome they serve; measure what they should lead to, e.g. '\(example)'")
        }
    }

    /// An outcome to suggest by the kind of output; the top of a funnel gets the paying-accounts example.
    static let suggestions = SuggestedExamples([
        (["email", "call", "message", "meeting", "demo", "proposal", "quote", "outreach", "touchpoint"],
         "Raise the share of demos that turn into a signed deal from 15% to 25%"),
        (["post", "article", "blog", "video", "episode", "podcast", "newsletter", "whitepaper", "page", "report",
          "study", "ebook", "mention"],
         "Raise readers who start a trial from 1% to 3%"),
        (["ticket", "fix", "feature", "release", "commit", "pull", "story", "update"],
         "Cut support tickets per 100 orders from 12 to 6"),
        (["event", "webinar", "workshop", "attendee", "session"],
         "Raise webinar attendees who start a trial from 5% to 12%"),
    ])
}
