/// Decides whether a milestone is written as evidence: what exists or holds once it is done,
/// ideally in the past tense ("Partner portal launched", "Policy published and brief delivered",
/// "Pricing page live", "MVP in production", "Signed the lease for the Leeds depot").
///
/// It is evidence when a participle or state word serves as its predicate (see `StatedCompletion`)
/// or a past-tense verb takes its object ("Zero Trust access replaced the legacy VPN"). It is not
/// when it is a command ("Publish the matrix signed by the board": a base-form verb before its
/// object), a promise ("Portal will be launched", "System to be installed"), an event noun ("Launch
/// of the partner portal", "Board approval of the budget") or a bare thing ("New pricing page").
/// Vague milestones are not evidence either; `milestone/vague` reports those more strongly.
public struct EvidenceHeuristic: Sendable {
    /// Auxiliaries that put a participle in the future ("will be launched", "to be installed").
    private static let promises = PhraseList([
        "will be", "will have been", "shall be", "to be", "is to be", "are to be", "going to be", "should be", "must be",
    ])

    private let leadIns: PhraseList
    private let completion: StatedCompletion
    private let rewrite: PastTenseRewrite

    public init(options: Options = .default) {
        leadIns = PhraseList(options.leadIns)
        completion = StatedCompletion(completionWords: options.completionWords)
        rewrite = PastTenseRewrite(deliverableVerbs: options.deliverableVerbs)
    }

    /// How to write the milestone as evidence, or nil when it already is.
    public func assess(_ text: String) -> EvidenceVerdict? {
        let phrase = TokenizedPhrase(text)
        let start = phrase.start(skipping: leadIns)
        guard start < phrase.tokens.count else { return nil }
        if let promise = promise(in: phrase, from: start) {
            return EvidenceVerdict(suggestion: rewrite.dropping(promise, from: phrase))
        }
        if !isCommand(phrase, at: start)
            && (completion.statement(in: phrase, from: start) != nil || hasPastVerbWithObject(phrase, from: start)) {
            return nil
        }
        return EvidenceVerdict(suggestion: rewrite.pastTense(of: phrase, from: start))
    }

    /// An auxiliary of the future right before a participle.
    private func promise(in phrase: TokenizedPhrase, from start: Int) -> Range<Int>? {
        for index in phrase.tokens.indices where index >= start {
            if let match = Self.promises.match(phrase.tokens, at: index),
               match.tokens.upperBound < phrase.tokens.count,
               WordForms.isParticiple(phrase.tokens[match.tokens.upperBound].normalized) {
                return match.tokens
            }
        }
        return nil
    }

    /// A base form before its object: "Publish the matrix", "Finalise the 2027 price list".
    private func isCommand(_ phrase: TokenizedPhrase, at start: Int) -> Bool {
        let next = start + 1
        guard phrase.isContentWord(at: start), next < phrase.tokens.count else { return false }
        return !WordForms.isParticiple(phrase.tokens[start].normalized)
            && FunctionWords.determiners.contains(phrase.tokens[next].normalized)
    }

    /// A past-tense verb before its object: "Signed the lease", "access replaced the legacy VPN".
    private func hasPastVerbWithObject(_ phrase: TokenizedPhrase, from start: Int) -> Bool {
        phrase.tokens.indices.contains { index in
            index >= start && index + 1 < phrase.tokens.count && phrase.tokens[index].isWord
                && WordForms.isParticiple(phrase.tokens[index].normalized)
                && (FunctionWords.determiners.contains(phrase.tokens[index + 1].normalized) || phrase.tokens[index + 1].isNumber)
        }
    }
}
