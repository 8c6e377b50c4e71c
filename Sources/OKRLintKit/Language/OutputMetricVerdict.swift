/// Why a key result counts outputs: the counted outputs as written.
public struct OutputMetricVerdict: Sendable, Equatable {
    /// The counted phrase as written ("weekly signups", "outreach emails sent", "demos booked").
    public let outputs: String
    /// Where `outputs` stands in the assessed text, in characters from its start.
    public let range: Range<Int>

    public init(outputs: String, range: Range<Int>) {
        self.outputs = outputs
        self.range = range
    }
}
