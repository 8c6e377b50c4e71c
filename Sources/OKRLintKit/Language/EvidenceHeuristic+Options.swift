extension EvidenceHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary.
    /// Entries are case-insensitive and may be several words ("in place", "roll out").
    public struct Options: Sendable, Equatable {
        /// Words skipped before the milestone proper ("To", "We will").
        public var leadIns: [String]
        /// Words that say something exists or holds, used after what they describe ("live", "in place").
        public var completionWords: [String]
        /// Verbs whose command form the suggestion turns into the past tense ("Launch X" → "X launched").
        public var deliverableVerbs: [String]

        public init(
            leadIns: [String] = Self.standardLeadIns,
            completionWords: [String] = VaguenessHeuristic.Options.standardCompletionWords,
            deliverableVerbs: [String] = DeliverableHeuristic.Options.standardDeliverableVerbs
        ) {
            self.leadIns = leadIns
            self.completionWords = completionWords
            self.deliverableVerbs = deliverableVerbs
        }

        /// The standard English lists.
        public static let `default` = Options()

        /// "will" is no lead-in here: "Portal will be launched" is a promise, not evidence.
        public static let standardLeadIns = ["to", "we will", "we'll", "i will", "i'll", "let's"]
    }
}
