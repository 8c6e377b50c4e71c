/// The parts of the weekly goal form "By [date], [owner] will deliver [outcome], evidenced by [thing]".
public enum WeeklyGoalPart: String, Sendable, CaseIterable {
    case date, owner, outcome, evidence
}

/// What a weekly goal gives besides its sentence: the fields of the structured form and its owner.
public struct WeeklyGoalFields: Sendable {
    /// A `by` date (or one that was written but malformed, already reported).
    public var hasDate: Bool
    /// An `owner` (in YAML the goal's owner is this field).
    public var hasOwner: Bool
    /// The `deliver` text.
    public var deliver: String?
    /// An `evidence` value.
    public var hasEvidence: Bool

    public init(hasDate: Bool = false, hasOwner: Bool = false, deliver: String? = nil, hasEvidence: Bool = false) {
        self.hasDate = hasDate
        self.hasOwner = hasOwner
        self.deliver = deliver
        self.hasEvidence = hasEvidence
    }
}

/// What a weekly goal lacks of the form.
public struct WeeklyGoalFormVerdict: Sendable, Equatable {
    /// The missing parts, in the order of the form.
    public let missing: [WeeklyGoalPart]
    /// When the outcome is an activity, its verb phrase as written ("run", "work on").
    public let activity: String?

    public init(missing: [WeeklyGoalPart], activity: String? = nil) {
        self.missing = missing
        self.activity = activity
    }
}
