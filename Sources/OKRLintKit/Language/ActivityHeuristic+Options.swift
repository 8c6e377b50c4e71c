extension ActivityHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary.
    /// Entries are case-insensitive; an entry may be several words ("work on"). Verbs are listed in
    /// their base form and also match their "-ing" form; nouns also match their plurals.
    public struct Options: Sendable, Equatable {
        /// Words skipped before the key result proper ("To", "We will").
        public var leadIns: [String]
        /// Verbs that name an activity when they lead a key result ("run", "hold", "work on").
        public var activityVerbs: [String]
        /// Verbs that name an activity only with an activity noun as object ("make" calls, "set up" demos).
        public var lightVerbs: [String]
        /// Nouns for activities, the objects of light verbs ("call", "visit", "training").
        public var activityNouns: [String]
        /// Verbs that state a result when given an amount ("lift conversion from 2% to 3%", "fall by 15%").
        public var resultVerbs: [String]
        /// Activity verbs that state a result when their object is a target ("meet" SLA targets).
        public var attainmentVerbs: [String]
        /// Nouns for targets that attainment verbs meet ("target", "SLA", "quota").
        public var targetNouns: [String]

        public init(
            leadIns: [String] = Self.standardLeadIns,
            activityVerbs: [String] = Self.standardActivityVerbs,
            lightVerbs: [String] = Self.standardLightVerbs,
            activityNouns: [String] = Self.standardActivityNouns,
            resultVerbs: [String] = Self.standardResultVerbs,
            attainmentVerbs: [String] = Self.standardAttainmentVerbs,
            targetNouns: [String] = Self.standardTargetNouns
        ) {
            self.leadIns = leadIns
            self.activityVerbs = activityVerbs
            self.lightVerbs = lightVerbs
            self.activityNouns = activityNouns
            self.resultVerbs = resultVerbs
            self.attainmentVerbs = attainmentVerbs
            self.targetNouns = targetNouns
        }

        /// The standard English lists.
        public static let `default` = Options()

        public static let standardLeadIns = [
            "to", "we will", "we'll", "we shall", "we must", "we need to", "i will", "i'll", "will", "let's",
        ]

        public static let standardActivityVerbs = [
            "analyse", "analyze", "assess", "assist", "attend", "audit", "begin", "brainstorm", "call",
            "carry out", "check in", "coach", "collaborate", "conduct", "continue", "coordinate", "discuss",
            "engage", "ensure", "evaluate", "explore", "facilitate", "focus on", "follow up", "gather", "help", "hold",
            "host", "interview", "investigate", "join", "keep", "look at", "look into", "maintain", "meet", "mentor",
            "monitor", "observe", "organise", "organize", "pair", "participate", "perform", "plan", "prepare", "present",
            "reach out", "research", "respond", "review", "run", "schedule", "send", "shadow", "share", "sit in",
            "speak", "spend",
            "sponsor", "start", "study", "support", "sync", "take part", "talk", "track", "train", "try",
            "visit", "work", "work on", "work with",
        ]

        public static let standardLightVerbs = [
            "deliver", "do", "give", "have", "introduce", "lead", "make", "roll out", "set up",
        ]

        public static let standardActivityNouns = [
            "audit", "call", "check-in", "conference", "count", "demo", "event", "huddle", "interview",
            "meeting", "offsite", "one-to-one", "outreach", "presentation", "retro", "retrospective", "review",
            "session", "stand-up", "standup", "sync", "talk", "training", "visit", "webinar", "workshop",
        ]

        public static let standardResultVerbs = [
            "achieve", "beat", "boost", "climb", "cut", "decline", "decrease", "double", "drop", "exceed",
            "fall", "go", "grow", "halve", "hit", "improve", "increase", "lift", "lower", "raise", "reach",
            "reduce", "remain", "rise", "shorten", "shrink", "stay", "triple",
        ]

        public static let standardAttainmentVerbs = ["meet", "keep"]

        public static let standardTargetNouns = [
            "target", "goal", "sla", "slo", "deadline", "quota", "budget", "commitment", "objective",
        ]
    }
}
