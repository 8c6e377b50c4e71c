import Foundation

/// When a KPI calls for action: its readings cross a threshold, possibly for
/// several readings in a row.
///
/// Forms read by `parse`: a comparison (see `ThresholdComparison`: `>`, `>=`, `<`, `<=`,
/// `above`, `below`, `over`, `under`, …) and a quantity, optionally followed by
/// `for N WORDS`: `> 7 for 2 readings`, `> 7`, `< 90% for 3 weeks`,
/// `above 7 for 2 readings`, `below 95%`. `count` is N (1 when absent) and
/// `countUnit` the words after it, lower-cased (`readings`, `weeks`, `consecutive
/// days`; nil when absent). `isFired(by:)` treats `count` as a number of
/// readings; turning "3 weeks" into readings by cadence is the caller's choice.
public struct Trigger: Sendable, Hashable, CustomStringConvertible {
    /// Which side of the threshold sets the trigger off.
    public enum Direction: String, Sendable, Hashable {
        case above
        case below
    }

    public let direction: Direction
    public let threshold: Quantity
    /// Whether a reading equal to the threshold counts (`>=`, `<=`, `at least`).
    public let inclusive: Bool
    /// How many consecutive readings must be beyond the threshold (at least 1).
    public let count: Int
    /// The word(s) after the count (`readings`, `weeks`), nil when none was written.
    public let countUnit: String?

    /// A trigger from the `{above: 7, for: 2}` / `{below: …}` form; fails when `count` < 1.
    public init(
        direction: Direction, threshold: Quantity, count: Int = 1,
        countUnit: String? = nil, inclusive: Bool = false
    ) throws(ValueFormError) {
        guard count >= 1 else {
            throw ValueFormError("a trigger needs a count of at least 1 reading, found \(count)")
        }
        self.direction = direction
        self.threshold = threshold
        self.inclusive = inclusive
        self.count = count
        self.countUnit = countUnit
    }

    public static func parse(_ text: String) -> Result<Trigger, ValueFormError> {
        let trimmed = ValueText.trim(text)
        let expected = ValueFormError("expected a trigger such as > 7 for 2 readings, < 90% for 3 weeks or below 95%")
        guard let (comparison, rest) = ThresholdComparison.split(trimmed) else { return .failure(expected) }
        var thresholdText = rest
        var count = 1
        var countUnit: String?
        let padded = rest + " "  // so that a dangling "for" is found too
        if let forWord = lastForWord(in: padded) {
            thresholdText = String(padded[..<forWord.lowerBound])
            guard let (number, words) = countAndWords(padded[forWord.upperBound...]) else {
                return .failure(ValueFormError("expected a count after 'for', such as > 7 for 2 readings"))
            }
            count = number
            countUnit = words
        }
        guard case .success(let threshold) = Quantity.parse(thresholdText) else { return .failure(expected) }
        do {
            return .success(try Trigger(
                direction: comparison.direction, threshold: threshold, count: count,
                countUnit: countUnit, inclusive: comparison.inclusive))
        } catch {
            return .failure(error)
        }
    }

    /// The last ` for ` in `text`, in any letter case.
    private static func lastForWord(in text: String) -> Range<String.Index>? {
        let pattern = " for ".utf8
        let utf8 = text.utf8
        var end = utf8.endIndex
        while let start = utf8.index(end, offsetBy: -pattern.count, limitedBy: utf8.startIndex) {
            if ValueText.startsIgnoringCase(utf8[start..<end], with: pattern) { return start..<end }
            end = utf8.index(before: end)
        }
        return nil
    }

    /// `2 readings` → (2, "readings"); `3` → (3, nil); nil unless digits come first
    /// and only letters and spaces follow.
    private static func countAndWords(_ text: Substring) -> (Int, String?)? {
        let trimmed = Substring(ValueText.trim(text))
        let digits = trimmed.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard let number = ValueText.digits(utf8: digits) else { return nil }
        let words = ValueText.collapseSpaces(trimmed[digits.endIndex...]).lowercased()
        let onlyLetters = words.isASCII
            ? words.utf8.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || $0 == UInt8(ascii: " ") }
            : words.allSatisfy { $0.isLetter || $0 == " " }
        guard onlyLetters else { return nil }
        return (number, words.isEmpty ? nil : words)
    }

    /// Whether one reading is beyond the threshold.
    public func isBeyond(_ value: Double) -> Bool {
        ThresholdComparison(direction: direction, inclusive: inclusive).holds(value, against: threshold.value)
    }

    /// Whether the last `count` readings (oldest first) are all beyond the
    /// threshold; false when there are fewer than `count` readings.
    public func isFired(by readings: [Double]) -> Bool {
        readings.count >= count && readings.suffix(count).allSatisfy(isBeyond)
    }

    /// `> 7 for 2 readings`, `<= 90%`, for messages.
    public var description: String {
        let comparison = ThresholdComparison(direction: direction, inclusive: inclusive).symbol + " " + threshold.text
        guard count > 1 || countUnit != nil else { return comparison }
        return comparison + " for \(count) " + (countUnit ?? "readings")
    }
}
