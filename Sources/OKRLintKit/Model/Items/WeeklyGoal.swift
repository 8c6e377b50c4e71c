/// One person's goal for one ISO week, as a sentence ("By DATE, OWNER will
/// deliver OUTCOME, evidenced by EVIDENCE") or in the structured form.
public struct WeeklyGoal: PlanItem, FieldRecord {
    public static let kind = ItemKind.weeklyGoal
    public var span: SourceSpan
    public var id: Located<String>?
    public var week: Located<ISOWeek>?
    public var owner: Located<String>?
    /// The sentence form.
    public var goal: Located<String>?
    public var by: Located<CalendarDate>?
    public var deliver: Located<String>?
    public var evidence: Located<String>?
    public var serves: [Located<ItemReference>] = []

    public var invalidKeys: Set<String> = []

    /// The parts of `goal`, read once by the model builder (`readSentence`);
    /// nil for a goal made in code, whose sentence is then read when asked.
    private var parsedSentence: WeeklyGoalSentence?

    public init(span: SourceSpan) { self.span = span }

    /// The goal sentence, else the structured `deliver` text.
    public var title: Located<String>? { goal ?? deliver }

    /// The parts of the goal sentence (`goal`), with weekday names resolved in `week`.
    public var sentence: WeeklyGoalSentence? {
        parsedSentence ?? parseSentence()
    }

    /// Reads the goal sentence into `sentence` once, for the rules and the
    /// index that ask about it; set `goal` and `week` first.
    mutating func readSentence() {
        parsedSentence = parseSentence()
    }

    private func parseSentence() -> WeeklyGoalSentence? {
        goal.map { WeeklyGoalSentence.parse($0.value, week: week?.value) }
    }
}
