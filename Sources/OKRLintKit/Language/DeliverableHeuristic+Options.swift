extension DeliverableHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary.
    /// Entries are case-insensitive and may be several words ("roll out"); verbs are listed in their
    /// base form.
    public struct Options: Sendable, Equatable {
        /// Words skipped before the key result proper ("To", "We will").
        public var leadIns: [String]
        /// Verbs that make or complete something when they lead a key result ("launch", "publish", "hire").
        public var deliverableVerbs: [String]
        /// Verbs that state a change of a measure ("reduce", "reach"), as for kr/activity.
        public var resultVerbs: [String]
        /// Words that say something exists or holds, used after what they describe ("live", "in place").
        public var completionWords: [String]

        public init(
            leadIns: [String] = Self.standardLeadIns,
            deliverableVerbs: [String] = Self.standardDeliverableVerbs,
            resultVerbs: [String] = ActivityHeuristic.Options.standardResultVerbs,
            completionWords: [String] = VaguenessHeuristic.Options.standardCompletionWords
        ) {
            self.leadIns = leadIns
            self.deliverableVerbs = deliverableVerbs
            self.resultVerbs = resultVerbs
            self.completionWords = completionWords
        }

        /// The standard English lists.
        public static let `default` = Options()

        public static let standardLeadIns = ActivityHeuristic.Options.standardLeadIns

        public static let standardDeliverableVerbs = [
            "add", "automate", "build", "certify", "close", "complete", "consolidate", "create", "decommission",
            "define", "deliver", "deploy", "design", "develop", "digitise", "digitize", "document", "draft",
            "establish", "finalise", "finalize", "finish", "go live", "hand over", "hire", "implement", "install",
            "integrate", "introduce", "kick off", "launch", "merge", "migrate", "move", "obtain", "open", "pass",
            "produce", "publish", "rebuild", "recruit", "redesign", "refactor", "release", "remove", "replace",
            "retire", "rewrite", "roll out", "set up", "ship", "sign", "sign off", "standardise", "standardize",
            "submit", "switch", "switch on", "translate", "upgrade", "write",
        ]
    }
}
