/// Decides whether a milestone names an activity or a phase instead of a checkable result.
///
/// A milestone is vague when it says nothing is done or in a state ("published", "signed", "live",
/// "in production"), and it either starts with a vague verb in the imperative or "-ing" form
/// ("Review policy", "Continuing work on CRM"), or its leading noun phrase is headed by a phase word
/// ("Phase 2", "Design phase") or an activity noun ("Policy review", "CRM work", "Q3 planning").
/// Event nouns are not activities ("Launch of the partner portal", "Phase 1 sign-off"), and neither
/// are deliverables written as commands ("Publish the change policy", "Upgrade the database").
public struct VaguenessHeuristic: Sendable {
    private let leadIns: PhraseList
    private let vagueVerbs: PhraseList
    private let phaseWords: Set<String>
    private let activityNouns: Set<String>
    private let completion: StatedCompletion
    private let nonActivityIngNouns: Set<String>

    public init(options: Options = .default) {
        leadIns = PhraseList(options.leadIns)
        vagueVerbs = PhraseList(options.vagueVerbs) { [$0] + WordForms.gerunds(of: $0) }
        phaseWords = Set(options.phaseWords.map { $0.lowercased() }.flatMap(WordForms.nounForms))
        activityNouns = Set(options.activityNouns.map { $0.lowercased() }.flatMap(WordForms.nounForms))
        completion = StatedCompletion(completionWords: options.completionWords)
        nonActivityIngNouns = Set(options.nonActivityIngNouns.map { $0.lowercased() })
    }

    /// Why the milestone is vague, or nil when it names a checkable result.
    public func assess(_ text: String) -> VaguenessVerdict? {
        let phrase = TokenizedPhrase(text)
        let start = phrase.start(skipping: leadIns)
        guard start < phrase.tokens.count, completion.statement(in: phrase, from: start) == nil else { return nil }
        let head = phrase.nounPhraseHead(from: start)
        if let head, phaseWords.contains(phrase.tokens[head].normalized) {
            return verdict(phrase, head..<(head + 1), reason: VaguenessVerdict.Reason.phase)
        }
        if let verb = vagueVerbs.match(phrase.tokens, at: start) {
            return verdict(phrase, verb.tokens, reason: VaguenessVerdict.Reason.activity)
        }
        if let head, isActivityNoun(phrase.tokens[head].normalized), !isVerbBeforeItsObject(phrase, head) {
            return verdict(phrase, head..<(head + 1), reason: VaguenessVerdict.Reason.activityNoun)
        }
        return nil
    }

    private func verdict(
        _ phrase: TokenizedPhrase, _ span: Range<Int>, reason: (String) -> VaguenessVerdict.Reason
    ) -> VaguenessVerdict {
        let written = phrase.written(span)
        return VaguenessVerdict(reason: reason(written.text), range: written.range)
    }

    /// A leading base form followed by a determiner is a command with its object, not a noun:
    /// "Upgrade the database" is a deliverable, where "Database upgrade" and "Upgrading the
    /// database" are activities.
    private func isVerbBeforeItsObject(_ phrase: TokenizedPhrase, _ head: Int) -> Bool {
        head + 1 < phrase.tokens.count && !WordForms.looksLikeGerund(phrase.tokens[head].normalized)
            && FunctionWords.determiners.contains(phrase.tokens[head + 1].normalized)
    }

    private func isActivityNoun(_ word: String) -> Bool {
        activityNouns.contains(word) || (WordForms.looksLikeGerund(word) && !nonActivityIngNouns.contains(word))
    }
}
