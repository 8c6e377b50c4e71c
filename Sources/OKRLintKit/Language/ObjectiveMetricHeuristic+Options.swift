extension ObjectiveMetricHeuristic {
    /// The word lists behind the heuristic, for a team to replace or extend with its own vocabulary.
    /// Entries are case-insensitive.
    public struct Options: Sendable, Equatable {
        /// Words before a number that make it a rank or a name, not a target ("top 3", "No. 1", "phase 2").
        public var rankWords: [String]
        /// Abbreviations of measures: a number after them is a target even though they are written in
        /// capitals like names ("NPS 50", where "ISO 27001" is a name).
        public var measureNames: [String]

        public init(rankWords: [String] = Self.standardRankWords, measureNames: [String] = Self.standardMeasureNames) {
            self.rankWords = rankWords
            self.measureNames = measureNames
        }

        /// The standard English lists.
        public static let `default` = Options()

        public static let standardRankWords = [
            "article", "level", "no", "number", "phase", "rank", "round", "sprint", "stage", "step", "tier", "top",
            "type", "version", "wave",
        ]

        public static let standardMeasureNames = ["aov", "arr", "cac", "csat", "ebitda", "gmv", "ltv", "mrr", "nps"]
    }
}
