/// A failure of the run itself (exit code 2): bad arguments, an unreadable or
/// missing path, a folder without goal files, an unwritable output. The
/// message names the path or value and says what is wrong.
public struct RunError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
