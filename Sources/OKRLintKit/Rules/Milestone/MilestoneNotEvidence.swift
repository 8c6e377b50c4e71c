/// `milestone/not-evidence`: a milestone not written as evidence of what exists once it is done.
public struct MilestoneNotEvidence: PlanRule {
    public static let description = RuleDescription(
        id: "milestone/not-evidence", defaultSeverity: .info,
        summary: "The milestone is not written as evidence; suggests the past-tense form.",
        rationale: """
            A milestone is checked on its date by asking whether it is true. Written as evidence, in \
            the past tense ("Partner portal launched", "Policy published and brief delivered"), the \
            question answers itself and the line can be ticked off or not. Written as a command \
            ("Publish the matrix"), an event ("Launch of the partner portal") or a bare thing \
            ("New pricing page"), it leaves room to argue about what counts as done. The message \
            gives the past-tense form when the words allow it. A vague milestone is reported by \
            `milestone/vague` instead.
            """,
        options: [
            .words("completion-words", "Words that state a result exists (\"published\", \"live\").", VaguenessHeuristic.Options.standardCompletionWords),
        ],
        yieldsTo: ["milestone/vague"],
        examples: [
            RuleExample("""
                id: team
                milestones:
                  - milestone: ⟦Publish the discount approval matrix⟧
                    due: 2026-11-15
                  - milestone: ⟦Launch of the partner portal⟧
                    due: 2026-11-30
                """),
            RuleExample("""
                id: team
                milestones:
                  - milestone: Discount approval matrix published
                    due: 2026-11-15
                  - milestone: Partner portal live for all resellers
                    due: 2026-11-30
                """),
        ])

    public let heuristic: EvidenceHeuristic

    public init(options: RuleOptionValues) {
        var words = EvidenceHeuristic.Options.default
        words.completionWords = options.words("completion-words")
        heuristic = EvidenceHeuristic(options: words)
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.milestones.compactMap { milestone in
            guard let title = milestone.title, let verdict = heuristic.assess(title.value) else { return nil }
            let advice = verdict.suggestion.map { ": '\($0)'" } ?? ", e.g. 'Partner portal launched'"
            return Self.diagnostic(
                at: title.span,
                "'\(Quote.short(title.value))' is not written as evidence; say what will exist once it is done, in the past tense\(advice)")
        }
    }
}
