/// Decides whether an objective carries a metric (an amount, a percentage, money, a count to
/// reach, a time limit, a rating, a multiple or "zero" of something), which belongs in its key results.
///
/// Numbers that are no target are skipped: years ("2027"), dates ("by 1 December", "by month 9"), ordinals
/// ("1st-line"), schedules ("24/7", "7 days a week"), codes written as one word ("Q4", "v2", "P1",
/// "2-hour"), ranks ("top 3", "#1", "No. 1"), sets already known ("the 3 pilot stores") and names (a
/// number after a word with a capital inside the sentence: "ISO 27001", "SOC 2", "iOS 18"; except
/// after a measure such as "NPS"). Number words count ("three new
/// markets", "zero missed deliveries"), and so do "double", "halve", "twice as fast", "by a third",
/// "in half" and a limit of time ("under a month").
public struct ObjectiveMetricHeuristic: Sendable {
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let ordinalSuffixes = ["st", "nd", "rd", "th"]
    /// Units of time: a number after one is a point in time ("by month 9"), one after a limit a target ("under a month").
    private static let timeUnits = Set(["minute", "hour", "day", "week", "month", "quarter", "year"].flatMap(WordForms.nounForms))
    private static let limits = PhraseList(["under", "within", "below", "less than", "in under", "in less than"])
    private static let definiteDeterminers: Set<String> = ["the", "our", "these", "those", "their", "its", "your", "my"]
    /// "twice as fast".
    private static let multiplierAdverbs: Set<String> = ["twice", "thrice"]
    private static let years = 1900...2100

    private let rankWords: Set<String>
    private let measureNames: Set<String>
    private let multiplierForms: Set<String>

    public init(options: Options = .default) {
        rankWords = Set(options.rankWords.map { $0.lowercased() })
        measureNames = Set(options.measureNames.map { $0.lowercased() })
        multiplierForms = Set(NumberWords.multipliers.flatMap(WordForms.inflections))
    }

    /// The first words by which the objective carries a metric, or nil when it carries none.
    public func assess(_ text: String) -> ObjectiveMetricVerdict? {
        let phrase = TokenizedPhrase(text)
        for index in phrase.tokens.indices {
            guard let span = metric(in: phrase, at: index) else { continue }
            let written = phrase.written(span)
            return ObjectiveMetricVerdict(words: written.text, range: written.range)
        }
        return nil
    }

    /// The tokens of a metric starting at `index`, if one does.
    private func metric(in phrase: TokenizedPhrase, at index: Int) -> Range<Int>? {
        let token = phrase.tokens[index]
        if token.isNumber { return isTarget(phrase, numberAt: index) ? index..<(index + 1) : nil }
        guard token.isWord else { return nil }
        if NumberWords.cardinals.contains(token.normalized) || multiplierForms.contains(token.normalized) {
            return index..<(index + 1)
        }
        if Self.multiplierAdverbs.contains(token.normalized) && has(phrase, index + 1, "as") {
            return index..<(index + 2)
        }
        if ["by", "in"].contains(token.normalized) {
            return amount(phrase, after: index, in: NumberWords.fractions)
        }
        if let limit = Self.limits.match(phrase.tokens, at: index) {
            return amount(phrase, after: limit.tokens.upperBound - 1, in: Self.timeUnits)
        }
        return nil
    }

    /// "by a third", "in half", "under a month": a word of `words` after `index`, with or without "a".
    private func amount(_ phrase: TokenizedPhrase, after index: Int, in words: Set<String>) -> Range<Int>? {
        let word = has(phrase, index + 1, "a") ? index + 2 : index + 1
        guard phrase.tokens.indices.contains(word), words.contains(phrase.tokens[word].normalized) else { return nil }
        return index..<(word + 1)
    }

    /// Whether the number at `index` is an amount rather than a year, date, ordinal, rank, name or "24/7".
    private func isTarget(_ phrase: TokenizedPhrase, numberAt index: Int) -> Bool {
        let text = phrase.tokens[index].normalized
        let unit = String(text.reversed().prefix(while: \.isLetter).reversed())
        if phrase.tokens[index].isPercent || text.first?.isNumber == false { return true }
        if !unit.isEmpty { return !Self.ordinalSuffixes.contains(unit) }
        if has(phrase, index - 1, "/") { return false }
        if has(phrase, index + 1, "/") { return !(text == "24" && has(phrase, index + 2, "7")) }
        if let year = Int(text), text.count == 4, Self.years.contains(year) { return false }
        return !isDate(phrase, numberAt: index) && !isSchedule(phrase, numberAt: index)
            && !isRankOrName(phrase, numberAt: index) && !namesAKnownSet(phrase, numberAt: index)
    }

    /// "7 days a week", "12 hours per day": how often, like "24/7".
    private func isSchedule(_ phrase: TokenizedPhrase, numberAt index: Int) -> Bool {
        guard phrase.tokens.indices.contains(index + 3) else { return false }
        let isUnit = { (offset: Int) in Self.timeUnits.contains(phrase.tokens[index + offset].normalized) }
        return isUnit(1) && ["a", "per", "each", "every"].contains(phrase.tokens[index + 2].normalized) && isUnit(3)
    }

    /// "the 3 pilot stores", "our 2 depots": a number after a definite determiner says which, not how many.
    private func namesAKnownSet(_ phrase: TokenizedPhrase, numberAt index: Int) -> Bool {
        index > 0 && Self.definiteDeterminers.contains(phrase.tokens[index - 1].normalized)
    }

    /// "1 December", "December 31", "month 9".
    private func isDate(_ phrase: TokenizedPhrase, numberAt index: Int) -> Bool {
        if index > 0 && Self.timeUnits.contains(phrase.tokens[index - 1].normalized) { return true }
        return [index - 1, index + 1].contains { phrase.tokens.indices.contains($0) && Self.months.contains(phrase.tokens[$0].normalized) }
    }

    /// "#1", "top 3", "No. 1", "ISO 27001", "iOS 18" (a word with a capital, other than the first), but not "NPS 50".
    private func isRankOrName(_ phrase: TokenizedPhrase, numberAt index: Int) -> Bool {
        var previous = index - 1
        if previous >= 0 && phrase.tokens[previous].text == "#" { return true }
        while previous >= 0 && phrase.tokens[previous].text == "." { previous -= 1 }
        guard previous >= 0, phrase.tokens[previous].isWord else { return false }
        let word = phrase.tokens[previous]
        if rankWords.contains(word.normalized) { return true }
        let isName = previous > 0 && word.text.contains { $0.isUppercase }
        return isName && !measureNames.contains(word.normalized)
    }

    private func has(_ phrase: TokenizedPhrase, _ index: Int, _ expected: String) -> Bool {
        phrase.tokens.indices.contains(index) && phrase.tokens[index].normalized == expected
    }
}
