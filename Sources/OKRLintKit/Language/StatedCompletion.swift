/// Recognises the part of a phrase that says something is done or holds: a past participle used
/// as a predicate ("policy published and brief delivered", "contracts signed by all three vendors")
/// or a state word after what it describes ("pricing page live", "MVP in production"). "Go live" and
/// "goes live" name the event, not the state ("went live" says it happened). Shared by the milestone heuristics.
struct StatedCompletion: Sendable {
    private static let eventVerbs: Set<String> = ["go", "goes", "going"]

    private let completionWords: PhraseList

    /// - Parameter completionWords: words that say something exists or holds ("live", "in place").
    init(completionWords: [String]) {
        self.completionWords = PhraseList(completionWords)
    }

    /// The tokens of the first statement of completion at or after `start`, if any.
    func statement(in phrase: TokenizedPhrase, from start: Int) -> Range<Int>? {
        for index in phrase.tokens.indices where index >= start {
            if phrase.isPredicateParticiple(at: index) { return index..<(index + 1) }
            if let state = completionWords.match(phrase.tokens, at: index),
               phrase.endsItsRun(at: state.tokens.upperBound - 1),
               index == 0 || !Self.eventVerbs.contains(phrase.tokens[index - 1].normalized) {
                return state.tokens
            }
        }
        return nil
    }
}
