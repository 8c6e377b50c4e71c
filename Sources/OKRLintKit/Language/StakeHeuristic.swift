/// Decides whether a key result is worded as customer-facing ("Cut the median first reply from 9
/// to 4 hours", "Raise weekly active users …") or risk-reducing ("Cut open critical vulnerabilities
/// …", "Keep uptime at or above 99.95%"), from the words it uses.
///
/// A risk word anywhere makes it risk-reducing. A customer word makes it customer-facing unless an
/// internal word stands within two words of it: "customer data pipeline", "customer acquisition cost",
/// "spend per customer", "customer support team" and "internal tool users" are about the team's own
/// data, spend or staff.
public struct StakeHeuristic: Sendable {
    /// How far before and after a customer word an internal word may stand ("internal tool users",
    /// "customer support team").
    private static let internalReach = 2

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

    /// An internal word within reach before or after the customer word.
    private func isInternal(_ tokens: [WordToken], around span: Range<Int>) -> Bool {
        let before = max(0, span.lowerBound - Self.internalReach)..<span.lowerBound
        let after = span.upperBound..<min(tokens.count, span.upperBound + Self.internalReach)
        return (Array(before) + Array(after)).contains { internalWords.contains(tokens[$0].normalized) }
    }
}
