/// A sentence as Unicode scalars, with the searches `WeeklyGoalSentence` needs:
/// whole words in any (ASCII) case, punctuation, trimming.
struct SentenceText {
    let scalars: [Unicode.Scalar]
    private let lowered: [Unicode.Scalar]
    /// The text's UTF-8, and where each scalar starts in it (one more entry
    /// for the end), so a part's text is one slice of bytes.
    private let utf8: [UInt8]
    private let utf8Offsets: [Int]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        // One pass over the scalars; a text has at most as many as it has bytes.
        var scalars: [Unicode.Scalar] = []
        var lowered: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(utf8.count)
        lowered.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            lowered.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.lowered = lowered
        utf8Offsets = offsets
    }

    var count: Int { scalars.count }

    /// The first occurrence of `word` as a whole word inside `range`; with
    /// `thenBy`, only where the word "by" follows after some whitespace, and the
    /// range returned runs to the end of "by".
    /// `word` is lower-case ASCII.
    func find(_ word: String, thenBy: Bool = false, in range: Range<Int>) -> Range<Int>? {
        let letters = word.utf8
        let length = letters.count
        guard let first = letters.first, range.count >= length else { return nil }
        for start in range.lowerBound...(range.upperBound - length) where lowered[start].value == UInt32(first) {
            guard let found = wholeWord(letters, at: start, before: range.upperBound) else { continue }
            guard thenBy else { return found }
            let next = trimmed(found.upperBound..<range.upperBound).lowerBound
            if next > found.upperBound, let by = find("by", in: next..<range.upperBound), by.lowerBound == next {
                return start..<by.upperBound
            }
        }
        return nil
    }

    /// `word` as a whole word at the first non-whitespace offset of `range`, or nil.
    /// `word` is lower-case ASCII.
    func leading(_ word: String, in range: Range<Int>) -> Range<Int>? {
        wholeWord(word.utf8, at: trimmed(range).lowerBound, before: range.upperBound)
    }

    func first(_ scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        range.first { scalars[$0] == scalar }
    }

    func last(_ scalar: Unicode.Scalar, in range: Range<Int>) -> Int? {
        range.last { scalars[$0] == scalar }
    }

    /// The offset of the first whitespace at or after `start`, else `limit`.
    func endOfWord(from start: Int, limit: Int) -> Int {
        (start..<limit).first { scalars[$0].isWhiteSpace } ?? limit
    }

    /// `range` without whitespace, and without the given scalars, at either end.
    func trimmed(
        _ range: Range<Int>, leading: [Unicode.Scalar] = [], trailing: [Unicode.Scalar] = []
    ) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isWhiteSpace || leading.contains(scalars[lower]) {
            lower += 1
        }
        while upper > lower, scalars[upper - 1].isWhiteSpace || trailing.contains(scalars[upper - 1]) {
            upper -= 1
        }
        return lower..<upper
    }

    /// The part covering `range`, or nil when it is empty.
    func part(_ range: Range<Int>) -> WeeklyGoalSentence.Part? {
        guard !range.isEmpty else { return nil }
        let bytes = utf8[utf8Offsets[range.lowerBound]..<utf8Offsets[range.upperBound]]
        return WeeklyGoalSentence.Part(text: String(decoding: bytes, as: UTF8.self), range: range)
    }

    /// Where `letters` (lower-case ASCII) stand as a whole word at `start`,
    /// ending at `limit` at the latest; nil when they do not.
    private func wholeWord(_ letters: String.UTF8View, at start: Int, before limit: Int) -> Range<Int>? {
        let end = start + letters.count
        guard end <= limit else { return nil }
        var index = start
        for letter in letters {
            guard lowered[index].value == UInt32(letter) else { return nil }
            index += 1
        }
        return isBoundary(start) && isBoundary(end) ? start..<end : nil
    }

    /// Whether a word may start or end at `offset`: no letter, digit, `-` or `_` on both sides.
    private func isBoundary(_ offset: Int) -> Bool {
        guard offset > 0, offset < scalars.count else { return true }
        return !(isWordScalar(scalars[offset - 1]) && isWordScalar(scalars[offset]))
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isAlphabetic || ValueText.isASCIIDigit(scalar) || scalar == "-" || scalar == "_"
    }
}
