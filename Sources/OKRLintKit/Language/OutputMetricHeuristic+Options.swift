extension OutputMetricHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary.
    /// Entries are case-insensitive. Nouns also match their plurals, and a noun entry may be several
    /// words ("case study"); verbs are listed in their base form.
    public struct Options: Sendable, Equatable {
        /// Words skipped before the key result proper ("To", "We will").
        public var leadIns: [String]
        /// Things a team produces or the top of a funnel ("email", "blog post", "signup", "demo").
        public var outputNouns: [String]
        /// Verbs that make a count grow ("grow", "raise", "reach").
        public var risingVerbs: [String]
        /// Verbs that produce outputs when they lead a count of them ("send", "publish", "book").
        public var producingVerbs: [String]
        /// Verbs that bring a measure down ("cut", "reduce"): fewer outputs is not the output trap.
        public var fallingVerbs: [String]

        public init(
            leadIns: [String] = Self.standardLeadIns,
            outputNouns: [String] = Self.standardOutputNouns,
            risingVerbs: [String] = Self.standardRisingVerbs,
            producingVerbs: [String] = Self.standardProducingVerbs,
            fallingVerbs: [String] = Self.standardFallingVerbs
        ) {
            self.leadIns = leadIns
            self.outputNouns = outputNouns
            self.risingVerbs = risingVerbs
            self.producingVerbs = producingVerbs
            self.fallingVerbs = fallingVerbs
        }

        /// The standard English lists.
        public static let `default` = Options()

        public static let standardLeadIns = ActivityHeuristic.Options.standardLeadIns

        public static let standardOutputNouns = [
            "ad", "advert", "application", "article", "backlink", "blog", "blog post", "call", "campaign",
            "case study", "click", "commit", "demo", "demo request", "download", "ebook", "e-book", "email",
            "enquiry", "episode", "event", "feature", "follower", "impression", "inquiry", "install", "interview",
            "landing page", "lead", "like", "mailing", "meeting", "mention", "message", "mql", "newsletter",
            "outreach", "page", "page view", "pageview", "podcast", "post", "press release", "proposal",
            "pull request", "quote", "registration", "release", "report", "sign-up", "signup", "sql",
            "story point", "survey", "ticket", "touchpoint", "traffic", "trial", "update", "video", "view",
            "visit", "visitor", "webinar", "whitepaper", "white paper", "workshop",
        ]

        public static let standardRisingVerbs = [
            "acquire", "add", "attract", "beat", "boost", "climb", "double", "drive", "exceed", "gain", "generate",
            "get", "grow", "hit", "increase", "lift", "raise", "reach", "rise", "triple",
        ]

        public static let standardProducingVerbs = [
            "answer", "book", "close", "complete", "create", "deliver", "handle", "hold", "host", "launch", "make",
            "merge", "place", "post", "produce", "publish", "record", "release", "resolve", "run", "schedule",
            "send", "ship", "start", "write",
        ]

        public static let standardFallingVerbs = [
            "avoid", "cap", "cut", "decline", "decrease", "drop", "eliminate", "fall", "halve", "limit", "lower",
            "minimise", "minimize", "prevent", "reduce", "remove", "shorten", "shrink",
        ]
    }
}
