/// A record read from a mapping of the goal file. It remembers the keys whose
/// values were present but malformed (already reported as `schema/type`), so
/// rules about missing fields do not report them a second time.
public protocol FieldRecord: Sendable {
    var invalidKeys: Set<String> { get set }
}

extension FieldRecord {
    /// Whether `key` was written with a value that could not be read.
    public func hasInvalidValue(for key: String) -> Bool { invalidKeys.contains(key) }
}
