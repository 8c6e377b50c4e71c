extension VaguenessHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary.
    /// Entries are case-insensitive; an entry may be several words ("work on", "in place"). Verbs
    /// are listed in their base form and also match their "-ing" form; nouns also match their plurals.
    public struct Options: Sendable, Equatable {
        /// Words skipped before the milestone proper ("To", "We will").
        public var leadIns: [String]
        /// Verbs that name ongoing work rather than a result ("review", "work on", "improve").
        public var vagueVerbs: [String]
        /// Words that name a phase or stage of a project ("phase", "sprint", "beta").
        public var phaseWords: [String]
        /// Nouns that name an activity ("review", "work", "migration"). Any other "-ing" noun heading
        /// the milestone ("planning", "testing") counts as one too, unless it is a non-activity noun.
        public var activityNouns: [String]
        /// "-ing" nouns that name an event or a thing, not an activity ("opening", "pricing").
        public var nonActivityIngNouns: [String]
        /// Words that say something exists or holds, when used after what they describe ("live", "in place").
        public var completionWords: [String]

        public init(
            leadIns: [String] = Self.standardLeadIns,
            vagueVerbs: [String] = Self.standardVagueVerbs,
            phaseWords: [String] = Self.standardPhaseWords,
            activityNouns: [String] = Self.standardActivityNouns,
            nonActivityIngNouns: [String] = Self.standardNonActivityIngNouns,
            completionWords: [String] = Self.standardCompletionWords
        ) {
            self.leadIns = leadIns
            self.vagueVerbs = vagueVerbs
            self.phaseWords = phaseWords
            self.activityNouns = activityNouns
            self.nonActivityIngNouns = nonActivityIngNouns
            self.completionWords = completionWords
        }

        /// The standard English lists.
        public static let `default` = Options()

        public static let standardLeadIns = ActivityHeuristic.Options.standardLeadIns

        public static let standardVagueVerbs = [
            "advance", "align", "analyse", "analyze", "assess", "attend", "begin", "brainstorm",
            "collaborate", "consider", "continue", "coordinate", "discuss", "engage", "enhance", "evaluate",
            "explore", "finalise", "finalize", "focus on", "follow up", "help", "improve", "investigate", "iterate", "keep",
            "look at", "look into", "maintain", "meet", "monitor", "optimise", "optimize", "plan", "polish", "prepare",
            "progress", "refine", "research", "review", "start", "streamline", "support", "sync", "work",
            "work on",
        ]

        public static let standardPhaseWords = [
            "alpha", "beta", "cycle", "iteration", "milestone", "mvp", "phase", "pilot", "poc", "round",
            "sprint", "stage", "step", "uat", "wave",
        ]

        public static let standardActivityNouns = [
            "alignment", "analysis", "assessment", "audit", "cleanup", "coordination", "development",
            "discovery", "effort", "engagement", "evaluation", "exploration", "implementation", "improvement",
            "interview", "investigation", "maintenance", "migration", "optimisation", "optimization",
            "outreach", "overhaul", "preparation", "prep", "recruitment", "redesign", "refactor", "refresh", "rollout",
            "research", "revamp", "review", "rework", "rewrite", "selection", "support", "upgrade", "work",
        ]

        public static let standardNonActivityIngNouns = [
            "briefing", "building", "ceiling", "closing", "evening", "funding", "listing", "meeting",
            "morning", "offering", "opening", "pricing", "setting", "signing", "spring", "string",
        ]

        public static let standardCompletionWords = [
            "available", "complete", "in place", "in production", "live", "open", "operational", "ready",
        ]
    }
}
