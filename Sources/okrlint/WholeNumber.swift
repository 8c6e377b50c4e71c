import ArgumentParser

/// Reads a whole-number option such as `--max-warnings N`, so that a value
/// that is not one, or is too small, says what the value must be.
enum WholeNumber {
    /// A transform accepting whole numbers from `minimum` up.
    static func atLeast(_ minimum: Int) -> @Sendable (String) throws -> Int {
        { text in
            guard let value = Int(text), value >= minimum else {
                throw ValidationError("must be a whole number \(minimum) or more")
            }
            return value
        }
    }
}
