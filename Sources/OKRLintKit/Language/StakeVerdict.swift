/// What a key result is worded to serve: customers, or a lower risk, with the word that says so.
public struct StakeVerdict: Sendable, Equatable {
    public enum Stake: String, Sendable, Equatable {
        case customer, risk
    }

    public let stake: Stake
    /// The word or words that say so, as written ("churn", "incidents").
    public let words: String

    public init(stake: Stake, words: String) {
        self.stake = stake
        self.words = words
    }
}
