/// Why a milestone is not written as evidence, with the past-tense form to write instead when one
/// can be derived from its words.
public struct EvidenceVerdict: Sendable, Equatable {
    /// The milestone in the past tense ("Partner portal launched"), or nil when no rewrite is certain enough.
    public let suggestion: String?

    public init(suggestion: String?) {
        self.suggestion = suggestion
    }
}
