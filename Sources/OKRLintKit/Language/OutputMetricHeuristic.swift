/// Decides whether a key result counts outputs (what the team produces, or the top of a funnel:
/// "Grow weekly signups from 450 to 700", "Publish 24 blog posts", "2,000 outreach emails sent")
/// rather than the outcome those outputs serve.
///
/// The counted thing is the noun phrase after a leading verb of growth or production ("Grow",
/// "Publish", "Book"), the subject of a rising verb ("Weekly signups grow …"), or a phrase that
/// starts with its amount ("12 case studies published"). It is an output when its head noun, past
/// any participle after it ("demos booked"), is an output noun; when an output noun names what its
/// head is the audience of ("webinar attendees", "newsletter readers", "the mailing list"); or when
/// a verb of production counts it ("Ship 30 bug fixes", "Hold 12 open days") or follows it as a
/// participle ("product tours started"): whatever a team makes thirty of is its output. It is not when the key result brings something down ("Cut cost
/// per lead"), sets a share, a level or a ceiling ("from 45% to 70%", "under £20 each"), or
/// qualifies the outputs by their effect ("signups that convert", "leads converted into customers").
public struct OutputMetricHeuristic: Sendable {
    /// The counted phrase: its tokens up to the last participle, and its head noun.
    private struct Counted {
        let tokens: Range<Int>
        let head: Int
    }

    private static let relativePronouns: Set<String> = ["that", "who", "which", "whose"]
    /// Collective nouns for the people an output reaches ("mailing list", "podcast audience").
    private static let audienceCollectives: Set<String> = [
        "attendance", "audience", "community", "following", "list", "readership", "viewership",
    ]
    /// Endings of plural agent nouns ("attendees", "readers", "listeners", "registrants").
    private static let agentPluralEndings = ["ees", "ers", "ors", "ants", "ents"]
    private static let ceilings = PhraseList([
        "under", "below", "less than", "fewer than", "at most", "no more than", "<", "≤",
    ])
    /// Nouns that stand for the count of what follows them with "of" ("the number of demos").
    private static let quantityNouns: Set<String> = ["number", "count", "volume", "total", "amount", "quantity"]

    private let leadIns: PhraseList
    private let outputNouns: PhraseList
    private let leadingVerbs: PhraseList
    private let producingVerbs: PhraseList
    private let producedParticiples: Set<String>
    private let risingForms: Set<String>
    private let fallingForms: Set<String>

    public init(options: Options = .default) {
        leadIns = PhraseList(options.leadIns)
        outputNouns = PhraseList.nouns(options.outputNouns)
        leadingVerbs = PhraseList(options.risingVerbs + options.producingVerbs) { [$0] + WordForms.gerunds(of: $0) }
        producingVerbs = PhraseList(options.producingVerbs) { [$0] + WordForms.gerunds(of: $0) }
        producedParticiples = Set(options.producingVerbs.map { WordForms.pastParticiple(of: $0.lowercased()) })
        risingForms = Set(options.risingVerbs.map { $0.lowercased() }.flatMap(WordForms.inflections))
        fallingForms = Set(options.fallingVerbs.map { $0.lowercased() }.flatMap(WordForms.inflections))
    }

    /// The outputs the key result counts, or nil when it measures an outcome.
    public func assess(_ text: String) -> OutputMetricVerdict? {
        let phrase = TokenizedPhrase(text)
        let start = phrase.start(skipping: leadIns)
        guard start < phrase.tokens.count, !setsShareOrCeiling(phrase.tokens),
              !fallingForms.contains(phrase.tokens[start].normalized) else { return nil }
        if let objectStart = objectStart(phrase, verbAt: start) {
            let produced = producingVerbs.match(phrase.tokens, at: start) != nil
                && phrase.tokens.indices.contains(objectStart) && isCount(phrase.tokens[objectStart])
            return counted(phrase, from: objectStart, produced: produced).map { verdict(phrase, $0) }
        }
        guard let counted = counted(phrase, from: start, produced: false) else { return nil }
        let amountFirst = phrase.tokens[start].isNumber
        return amountFirst || risesAfter(phrase, counted) ? verdict(phrase, counted) : nil
    }

