/// `objective/not-one-line`: an objective longer than one line or than `max-words` words.
public struct ObjectiveNotOneLine: PlanRule {
    public static let description = RuleDescription(
        id: "objective/not-one-line", defaultSeverity: .warning,
        summary: "The objective is longer than one line or than `max-words` words (default 20).",
        rationale: """
            An objective is the line people repeat to each other all quarter; if it does not fit in \
            one breath, it will not be remembered, and a long one usually hides several objectives or \
            the plan for reaching it. Say the change in one short line; the reasons belong in `why` \
            and the proof in the key results.
            """,
        options: [.integer("max-words", "Most words an objective may have.", 20, tightest: 20)],
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦Make sure that every key account that contacts us about a late or wrong delivery gets a clear answer and a fix from one person⟧
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: Key accounts get one answer from one person
                """),
            RuleExample("""
                id: team
                objectives:
                  - objective: ⟦Key accounts get one answer from one person⟧
                """, options: ["max-words": .integer(5)]),
        ])

    public let maxWords: Int

    public init(options: RuleOptionValues) {
        maxWords = options.integer("max-words")
    }

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.plan.objectives.compactMap { objective in
            guard let title = objective.title else { return nil }
            let text = title.value
            let (lines, words) = Self.lineAndWordCounts(text)
            guard lines > 1 || words > maxWords else { return nil }
            let quoted = "'\(Quote.short(text))'"
            if lines > 1 {
                return Self.diagnostic(at: title.span, "objective \(quoted) runs over \(lines) lines; say the change in one line of at most \(maxWords) words and move the rest to `why` or the key results")
            }
            return Self.diagnostic(at: title.span, "objective \(quoted) has \(words) words, more than \(maxWords); say the change in one line and move the detail to `why` or the key results")
        }
    }

    /// The non-empty lines of `text`, and its words (runs without white space
    /// that hold a letter or a digit); ASCII text is counted byte by byte.
    static func lineAndWordCounts(_ text: String) -> (lines: Int, words: Int) {
        guard text.isASCII else {
            let lines = text.split(whereSeparator: \.isNewline).count
            let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
            return (lines, words)
        }
        var (lines, words) = (0, 0)
        var (inLine, inWord, wordCounts) = (false, false, false)
        for byte in text.utf8 {
            let isNewline = (0x0A...0x0D).contains(byte)
            if !isNewline, !inLine { (inLine, lines) = (true, lines + 1) }
            if isNewline || byte == 0x09 || byte == 0x20 {
                if inWord, wordCounts { words += 1 }
                (inWord, wordCounts) = (false, false)
                if isNewline { inLine = false }
                continue
            }
            inWord = true
            if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { wordCounts = true }
        }
        if inWord, wordCounts { words += 1 }
        return (lines, words)
    }
}
