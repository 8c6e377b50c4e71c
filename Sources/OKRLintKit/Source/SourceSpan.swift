/// A range of source text: `start` is the first character, `end` is exclusive
/// (the column just after the last character).
public struct SourceSpan: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = max(start, end)
    }

    /// A zero-width span at `position`.
    public static func point(_ position: SourcePosition) -> SourceSpan {
        SourceSpan(start: position, end: position)
    }

    /// The zero-width span at 1:1, used when a file has nothing better to point at.
    public static let fileStart = SourceSpan.point(.fileStart)

    /// The smallest span covering both spans.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// Whether `position` lies inside the span (end exclusive).
    public func contains(_ position: SourcePosition) -> Bool {
        start <= position && position < end
    }

    public var isMultiline: Bool { end.line > start.line }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)-\(end)" }
}
