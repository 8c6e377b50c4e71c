/// Turns a milestone that is not written as evidence into the past-tense form, where its words
/// make the rewrite clear: a command ("Publish the discount approval matrix" → "Discount approval
/// matrix published"), an event noun ("Launch of the partner portal" → "Partner portal launched",
/// "Contract signature with the new courier" → "Contract signed with the new courier") or a promise
/// ("Partner portal will be launched" → "Partner portal launched").
struct PastTenseRewrite: Sendable {
    /// Event nouns and the participle that states the event happened.
    private static let eventParticiples: [String: String] = [
        "adoption": "adopted", "approval": "approved", "closure": "closed", "completion": "completed",
        "delivery": "delivered", "deployment": "deployed", "go-live": "live", "hand-over": "handed over",
        "handover": "handed over", "installation": "installed", "kick-off": "kicked off", "kickoff": "kicked off",
        "launch": "launched", "migration": "migrated", "opening": "opened", "publication": "published",
        "release": "released", "renewal": "renewed", "roll-out": "rolled out", "rollout": "rolled out",
        "shipment": "shipped", "sign-off": "signed off", "signature": "signed", "signoff": "signed off",
        "submission": "submitted",
    ]
    /// Verbs whose participle is not built from their first word.
    private static let verbParticiples = ["go live": "live"]
    /// Words before an event noun that say which event, not what it happens to ("First shipment").
    private static let eventModifiers: Set<String> = [
        "final", "first", "formal", "full", "grand", "initial", "new", "official", "second", "soft",
    ]
    private static let articles: Set<String> = ["the", "a", "an"]

    private let deliverableVerbs: PhraseList

    init(deliverableVerbs: [String]) {
        self.deliverableVerbs = PhraseList(deliverableVerbs)
    }

    /// The past-tense form of a command or an event noun starting at `start`, if its words allow one.
    func pastTense(of phrase: TokenizedPhrase, from start: Int) -> String? {
        let tokens = phrase.tokens
        if let head = phrase.nounPhraseHead(from: start), let participle = Self.eventParticiples[tokens[head].normalized] {
            if head + 1 < tokens.count && tokens[head + 1].normalized == "of" {
                let objectEnd = endOfObject(phrase, from: head + 2)
                return sentence(phrase, object: (head + 2)..<objectEnd, participle, restFrom: objectEnd)
            }
            let first = firstWord(phrase, from: start)
            guard first < head, !Self.eventModifiers.contains(tokens[first].normalized) else { return nil }
            return sentence(phrase, object: first..<head, participle, restFrom: head + 1)
        }
        let verbEnd: Int
        let participle: String
        if let verb = deliverableVerbs.match(tokens, at: start) {
            verbEnd = verb.tokens.upperBound
            participle = Self.participle(of: verb.entry)
        } else if start + 1 < tokens.count, phrase.isContentWord(at: start),
                  FunctionWords.determiners.contains(tokens[start + 1].normalized) {
            verbEnd = start + 1
            participle = WordForms.pastParticiple(of: tokens[start].normalized)
        } else {
            return nil
        }
        let objectEnd = endOfObject(phrase, from: verbEnd)
        return sentence(phrase, object: verbEnd..<objectEnd, participle, restFrom: objectEnd)
    }

    /// The phrase without its future auxiliary: "Portal will be launched" → "Portal launched".
    func dropping(_ promise: Range<Int>, from phrase: TokenizedPhrase) -> String? {
        guard promise.lowerBound > 0, promise.upperBound < phrase.tokens.count else { return nil }
        let end = endOfText(phrase)
        return phrase.written(0..<promise.lowerBound).text + " " + phrase.written(promise.upperBound..<end).text
    }

    /// "roll out" → "rolled out", "hire" → "hired", "go live" → "live".
    private static func participle(of verb: String) -> String {
        if let special = verbParticiples[verb] { return special }
        var words = verb.split(separator: " ").map(String.init)
        words[0] = WordForms.pastParticiple(of: words[0])
        return words.joined(separator: " ")
    }

    /// "<Object> <participle> <rest>", the object without its article and starting with a capital.
    private func sentence(_ phrase: TokenizedPhrase, object: Range<Int>, _ participle: String, restFrom: Int) -> String? {
        let objectStart = firstWord(phrase, from: object.lowerBound, articlesOnly: true)
        guard objectStart < object.upperBound else { return nil }
        var words = [Self.capitalised(phrase.written(objectStart..<object.upperBound).text), participle]
        let end = endOfText(phrase)
        if restFrom < end { words.append(phrase.written(restFrom..<end).text) }
        return words.joined(separator: " ")
    }

    /// The first token from `start` past determiners (or only articles).
    private func firstWord(_ phrase: TokenizedPhrase, from start: Int, articlesOnly: Bool = false) -> Int {
        var index = start
        while index < phrase.tokens.count {
            let word = phrase.tokens[index].normalized
            guard articlesOnly ? Self.articles.contains(word) : FunctionWords.determiners.contains(word) else { break }
            index += 1
        }
        return index
    }

    /// Where an object ends: at the first preposition other than "of", or a symbol such as a comma.
    private func endOfObject(_ phrase: TokenizedPhrase, from start: Int) -> Int {
        var index = start
        while index < phrase.tokens.count {
            let token = phrase.tokens[index]
            if token.kind == .symbol || (FunctionWords.prepositions.contains(token.normalized) && token.normalized != "of") {
                break
            }
            index += 1
        }
        return index
    }

    /// The end of the phrase without a closing full stop.
    private func endOfText(_ phrase: TokenizedPhrase) -> Int {
        var end = phrase.tokens.count
        while end > 0 && phrase.tokens[end - 1].text == "." { end -= 1 }
        return end
    }

    /// Upper-cases the first letter of a word written all in lower case ("discount" but not "v2" or "iPad").
    private static func capitalised(_ text: String) -> String {
        let firstWord = text.prefix { $0 != " " }
        guard let first = text.first, firstWord.allSatisfy({ $0.isLowercase }) else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
