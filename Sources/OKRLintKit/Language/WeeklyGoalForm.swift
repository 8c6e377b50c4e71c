/// Checks a weekly goal against the form "By [date], [owner] will deliver [outcome], evidenced by
/// [thing we can see or count]", in its sentence (read by `WeeklyGoalSentence`), its structured
/// fields, or both.
///
/// - The date is an ISO date or a weekday after "By", or after "by", "on" or "before" elsewhere in
///   the sentence ("Lee will deliver the handbook by Friday"); "By end of week" gives none.
/// - The owner is the `owner` field, else the words before "will", unless they name nobody in
///   particular ("we", "the team", "someone") or run past four words ("the pricing page").
/// - The outcome is what follows "will deliver" (or `deliver`), and an activity ("will run three
///   workshops", "will work on the alerts") is not one (see `ActivityHeuristic`).
/// - The evidence follows "evidenced by" and the like, or an evidence marker, or is the `evidence` field.
public struct WeeklyGoalForm: Sendable {
    private static let longestOwner = 4
    private static let wordPunctuation: Set<Character> = [",", ".", ";", ":", "(", ")"]

    private let evidenceMarkers: [String]
    private let dateMarkers: Set<String>
    private let nonOwners: Set<String>
    private let activity: ActivityHeuristic

    public init(options: Options = .default, activity: ActivityHeuristic = .standard) {
        evidenceMarkers = options.evidenceMarkers.map { $0.lowercased() }
        dateMarkers = Set(options.dateMarkers.map { $0.lowercased() })
        nonOwners = Set(options.nonOwners.map { $0.lowercased() })
        self.activity = activity
    }

    /// What the goal lacks, or nil when it has every part. `week` resolves weekday names.
    public func assess(sentence: String?, week: ISOWeek?, fields: WeeklyGoalFields = WeeklyGoalFields()) -> WeeklyGoalFormVerdict? {
        assess(sentence: sentence, parsed: sentence.map { WeeklyGoalSentence.parse($0, week: week) }, week: week, fields: fields)
    }

    /// The same for a sentence already split into its parts (`parsed` is
    /// `WeeklyGoalSentence.parse(sentence, week: week)`).
    public func assess(
        sentence: String?, parsed: WeeklyGoalSentence?, week: ISOWeek?, fields: WeeklyGoalFields = WeeklyGoalFields()
    ) -> WeeklyGoalFormVerdict? {
        var missing: [WeeklyGoalPart] = []
        if !fields.hasDate && !hasDate(sentence, parsed, week: week) { missing.append(.date) }
        if !fields.hasOwner && !isOwner(parsed?.owner?.text) { missing.append(.owner) }
        let outcome = parsed?.outcome?.text ?? fields.deliver
        let activityVerb = outcome.flatMap { activity.assess($0)?.verbPhrase }
        if outcome == nil || activityVerb != nil { missing.append(.outcome) }
        if !fields.hasEvidence && parsed?.evidence == nil && !hasEvidenceMarker(sentence) { missing.append(.evidence) }
        return missing.isEmpty ? nil : WeeklyGoalFormVerdict(missing: missing, activity: activityVerb)
    }

    /// The date after the leading "By", or a date after a date marker anywhere in the sentence.
    private func hasDate(_ sentence: String?, _ parsed: WeeklyGoalSentence?, week: ISOWeek?) -> Bool {
        guard let sentence, let parsed else { return false }
        if parsed.resolvedDate != nil { return true }
        if week == nil, let date = parsed.date, WeekdayName.weekday(date.text) != nil { return true }
        let words = sentence.split(whereSeparator: \.isWhitespace).map { $0.filter { !Self.wordPunctuation.contains($0) } }
        return zip(words, words.dropFirst()).contains { marker, word in
            dateMarkers.contains(marker.lowercased())
                && ((try? CalendarDate.parse(word).get()) != nil || WeekdayName.weekday(word) != nil)
        }
    }

    private func isOwner(_ text: String?) -> Bool {
        guard let words = text?.split(separator: " "), let first = words.first else { return false }
        return words.count <= Self.longestOwner && !nonOwners.contains(first.lowercased())
    }

    /// An evidence marker at the start of a word, with some text after it.
    private func hasEvidenceMarker(_ sentence: String?) -> Bool {
        guard let lowered = sentence?.lowercased() else { return false }
        return evidenceMarkers.contains { marker in
            var searchStart = lowered.startIndex
            while let found = lowered.range(of: marker, range: searchStart..<lowered.endIndex) {
                let startsWord = found.lowerBound == lowered.startIndex || !lowered[lowered.index(before: found.lowerBound)].isLetter
                let rest = lowered[found.upperBound...].filter { $0.isLetter || $0.isNumber }
                if startsWord && !rest.isEmpty { return true }
                searchStart = found.upperBound
            }
            return false
        }
    }
}
