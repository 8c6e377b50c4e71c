import Foundation

/// The band a KPI should stay in: a lower bound, an upper bound, or both.
///
/// Forms read by `parse`:
/// - two bounds, both inclusive: `4..6`, `4...6`, `4-6`, `4–6`, `4 to 6`,
///   `between 4 and 6`, with units on either or both ends (`4..6 minutes`,
///   `95%..100%`). A unit written on one end only applies to both; two different
///   units are an error. A hyphen splits the text only where both sides read as
///   numbers, so `-10--5` is the range from -10 to -5 and a lone `-5` is no range;
/// - one bound, with `ThresholdComparison`'s symbols and words: `<= 6`, `≤ 6`, `< 6`,
///   `>= 95%`, `> 90`, `at most 6`, `above 90`. `<` and `>` exclude the bound.
///
/// A range whose minimum is above its maximum (`6..4`) is an error; `4..4` is allowed.
public struct HealthyRange: Sendable, Hashable, CustomStringConvertible {
    public let min: Quantity?
    public let max: Quantity?
    /// Whether a value equal to `min` is healthy (false for `> 90`).
    public let minInclusive: Bool
    /// Whether a value equal to `max` is healthy (false for `< 6`).
    public let maxInclusive: Bool

    /// An inclusive range from the `{min: 4, max: 6}` form; either end may be nil,
    /// not both. A unit given on one end only applies to both.
    public init(min: Quantity?, max: Quantity?) throws(ValueFormError) {
        var low = min
        var high = max
        if let lower = min, let upper = max {
            switch (lower.unit, upper.unit) {
            case (nil, let unit?): low = lower.withUnit(unit)
            case (let unit?, nil): high = upper.withUnit(unit)
            case (let first?, let second?) where first != second:
                throw ValueFormError("the ends of the healthy range have different units: \(first) and \(second)")
            default: break
            }
            guard lower.value <= upper.value else {
                throw ValueFormError(
                    "the healthy range runs downwards: its minimum \(lower.text) is above its maximum \(upper.text)")
            }
        } else if min == nil, max == nil {
            throw ValueFormError("a healthy range needs a min, a max or both")
        }
        self.init(min: low, minInclusive: true, max: high, maxInclusive: true)
    }

    private init(min: Quantity?, minInclusive: Bool, max: Quantity?, maxInclusive: Bool) {
        self.min = min
        self.minInclusive = minInclusive
        self.max = max
        self.maxInclusive = maxInclusive
    }

    public static func parse(_ text: String) -> Result<HealthyRange, ValueFormError> {
        let trimmed = ValueText.trim(text)
        let expected = ValueFormError("expected a healthy range such as 4..6, 4..6 minutes, <= 6 or >= 95%")
        if let (comparison, rest) = ThresholdComparison.split(trimmed) {
            guard case .success(let bound) = Quantity.parse(rest) else { return .failure(expected) }
            return .success(comparison.direction == .above
                ? HealthyRange(min: bound, minInclusive: comparison.inclusive, max: nil, maxInclusive: true)
                : HealthyRange(min: nil, minInclusive: true, max: bound, maxInclusive: comparison.inclusive))
        }
        guard let (low, high) = bounds(in: trimmed) else { return .failure(expected) }
        do {
            return .success(try HealthyRange(min: low, max: high))
        } catch {
            return .failure(error)
        }
    }

    /// The two ends of a two-bound form, or nil when `text` is not one.
    private static func bounds(in text: String) -> (Quantity, Quantity)? {
        if ValueText.startsIgnoringCase(text.utf8, with: "between ".utf8) {
            return split(String(text.dropFirst("between ".count)), at: " and ")
        }
        for separator in ["...", "..", "–", " to ", "-"] {
            if let ends = split(text, at: separator) { return ends }
        }
        return nil
    }

    /// The first split of `text` at `separator` (any case, not at the very start)
    /// whose two sides both read as quantities.
    private static func split(_ text: String, at separator: String) -> (Quantity, Quantity)? {
        let utf8 = text.utf8
        let pattern = separator.utf8
        var start = utf8.index(utf8.startIndex, offsetBy: 1, limitedBy: utf8.endIndex) ?? utf8.endIndex
        while let end = utf8.index(start, offsetBy: pattern.count, limitedBy: utf8.endIndex) {
            if ValueText.startsIgnoringCase(utf8[start...], with: pattern),
               case .success(let low) = Quantity.parse(String(text[..<start])),
               case .success(let high) = Quantity.parse(String(text[end...])) {
                return (low, high)
            }
            start = utf8.index(after: start)
        }
        return nil
    }

    /// Whether `value` lies in the range. Units are not compared: the caller
    /// checks that readings and range share one.
    public func contains(_ value: Double) -> Bool {
        if let min, !(minInclusive ? value >= min.value : value > min.value) { return false }
        if let max, !(maxInclusive ? value <= max.value : value < max.value) { return false }
        return true
    }

    /// The unit of the range's ends, if any.
    public var unit: String? { min?.unit ?? max?.unit }

    /// `4..6 minutes`, `<= 6`, `> 90`, for messages.
    public var description: String {
        if let low = min, let high = max { return "\(low.text)..\(high.text)" }
        if let low = min { return (minInclusive ? ">= " : "> ") + low.text }
        return (maxInclusive ? "<= " : "< ") + (max?.text ?? "")
    }
}
