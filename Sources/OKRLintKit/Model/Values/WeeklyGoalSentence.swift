/// The parts of a weekly goal written as one sentence:
/// "By [date], [owner] will deliver [outcome], evidenced by [thing]".
///
/// Parsing never fails: each part that cannot be found is nil, for the
/// `weekly/format` rule to report. Tolerated variations (keywords in any case):
/// - the date: `By 2026-10-16,`, `by Fri,`, `By Thursday,`; without a comma the
///   date is the word after "By". A weekday name (or its abbreviation) stands for
///   that day of `week`; an ISO date stands for itself;
/// - the owner: the words between the date and "will", a leading `@` dropped;
/// - the verb: "will deliver", "will ship", "will have", "will have delivered",
///   "will have shipped" are left out of the outcome; any other verb ("will
///   reduce …") starts the outcome;
/// - the evidence: after "evidenced by", "shown by", "measured by", "proven by" or
///   "proved by", up to the end less a final full stop.
///
/// Without "will" there is no owner and the outcome runs from the date to the
/// evidence. Part ranges count Unicode scalars from the start of the sentence as
/// passed to `parse` (0-based, end exclusive).
public struct WeeklyGoalSentence: Sendable, Hashable {
    /// One part of the sentence and where it is.
    public struct Part: Sendable, Hashable {
        public let text: String
        /// Unicode-scalar offsets into the sentence, end exclusive.
        public let range: Range<Int>

        public init(text: String, range: Range<Int>) {
            self.text = text
            self.range = range
        }
    }

    public let date: Part?
    /// The date `date` stands for: an ISO date, or a weekday of the given week;
    /// nil when the text is neither, or a weekday was named without a week.
    public let resolvedDate: CalendarDate?
    public let owner: Part?
    public let outcome: Part?
    public let evidence: Part?

    private static let evidenceWords = ["evidenced", "shown", "measured", "proven", "proved"]
    private static let deliveryVerbs = ["deliver", "delivered", "ship", "shipped"]

    /// Splits `sentence` into its parts; `week` resolves weekday names.
    public static func parse(_ sentence: String, week: ISOWeek? = nil) -> WeeklyGoalSentence {
        let words = SentenceText(sentence)
        var whole = words.trimmed(0..<words.count)
        while whole.upperBound > whole.lowerBound, words.scalars[whole.upperBound - 1] == "." {
            whole = words.trimmed(whole.lowerBound..<whole.upperBound - 1)
        }
        let marker = evidenceWords.compactMap { words.find($0, thenBy: true, in: whole) }
            .min { $0.lowerBound < $1.lowerBound }
        let evidence = marker.flatMap { words.part(words.trimmed($0.upperBound..<whole.upperBound)) }
        let body = whole.lowerBound..<(marker?.lowerBound ?? whole.upperBound)
        let will = words.find("will", in: body)

        var date: Part?
        var afterDate = body.lowerBound
        if let by = words.leading("by", in: body) {
            let limit = will?.lowerBound ?? body.upperBound
            let comma = will == nil
                ? words.first(",", in: by.upperBound..<limit)
                : words.last(",", in: by.upperBound..<limit)
            let dateEnd = comma ?? words.endOfWord(from: words.trimmed(by.upperBound..<limit).lowerBound, limit: limit)
            date = words.part(words.trimmed(by.upperBound..<dateEnd))
            afterDate = comma.map { $0 + 1 } ?? dateEnd
        }

        var owner: Part?
        var outcomeStart = afterDate
        if let will {
            owner = words.part(words.trimmed(afterDate..<will.lowerBound, leading: ["@"], trailing: [","]))
            outcomeStart = will.upperBound
            if let have = words.leading("have", in: outcomeStart..<body.upperBound) {
                outcomeStart = have.upperBound
            }
            if let verb = deliveryVerbs.lazy.compactMap({ words.leading($0, in: outcomeStart..<body.upperBound) }).first {
                outcomeStart = verb.upperBound
            }
        }
        let outcome = words.part(words.trimmed(outcomeStart..<body.upperBound, trailing: [",", ";"]))
        return WeeklyGoalSentence(
            date: date, resolvedDate: date.flatMap { resolve($0.text, in: week) },
            owner: owner, outcome: outcome, evidence: evidence)
    }

    private static func resolve(_ text: String, in week: ISOWeek?) -> CalendarDate? {
        if case .success(let date) = CalendarDate.parse(text) { return date }
        guard let week, let weekday = WeekdayName.weekday(text) else { return nil }
        return week.date(weekday: weekday)
    }
}
