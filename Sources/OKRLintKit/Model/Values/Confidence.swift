/// How sure the owner is that a key result will land, from 0 to 1.
///
/// Forms read by `parse`: a number from 0 to 1 (`0.6`), a percentage from 0% to
/// 100% (`60%` → 0.6), or a word, in any case: `low` → 0.25, `medium` (or `med`)
/// → 0.5, `high` → 0.75. The words sit at the quartiles so none of them claims
/// certainty. A number above 1 without `%` (`60`) is an error, not a guess.
public struct Confidence: Sendable, Hashable, CustomStringConvertible {
    /// From 0 to 1.
    public let value: Double
    /// `low`, `medium` or `high` when the confidence was written as a word.
    public let label: String?

    private static let labels: [String: (label: String, value: Double)] = [
        "low": ("low", 0.25),
        "med": ("medium", 0.5),
        "medium": ("medium", 0.5),
        "high": ("high", 0.75),
    ]

    /// A confidence from a number; fails outside 0...1.
    public init(value: Double) throws(ValueFormError) {
        guard (0...1).contains(value) else {
            throw ValueFormError("confidence must be between 0 and 1, or low / medium / high")
        }
        self.init(value: value, label: nil)
    }

    private init(value: Double, label: String?) {
        self.value = value
        self.label = label
    }

    public static func parse(_ text: String) -> Result<Confidence, ValueFormError> {
        let trimmed = ValueText.trim(text)
        if let word = labels[trimmed.lowercased()] {
            return .success(Confidence(value: word.value, label: word.label))
        }
        guard case .success(let quantity) = Quantity.parse(trimmed), quantity.unit == nil || quantity.unit == "%" else {
            return .failure(ValueFormError(
                "expected a confidence between 0 and 1 (such as 0.6 or 60%), or low / medium / high"))
        }
        do {
            return .success(try Confidence(value: quantity.unit == "%" ? quantity.value / 100 : quantity.value))
        } catch {
            return .failure(error)
        }
    }

    /// The label when there is one, else the number (`0.6`).
    public var description: String {
        label ?? ValueText.number(value)
    }
}
