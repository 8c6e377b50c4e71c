/// Finds the `#` comments of a YAML file, which libyaml's parser drops.
///
/// A `#` starts a comment when it is at the start of a line or follows a space
/// or tab, and lies outside every scalar the parser reported; the scalar spans
/// cover quoted and block scalars, so a `#` inside them is text, not a comment.
enum CommentScanner {
    static func comments(in file: SourceFile, scalarSpans: [SourceSpan]) -> [YAMLComment] {
        var comments: [YAMLComment] = []
        var nextScalar = 0
        for line in linesWithHashSign(in: file) {
            if let comment = comment(onLine: line, of: file, scalarSpans: scalarSpans, nextScalar: &nextScalar) {
                comments.append(comment)
            }
        }
        return comments
    }

    /// The lines holding a `#`, in order: most lines hold none, and they are
    /// found by skipping eight bytes at a time from one `#` to the next.
    private static func linesWithHashSign(in file: SourceFile) -> [Int] {
        let bytes = file.bytes
        var lines: [Int] = []
        var line = 1
        var offset = 0
        while true {
            offset = WordScan.skip(bytes, from: offset) { !WordScan.contains($0, UInt8(ascii: "#")) }
            guard let hash = bytes[offset...].firstIndex(of: UInt8(ascii: "#")) else { return lines }
            while line < file.lineCount, file.byteRange(ofLine: line + 1).lowerBound <= hash { line += 1 }
            if lines.last != line { lines.append(line) }
            offset = hash + 1
        }
    }

    /// The comment on `line`, if a `#` there starts one; `nextScalar` moves
    /// through `scalarSpans` as the lines go by.
    private static func comment(
        onLine line: Int, of file: SourceFile, scalarSpans: [SourceSpan], nextScalar: inout Int
    ) -> YAMLComment? {
        let bytes = file.bytes
        let range = file.byteRange(ofLine: line)
        var column = 1
        var previous: UInt8 = 0x20
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "#"), previous == 0x20 || previous == 0x09 {
                let here = SourcePosition(line: line, column: column)
                while nextScalar < scalarSpans.count, scalarSpans[nextScalar].end <= here { nextScalar += 1 }
                let insideScalar = nextScalar < scalarSpans.count && scalarSpans[nextScalar].contains(here)
                if !insideScalar {
                    let text = String(decoding: bytes[(offset + 1)..<range.upperBound], as: UTF8.self)
                    let end = SourcePosition(line: line, column: file.scalarCount(ofLine: line) + 1)
                    return YAMLComment(text: text, span: SourceSpan(start: here, end: end))
                }
            }
            if !isContinuationByte(byte) { column += 1 }
            previous = byte
            offset += 1
        }
        return nil
    }
}
