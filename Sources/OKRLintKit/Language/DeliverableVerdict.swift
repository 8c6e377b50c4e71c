/// Why a key result reads as a deliverable rather than a measured outcome.
public struct DeliverableVerdict: Sendable, Equatable {
    /// What makes the key result a deliverable; each case carries the words as written.
    public enum Reason: Sendable, Equatable {
        /// A deliverable verb leads it: "Launch the partner portal", "Hire 5 engineers".
        case command(String)
        /// It is written as a milestone, done or in place: "Partner portal launched", "Pricing page live".
        case completed(String)
        /// It names a thing and no measure at all: "New returns portal".
        case unmeasured
    }

    public let reason: Reason

    public init(reason: Reason) {
        self.reason = reason
    }
}
