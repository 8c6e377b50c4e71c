/// Why a key result reads as an activity: the words that name the activity, as written.
public struct ActivityVerdict: Sendable, Equatable {
    /// The activity verb phrase as written ("Run", "Work on", "Make 50 cold calls").
    public let verbPhrase: String
    /// Where `verbPhrase` stands in the assessed text, in characters from its start.
    public let range: Range<Int>

    public init(verbPhrase: String, range: Range<Int>) {
        self.verbPhrase = verbPhrase
        self.range = range
    }
}
