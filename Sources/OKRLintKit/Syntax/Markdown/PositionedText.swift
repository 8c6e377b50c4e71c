/// A piece of source text with the position of each of its Unicode scalars,
/// so that any part of it keeps its exact span however lines were joined or
/// comments cut out. Columns count Unicode scalars (SPEC §2).
struct PositionedText: Sendable {
    private(set) var scalars: [Unicode.Scalar]
    private(set) var positions: [SourcePosition]
    /// Just after the last scalar; for an empty text, the place where it sits.
    private(set) var end: SourcePosition

    init(scalars: [Unicode.Scalar], positions: [SourcePosition], end: SourcePosition) {
        self.scalars = scalars
        self.positions = positions
        self.end = end
    }

    /// `string` laid out on one line from `start` (for text that is not read from a file).
    init(_ string: String, at start: SourcePosition = .fileStart) {
        scalars = Array(string.unicodeScalars)
        positions = scalars.indices.map { SourcePosition(line: start.line, column: start.column + $0) }
        end = SourcePosition(line: start.line, column: start.column + scalars.count)
    }

    /// The text of a 1-based line of `file`, without its line break.
    init(line: Int, of file: SourceFile) {
        self.init(file.text(ofLine: line), at: SourcePosition(line: line, column: 1))
    }

    var count: Int { scalars.count }
    var isEmpty: Bool { scalars.isEmpty }
    var string: String { String(String.UnicodeScalarView(scalars)) }
    var start: SourcePosition { positions.first ?? end }
    var span: SourceSpan { SourceSpan(start: start, end: end) }

    /// The part of the text in `range` (scalar offsets), with its own end.
    subscript(range: Range<Int>) -> PositionedText {
        let lower = min(max(range.lowerBound, 0), count)
        let upper = min(max(range.upperBound, lower), count)
        let end: SourcePosition
        if upper > lower {
            let last = positions[upper - 1]
            end = SourcePosition(line: last.line, column: last.column + 1)
        } else {
            end = lower < count ? positions[lower] : self.end
        }
        return PositionedText(scalars: Array(scalars[lower..<upper]), positions: Array(positions[lower..<upper]), end: end)
    }

    /// The text from `offset` to the end.
    func suffix(from offset: Int) -> PositionedText { self[offset..<count] }

    /// The text without leading and trailing spaces and tabs.
    func trimmed() -> PositionedText {
        var lower = 0
        var upper = count
        while lower < upper, scalars[lower].isBlank { lower += 1 }
        while upper > lower, scalars[upper - 1].isBlank { upper -= 1 }
        return self[lower..<upper]
    }

    /// Whether the text holds nothing but spaces and tabs.
    var isBlank: Bool { scalars.allSatisfy(\.isBlank) }

    /// Appends `other`, joined by `separator` (placed just after this text).
    mutating func append(_ other: PositionedText, separator: String) {
        let glue = PositionedText(separator, at: end)
        scalars += glue.scalars
        positions += glue.positions.map { _ in end }
        scalars += other.scalars
        positions += other.positions
        end = other.end
    }

    /// The text without the scalars in `ranges` (sorted, not overlapping).
    func removing(_ ranges: [Range<Int>]) -> PositionedText {
        guard !ranges.isEmpty else { return self }
        var result = PositionedText(scalars: [], positions: [], end: end)
        var kept = 0
        for range in ranges {
            result.scalars += scalars[kept..<range.lowerBound]
            result.positions += positions[kept..<range.lowerBound]
            kept = range.upperBound
        }
        result.scalars += scalars[kept...]
        result.positions += positions[kept...]
        if let last = ranges.last, last.upperBound == count { result.end = last.lowerBound < count ? positions[last.lowerBound] : end }
        return result
    }

    /// The offset of the first occurrence of `needle` at or after `from`.
    func firstOffset(of needle: String, from: Int = 0) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, count >= pattern.count, from <= count - pattern.count else { return nil }
        for offset in max(from, 0)...(count - pattern.count) where matches(pattern, at: offset) {
            return offset
        }
        return nil
    }

    /// Whether `pattern` occurs at `offset` (ASCII letters compared without case when asked).
    func matches(_ pattern: [Unicode.Scalar], at offset: Int, ignoringCase: Bool = false) -> Bool {
        guard offset >= 0, offset + pattern.count <= count else { return false }
        for (index, expected) in pattern.enumerated() {
            let actual = scalars[offset + index]
            if actual == expected { continue }
            guard ignoringCase, actual.asciiLowercased == expected.asciiLowercased else { return false }
        }
        return true
    }

    /// Whether the text starts with `prefix`.
    func hasPrefix(_ prefix: String, ignoringCase: Bool = false) -> Bool {
        matches(Array(prefix.unicodeScalars), at: 0, ignoringCase: ignoringCase)
    }

    /// The number of leading scalars satisfying `predicate`.
    func prefixLength(from offset: Int = 0, while predicate: (Unicode.Scalar) -> Bool) -> Int {
        var index = offset
        while index < count, predicate(scalars[index]) { index += 1 }
        return index - offset
    }
}

extension Unicode.Scalar {
    /// A space or a tab.
    var isBlank: Bool { self == " " || self == "\t" }

    /// The scalar with ASCII capitals lowered.
    var asciiLowercased: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32) ?? self : self
    }
}
