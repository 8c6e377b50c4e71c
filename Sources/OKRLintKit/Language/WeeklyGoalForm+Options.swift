extension WeeklyGoalForm {
    /// The word lists behind the check, for a team to replace or extend with its own wording.
    /// Entries are case-insensitive.
    public struct Options: Sendable, Equatable {
        /// Words that introduce the evidence besides "evidenced by", "shown by", "measured by",
        /// "proven by" and "proved by", which the sentence form always accepts.
        public var evidenceMarkers: [String]
        /// Words that introduce a date elsewhere in the sentence ("… by Friday").
        public var dateMarkers: [String]
        /// Words that, leading the owner's place, name nobody in particular ("we", "the team").
        public var nonOwners: [String]

        public init(
            evidenceMarkers: [String] = Self.standardEvidenceMarkers,
            dateMarkers: [String] = Self.standardDateMarkers,
            nonOwners: [String] = Self.standardNonOwners
        ) {
            self.evidenceMarkers = evidenceMarkers
            self.dateMarkers = dateMarkers
            self.nonOwners = nonOwners
        }

        /// The standard English lists.
        public static let `default` = Options()

        public static let standardEvidenceMarkers = [
            "evidence:", "proof:", "shown in", "shown on", "visible in", "visible on", "as seen in",
        ]

        public static let standardDateMarkers = ["by", "on", "before"]

        public static let standardNonOwners = [
            "a", "an", "everybody", "everyone", "i", "it", "my", "nobody", "our", "somebody", "someone", "the",
            "they", "this", "we", "you",
        ]
    }
}
