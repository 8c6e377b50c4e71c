/// The words by which an objective carries a metric, as written.
public struct ObjectiveMetricVerdict: Sendable, Equatable {
    /// The amount or the word of change as written ("31%", "$1M", "Double", "zero").
    public let words: String
    /// Where `words` stand in the assessed text, in characters from its start.
    public let range: Range<Int>

    public init(words: String, range: Range<Int>) {
        self.words = words
        self.range = range
    }
}
