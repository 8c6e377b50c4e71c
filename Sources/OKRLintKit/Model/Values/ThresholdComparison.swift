/// A comparison written in front of a number: `>= 95%`, `< 6`, `at most 6`, `above 7`.
///
/// Symbols: `>`, `>=`, `≥`, `<`, `<=`, `≤`. Words (any case, followed by a space):
/// `at least`, `no less than`, `no fewer than`, `min` (≥); `above`, `over`,
/// `more than`, `greater than` (>); `at most`, `up to`, `no more than`, `max` (≤);
/// `below`, `under`, `less than`, `fewer than` (<).
struct ThresholdComparison: Hashable {
    /// Whether the values compared lie above (`>`, `>=`) or below (`<`, `<=`) the number.
    let direction: Trigger.Direction
    /// Whether the number itself satisfies the comparison (`>=`, `<=`).
    let inclusive: Bool

    private static let symbols: [(String, ThresholdComparison)] = [
        (">=", ThresholdComparison(direction: .above, inclusive: true)),
        ("≥", ThresholdComparison(direction: .above, inclusive: true)),
        (">", ThresholdComparison(direction: .above, inclusive: false)),
        ("<=", ThresholdComparison(direction: .below, inclusive: true)),
        ("≤", ThresholdComparison(direction: .below, inclusive: true)),
        ("<", ThresholdComparison(direction: .below, inclusive: false)),
    ]

    /// Each word is followed by a space, which is part of the match.
    private static let words: [(String, ThresholdComparison)] = [
        ("at least ", ThresholdComparison(direction: .above, inclusive: true)),
        ("no less than ", ThresholdComparison(direction: .above, inclusive: true)),
        ("no fewer than ", ThresholdComparison(direction: .above, inclusive: true)),
        ("min ", ThresholdComparison(direction: .above, inclusive: true)),
        ("above ", ThresholdComparison(direction: .above, inclusive: false)),
        ("over ", ThresholdComparison(direction: .above, inclusive: false)),
        ("more than ", ThresholdComparison(direction: .above, inclusive: false)),
        ("greater than ", ThresholdComparison(direction: .above, inclusive: false)),
        ("at most ", ThresholdComparison(direction: .below, inclusive: true)),
        ("up to ", ThresholdComparison(direction: .below, inclusive: true)),
        ("no more than ", ThresholdComparison(direction: .below, inclusive: true)),
        ("max ", ThresholdComparison(direction: .below, inclusive: true)),
        ("below ", ThresholdComparison(direction: .below, inclusive: false)),
        ("under ", ThresholdComparison(direction: .below, inclusive: false)),
        ("less than ", ThresholdComparison(direction: .below, inclusive: false)),
        ("fewer than ", ThresholdComparison(direction: .below, inclusive: false)),
    ]

    /// The comparison at the start of `text` and the text after it, or nil.
    /// Symbols and words are compared byte by byte (words in any ASCII case).
    static func split(_ text: String) -> (comparison: ThresholdComparison, rest: String)? {
        let utf8 = text.utf8
        for (form, comparison) in forms where ValueText.startsIgnoringCase(utf8, with: form.utf8) {
            return (comparison, ValueText.trim(text[utf8.index(utf8.startIndex, offsetBy: form.utf8.count)...]))
        }
        return nil
    }

    /// The symbols, then the words, in the order they are tried.
    private static let forms = symbols + words

    /// Whether `value` satisfies this comparison against `bound`.
    func holds(_ value: Double, against bound: Double) -> Bool {
        switch (direction, inclusive) {
        case (.above, true): value >= bound
        case (.above, false): value > bound
        case (.below, true): value <= bound
        case (.below, false): value < bound
        }
    }

    /// `>=`, `>`, `<=` or `<`.
    var symbol: String {
        (direction == .above ? ">" : "<") + (inclusive ? "=" : "")
    }
}
