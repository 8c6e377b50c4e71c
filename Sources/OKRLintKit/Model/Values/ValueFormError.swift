/// A value whose text does not have the form okrlint expects.
///
/// The message says which form was expected ("expected a date like 2026-10-14"),
/// so it can be shown to the user as it is, next to the offending text.
public struct ValueFormError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A sentence for the user, without the location (the finding carries that).
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
