/// Something of the source that a conversion could not carry, with the
/// line it is on, for the user to see (on standard error).
public struct ConversionNote: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
