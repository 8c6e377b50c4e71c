/// Decides whether a key result is worded as customer-facing ("Cut the median first reply from 9
/// to 4 hours", "Raise weekly active users …") or risk-reducing ("Cut open critical vulnerabilities
/// …", "Keep uptime at or above 99.95%"), from the words it uses.
///
/// A risk word anywhere makes it risk-reducing. A customer word makes it customer-facing unless an
/// internal word stands right next to it: "customer data pipeline", "customer acquisition cost" and
/// "internal tool users" are about the team's own data, spend or staff.
public struct StakeHeuristic: Sendable {
    /// How far before a customer word an internal word may stand ("internal tool users").
    private static let internalReachBefore = 2

    private let customerWords: PhraseList
    private let riskWords: PhraseList
    private let internalWords: Set<String>

    public init(options: Options = .default) {
        customerWords = PhraseList.nouns(options.customerWords)
        riskWords = PhraseList.nouns(options.riskWords)
        internalWords = Set(options.internalWords.map { $0.lowercased() }.flatMap(WordForms.nounForms))
    }

    /// What the key result is worded to serve, or nil when it is neither customer-facing nor risk-reducing.
    public func assess(_ text: String) -> StakeVerdict? {
        let phrase = TokenizedPhrase(text)
        let tokens = phrase.tokens
        if let risk = tokens.indices.lazy.compactMap({ riskWords.match(tokens, at: $0) }).first {
            return StakeVerdict(stake: .risk, words: phrase.written(risk.tokens).text)
        }
        let customer = tokens.indices.lazy.compactMap { customerWords.match(tokens, at: $0) }
            .first { !isInternal(tokens, around: $0.tokens) }
        return customer.map { StakeVerdict(stake: .customer, words: phrase.written($0.tokens).text) }
    }

    /// An internal word just before or right after the customer word.
    private func isInternal(_ tokens: [WordToken], around span: Range<Int>) -> Bool {
        let before = max(0, span.lowerBound - Self.internalReachBefore)..<span.lowerBound
        let after = span.upperBound..<min(tokens.count, span.upperBound + 1)
        return (Array(before) + Array(after)).contains { internalWords.contains(tokens[$0].normalized) }
    }
}