    private func verdict(_ phrase: TokenizedPhrase, _ counted: Counted) -> OutputMetricVerdict {
        let written = phrase.written(counted.tokens)
        return OutputMetricVerdict(outputs: written.text, range: written.range)
    }

    /// Where the object of a leading verb starts: after a listed verb, or after any word followed
    /// by an amount or a determiner ("Onboard 50 cafés"); nil when the phrase starts with its subject.
    private func objectStart(_ phrase: TokenizedPhrase, verbAt start: Int) -> Int? {
        if let verb = leadingVerbs.match(phrase.tokens, at: start) { return verb.tokens.upperBound }
        let next = start + 1
        guard phrase.isContentWord(at: start), next < phrase.tokens.count else { return nil }
        let following = phrase.tokens[next]
        return following.isNumber || FunctionWords.determiners.contains(following.normalized) ? next : nil
    }

    /// The output phrase counted from `start` (past amounts, determiners and "the number of"), or
    /// nil when it names no output (see `isOutput`) or its effect qualifies it: a relative clause
    /// ("signups that convert") or a participle followed by "into" ("leads converted into customers").
    /// `produced`: a verb of production counts the phrase, which makes it an output whatever its noun;
    /// so does the participle of one after its head ("tours started").
    private func counted(_ phrase: TokenizedPhrase, from start: Int, produced: Bool) -> Counted? {
        let tokens = phrase.tokens
        var index = start
        while index < tokens.count {
            let word = tokens[index].normalized
            if tokens[index].isNumber || word == "of" || FunctionWords.determiners.contains(word)
                || NumberWords.cardinals.contains(word) {
                index += 1
            } else if Self.quantityNouns.contains(word), index + 1 < tokens.count, tokens[index + 1].normalized == "of" {
                index += 2
            } else {
                break
            }
        }
        let runStart = index
        var head: Int?
        var produced = produced
        while phrase.isContentWord(at: index) {
            let word = tokens[index].normalized
            if index > runStart && (risingForms.contains(word) || fallingForms.contains(word)) { break }
            if head == nil || !WordForms.isParticiple(word) {
                head = index
            } else if producedParticiples.contains(word) {
                produced = true
            }
            index += 1
        }
        guard let head, produced || isOutput(tokens, head: head, from: runStart) else { return nil }
        if index < tokens.count {
            let next = tokens[index].normalized
            if Self.relativePronouns.contains(next) || (next == "into" && head < index - 1) { return nil }
        }
        return Counted(tokens: runStart..<index, head: head)
    }

    /// Whether the run from `runStart` to `head` names outputs: its head is an output noun, or an
    /// output noun before it names what the head is the audience of ("webinar attendees").
    private func isOutput(_ tokens: [WordToken], head: Int, from runStart: Int) -> Bool {
        if outputNouns.match(tokens, endingAt: head + 1, from: runStart) != nil { return true }
        let word = tokens[head].normalized
        let isAudience = Self.audienceCollectives.contains(word) || Self.agentPluralEndings.contains { word.hasSuffix($0) }
        return isAudience && (runStart..<head).contains { outputNouns.match(tokens, endingAt: $0 + 1, from: runStart) != nil }
    }

    /// A plain count of things ("30", "1,500", "twelve"), not money, a share or a duration.
    private func isCount(_ token: WordToken) -> Bool {
        token.isNumber ? token.text.allSatisfy { $0.isNumber || $0 == "," } : NumberWords.cardinals.contains(token.normalized)
    }

    /// Whether the first verb of change after the counted subject makes it rise.
    private func risesAfter(_ phrase: TokenizedPhrase, _ counted: Counted) -> Bool {
        for token in phrase.tokens[counted.tokens.upperBound...] {
            if risingForms.contains(token.normalized) { return true }
            if fallingForms.contains(token.normalized) { return false }
        }
        return false
    }

    /// A percentage other than a change ("by 40%") is a share or a level; a ceiling keeps a count down.
    private func setsShareOrCeiling(_ tokens: [WordToken]) -> Bool {
        tokens.indices.contains { index in
            if tokens[index].isPercent { return index == 0 || tokens[index - 1].normalized != "by" }
            guard let ceiling = Self.ceilings.match(tokens, at: index) else { return false }
            return ceiling.tokens.upperBound < tokens.count && tokens[ceiling.tokens.upperBound].isNumber
        }
    }
}
