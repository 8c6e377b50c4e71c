/// Decides whether a key result describes an activity ("Run customer workshops") rather than
/// a result ("Customers rate onboarding 4.5/5 after the workshops").
///
/// A key result is an activity when, after an optional lead-in ("To", "We will"), it starts with an
/// activity verb in the imperative or "-ing" form ("Hold", "Running", "Work on"), or with a light
/// verb whose object is an activity ("Make 50 cold calls", "Set up fortnightly demos"), and nothing
/// in it states a result.
/// A result is stated by a change from a baseline to a target, a threshold, a rating, a level or a
/// result verb with its amount (see `Options.resultVerbs`). A phrase whose first word is followed
/// by its own predicate uses that word as a noun ("Support tickets resolved within 24h…",
/// "Training completed by 100% of managers"), so it is not an activity either. Counting an activity
/// ("Conduct 12 user interviews") does not make it a result; deliverables ("Launch the partner
/// portal") are not activities.
public struct ActivityHeuristic: Sendable {
    /// Verbs that take an object and its complement ("keep stakeholders informed"): a participle
    /// after their object completes the verb; it is not the object's own predicate.
    private static let complementVerbs: Set<String> = ["keep", "get", "have", "make", "leave"]

    private let leadIns: PhraseList
    private let activityVerbs: PhraseList
    private let lightVerbs: PhraseList
    private let activityNouns: Set<String>
    private let statedResult: StatedResult

    /// The heuristic with the default word lists, built once: the rules that
    /// ask about activities with no word lists of their own share it.
    public static let standard = ActivityHeuristic()

    public init(options: Options = .default) {
        let verbForms = { (verb: String) in [verb] + WordForms.gerunds(of: verb) }
        leadIns = PhraseList(options.leadIns)
        activityVerbs = PhraseList(options.activityVerbs, firstWordForms: verbForms)
        lightVerbs = PhraseList(options.lightVerbs, firstWordForms: verbForms)
        activityNouns = Set(options.activityNouns.map { $0.lowercased() }.flatMap(WordForms.nounForms))
        statedResult = StatedResult(
            resultVerbs: options.resultVerbs,
            attainmentVerbs: options.attainmentVerbs,
            targetNouns: options.targetNouns
        )
    }

    /// The activity the key result describes, or nil when it states a result.
    public func assess(_ text: String) -> ActivityVerdict? {
        let phrase = TokenizedPhrase(text)
        let start = phrase.start(skipping: leadIns)
        if let verb = activityVerbs.match(phrase.tokens, at: start) {
            if verb.tokens.count == 1 && !Self.complementVerbs.contains(verb.entry)
                && isNounWithPredicate(phrase, head: start) {
                return nil
            }
            return activityUnlessResultStated(phrase, verb: verb, span: verb.tokens)
        }
        if let verb = lightVerbs.match(phrase.tokens, at: start),
           let object = phrase.nounPhraseHead(from: verb.tokens.upperBound),
           activityNouns.contains(phrase.tokens[object].normalized) {
            return activityUnlessResultStated(phrase, verb: verb, span: verb.tokens.lowerBound..<(object + 1))
        }
        return nil
    }

    /// The activity named by `span`, unless the rest of the phrase says what it achieves.
    private func activityUnlessResultStated(
        _ phrase: TokenizedPhrase, verb: PhraseList.Match, span: Range<Int>
    ) -> ActivityVerdict? {
        if statedResult.isStated(in: phrase, verb: verb.entry, verbEnd: verb.tokens.upperBound) { return nil }
        let written = phrase.written(span)
        return ActivityVerdict(verbPhrase: written.text, range: written.range)
    }

    /// Whether the first word modifies the nouns after it, which are followed by their own verb:
    /// "Meeting attendance rises…", "Audit findings closed within 30 days".
    private func isNounWithPredicate(_ phrase: TokenizedPhrase, head: Int) -> Bool {
        var index = head + 1
        while phrase.isContentWord(at: index) {
            let word = phrase.tokens[index].normalized
            if phrase.isPredicateParticiple(at: index) { return true }
            if statedResult.isResultVerbForm(word) && !word.hasSuffix("ing") { return true }
            index += 1
        }
        return false
    }
}
