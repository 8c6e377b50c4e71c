/// Why a milestone is vague, with the words that make it so.
public struct VaguenessVerdict: Sendable, Equatable {
    /// What the milestone names instead of a checkable result; each case carries the word(s) as written.
    public enum Reason: Sendable, Equatable {
        /// An activity verb leads it: "Review policy", "Work on CRM", "Continue migration".
        case activity(String)
        /// It names a phase or stage: "Phase 2", "Sprint 4", "Beta".
        case phase(String)
        /// It names an activity as a noun: "Policy review", "CRM work", "Q3 planning".
        case activityNoun(String)
    }

    public let reason: Reason
    /// Where the words of the reason stand in the assessed text, in characters from its start.
    public let range: Range<Int>

    public init(reason: Reason, range: Range<Int>) {
        self.reason = reason
        self.range = range
    }
}
