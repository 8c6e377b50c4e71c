/// Decides whether a key result is a deliverable ("Launch the partner portal", "Publish 12 blog
/// posts", "Hire a Head of Sales", "Partner portal launched") rather than a measured outcome.
///
/// A key result that states a result (a change from a baseline to a target, a threshold, a rating,
/// a level, a result verb with its amount; see `StatedResult`) is an outcome, whatever else it
/// says: "Launch the partner portal and reach 200 active partners". Otherwise it is a deliverable
/// when a deliverable verb leads it, when it is written as something done or in place, or when it
/// names no measure at all: no amount, no number word, no verb of change ("New returns portal").
/// A key result led by a verb of change without an amount ("Double the share of app orders") is an
/// outcome. Counting deliverables ("Hire 5 engineers") does not make them an outcome.
public struct DeliverableHeuristic: Sendable {
    private let leadIns: PhraseList
    private let deliverableVerbs: PhraseList
    private let statedResult: StatedResult
    private let completion: StatedCompletion

    public init(options: Options = .default) {
        leadIns = PhraseList(options.leadIns)
        deliverableVerbs = PhraseList(options.deliverableVerbs)
        statedResult = StatedResult(
            resultVerbs: options.resultVerbs,
            attainmentVerbs: ActivityHeuristic.Options.standardAttainmentVerbs,
            targetNouns: ActivityHeuristic.Options.standardTargetNouns)
        completion = StatedCompletion(completionWords: options.completionWords)
    }

    /// Why the key result is a deliverable, or nil when it states a measured outcome.
    public func assess(_ text: String) -> DeliverableVerdict? {
        let phrase = TokenizedPhrase(text)
        let start = phrase.start(skipping: leadIns)
        guard start < phrase.tokens.count,
              !statedResult.isStated(in: phrase, verb: "", verbEnd: start) else { return nil }
        if let verb = deliverableVerbs.match(phrase.tokens, at: start) {
            return DeliverableVerdict(reason: .command(phrase.written(verb.tokens).text))
        }
        if statedResult.isResultVerbForm(phrase.tokens[start].normalized) { return nil }
        if let done = completion.statement(in: phrase, from: start) {
            return DeliverableVerdict(reason: .completed(phrase.written(done).text))
        }
        return namesAMeasure(phrase, from: start) ? nil : DeliverableVerdict(reason: .unmeasured)
    }

    /// An amount, a number word or a verb of change anywhere in the phrase.
    private func namesAMeasure(_ phrase: TokenizedPhrase, from start: Int) -> Bool {
        phrase.tokens[start...].contains { token in
            token.isNumber || NumberWords.cardinals.contains(token.normalized)
                || NumberWords.multipliers.contains(token.normalized) || statedResult.isResultVerbForm(token.normalized)
        }
    }
}
