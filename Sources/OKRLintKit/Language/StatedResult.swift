/// Recognises the part of a key result that states a result, so that a phrase led by an
/// activity verb still counts as a result when it says what the activity achieves:
/// a change from a baseline to a target ("from 2% to 3%"), a threshold ("churn below 3%"),
/// a rating ("4.5/5", "4 out of 5"), a level ("99.9% uptime", "to 40%", "at 78%"), a share in a state
/// ("100% of laptops are encrypted", "used by 60% of staff"), a result verb with its amount or change ("fall by 15%",
/// "reach 20", "grows from monthly to weekly"), or a target met ("Meet 100% of SLA targets").
struct StatedResult: Sendable {
    private static let comparators = PhraseList([
        "below", "under", "above", "at least", "at most", "less than", "more than", "fewer than",
        "no more than", "≥", "≤", "<", ">",
    ])
    /// How far after a result verb its amount may come ("lift trial conversion by 5%").
    private static let amountReach = 4
    /// How far after "N% of" the verb of its state may come ("90% of invoices from resellers are paid").
    private static let shareReach = 6
    private static let stateVerbs: Set<String> = ["is", "are", "was", "were", "be"]

    private let resultForms: Set<String>
    private let attainmentVerbs: Set<String>
    private let targetNouns: Set<String>

    init(resultVerbs: [String], attainmentVerbs: [String], targetNouns: [String]) {
        resultForms = Set(resultVerbs.map { $0.lowercased() }.flatMap(WordForms.inflections))
        self.attainmentVerbs = Set(attainmentVerbs.map { $0.lowercased() })
        self.targetNouns = Set(targetNouns.map { $0.lowercased() }.flatMap(WordForms.nounForms))
    }

    /// Whether the tokens after the activity verb phrase (`verb`, ending at `verbEnd`) state a result.
    func isStated(in phrase: TokenizedPhrase, verb: String, verbEnd: Int) -> Bool {
        if attainmentVerbs.contains(verb), let object = phrase.nounPhraseHead(from: verbEnd),
           targetNouns.contains(phrase.tokens[object].normalized) {
            return true
        }
        return (verbEnd..<phrase.tokens.count).contains { index in
            changesFromBaseline(phrase.tokens, at: index)
                || setsThreshold(phrase.tokens, at: index, verbEnd: verbEnd)
                || givesRating(phrase.tokens, at: index)
                || setsLevel(phrase, at: index)
                || putsShareInState(phrase.tokens, at: index)
                || movesByAmount(phrase.tokens, at: index)
        }
    }

    /// Whether the word is any form of a result verb ("rises", "cut", "grown").
    func isResultVerbForm(_ word: String) -> Bool {
        resultForms.contains(word)
    }

    /// "from 2% to 3%", "from $4M to $6M".
    private func changesFromBaseline(_ tokens: [WordToken], at index: Int) -> Bool {
        guard has(tokens, index, "from"), isNumber(tokens, index + 1) else { return false }
        return (index + 2...index + 4).contains { has(tokens, $0, "to") && isNumber(tokens, $0 + 1) }
    }

    /// "below 3%", "at least 4"; not a quantity right after the verb ("Hold at least 6 sessions").
    private func setsThreshold(_ tokens: [WordToken], at index: Int, verbEnd: Int) -> Bool {
        guard index > verbEnd, let comparator = Self.comparators.match(tokens, at: index) else { return false }
        return isNumber(tokens, comparator.tokens.upperBound)
    }

    /// "4.5/5", "4 out of 5", "4 stars"; not "24/7", which is a schedule.
    private func givesRating(_ tokens: [WordToken], at index: Int) -> Bool {
        guard isNumber(tokens, index) else { return false }
        let isAlwaysOn = has(tokens, index, "24") && has(tokens, index + 2, "7")
        return (has(tokens, index + 1, "/") && isNumber(tokens, index + 2) && !isAlwaysOn)
            || (has(tokens, index + 1, "out") && has(tokens, index + 2, "of") && isNumber(tokens, index + 3))
            || has(tokens, index + 1, "stars")
    }

    /// "99.9% uptime" (a percentage of a measure, not "100% of managers"), "to 40%", "at 78%".
    private func setsLevel(_ phrase: TokenizedPhrase, at index: Int) -> Bool {
        let token = phrase.tokens[index]
        if token.isPercent { return phrase.isContentWord(at: index + 1) }
        return (token.normalized == "to" || token.normalized == "at")
            && index + 1 < phrase.tokens.count && phrase.tokens[index + 1].isPercent
    }

    /// "100% of laptops are encrypted", "adopted by 40% of weekly active users" (not "Review 100% of
    /// supplier contracts").
    private func putsShareInState(_ tokens: [WordToken], at index: Int) -> Bool {
        guard tokens[index].isPercent, has(tokens, index + 1, "of") else { return false }
        if has(tokens, index - 1, "by") { return true }
        return (index + 2...index + Self.shareReach).contains { verb in
            tokens.indices.contains(verb) && Self.stateVerbs.contains(tokens[verb].normalized)
        }
    }

    /// "fall by 15%", "reach 20 a year", "lift conversion to 3%", "grows from monthly to weekly".
    private func movesByAmount(_ tokens: [WordToken], at index: Int) -> Bool {
        guard resultForms.contains(tokens[index].normalized) else { return false }
        return (index + 1...index + Self.amountReach).contains { next in
            if isNumber(tokens, next) {
                return next == index + 1 || has(tokens, next - 1, "by") || has(tokens, next - 1, "to")
            }
            return has(tokens, next, "from") && (next + 2...next + 4).contains { has(tokens, $0, "to") }
        }
    }

    private func has(_ tokens: [WordToken], _ index: Int, _ expected: String) -> Bool {
        tokens.indices.contains(index) && tokens[index].normalized == expected
    }

    private func isNumber(_ tokens: [WordToken], _ index: Int) -> Bool {
        tokens.indices.contains(index) && tokens[index].isNumber
    }
}
