/// One person's week, the unit of "one weekly goal per person per week":
/// the ISO week and the owner, lower-cased so that owners compare
/// case-insensitively (SPEC §5).
public struct PersonWeek: Sendable, Hashable {
    public let week: ISOWeek
    public let owner: String

    public init(week: ISOWeek, owner: String) {
        self.week = week
        self.owner = owner.lowercased()
    }
}

extension WeeklyGoal {
    /// Whose goal this is, as written: the `owner` field, else the name in the
    /// goal sentence ("By DATE, NAME will deliver …"); nil when the owner was
    /// malformed or cannot be found.
    public var ownerName: String? {
        guard !hasInvalidValue(for: "owner") else { return nil }
        if let owner, !ValueText.trim(owner.value).isEmpty { return ValueText.trim(owner.value) }
        return sentence?.owner?.text
    }

    /// The week the goal is for: `week`, else the week of its date (`by`, or an
    /// ISO date in the sentence); nil when the week was malformed or there is no date.
    public var effectiveWeek: ISOWeek? {
        guard !hasInvalidValue(for: "week") else { return nil }
        return week?.value ?? by?.value.isoWeek ?? sentence?.resolvedDate?.isoWeek
    }

    /// The person and week this goal counts against, when both are known.
    public var personWeek: PersonWeek? {
        guard let week = effectiveWeek, let owner = ownerName else { return nil }
        return PersonWeek(week: week, owner: owner)
    }
}
