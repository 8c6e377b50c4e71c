/// A goal's text split into tokens, with the reading both heuristics share.
struct TokenizedPhrase {
    private static let romanNumerals: Set<String> = ["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    let text: String
    let tokens: [WordToken]

    init(_ text: String) {
        self.text = text
        tokens = TokenMemo.tokens(in: text)
    }

    /// The text of a run of tokens as written, and its offsets in characters.
    func written(_ span: Range<Int>) -> (text: String, range: Range<Int>) {
        let range = tokens[span.lowerBound].range.lowerBound..<tokens[span.upperBound - 1].range.upperBound
        let start = text.index(text.startIndex, offsetBy: range.lowerBound)
        let end = text.index(start, offsetBy: range.count)
        return (String(text[start..<end]), range)
    }

    /// The index of the first token after any leading symbols ("-", "🚀") and lead-ins ("To", "We will").
    func start(skipping leadIns: PhraseList) -> Int {
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .symbol {
                index += 1
            } else if let leadIn = leadIns.match(tokens, at: index) {
                index = leadIn.tokens.upperBound
            } else {
                break
            }
        }
        return index
    }

    func isContentWord(at index: Int) -> Bool {
        index < tokens.count && FunctionWords.isContentWord(tokens[index])
    }

    /// A number, a roman numeral, or a short code such as "Q3", "v2.3", "H1" or "P1".
    func isIdentifier(at index: Int) -> Bool {
        let token = tokens[index]
        if token.isNumber { return true }
        guard token.isWord else { return false }
        if Self.romanNumerals.contains(token.normalized) { return true }
        let letters = token.normalized.prefix { $0.isLetter }
        let rest = token.normalized.dropFirst(letters.count)
        return (1...2).contains(letters.count) && rest.first?.isNumber == true
            && rest.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// The head noun of the noun phrase starting at `start`: past any determiners, amounts and "of",
    /// the last content word of the run that follows, not counting identifiers ("Phase 2" → "Phase",
    /// "50 cold calls per week" → "calls", "100% of SLA targets" → "targets").
    func nounPhraseHead(from start: Int) -> Int? {
        var index = start
        while index < tokens.count,
              tokens[index].isNumber || tokens[index].normalized == "of"
                || FunctionWords.determiners.contains(tokens[index].normalized) {
            index += 1
        }
        var head: Int?
        while index < tokens.count, isContentWord(at: index) || tokens[index].isNumber {
            if !isIdentifier(at: index) { head = index }
            index += 1
        }
        return head
    }

    /// Whether the word at `index` is used as a predicate rather than before a noun: nothing
    /// but a function word, a number or a symbol follows it ("contracts signed by", "page live").
    func endsItsRun(at index: Int) -> Bool {
        !isContentWord(at: index + 1)
    }

    /// Whether a past participle serves as a predicate ("tickets resolved within 24h",
    /// "policy published and brief delivered", "checkout rolled back", "credits applied automatically
    /// on the first invoice") rather than as an adjective ("failed deployments").
    func isPredicateParticiple(at index: Int) -> Bool {
        tokens[index].isWord && WordForms.isParticiple(tokens[index].normalized)
            && endsItsRun(at: endOfAdverbials(after: index))
    }

    /// The last token of the adverbs and particles right after `index` ("back", "end to end",
    /// "automatically" before a function word), or `index` when none follows.
    private func endOfAdverbials(after index: Int) -> Int {
        var last = index
        while true {
            if let particle = Self.adverbials.match(tokens, at: last + 1) {
                last = particle.tokens.upperBound - 1
            } else if isAdverbEndingItsRun(at: last + 1) {
                last += 1
            } else {
                return last
            }
        }
    }

    /// "automatically", "nightly" followed by nothing or a function word ("filled nightly in the CRM");
    /// not "supply" or "apply", and not an adjective before its noun ("monthly report").
    private func isAdverbEndingItsRun(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return false }
        let word = tokens[index].normalized
        return word.count >= 5 && word.hasSuffix("ly") && !word.hasSuffix("ply") && endsItsRun(at: index)
    }

    private static let adverbials = PhraseList([
        "back", "away", "together", "forward", "ahead", "again", "apart", "aside", "end to end",
    ])
}
