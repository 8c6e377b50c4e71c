/// Finds the `#` comments of a YAML file, which libyaml's parser drops.
///
/// A `#` starts a comment when it is at the start of a line or follows a space
/// or tab, and lies outside every scalar the parser reported; the scalar spans
/// cover quoted and block scalars, so a `#` inside them is text, not a comment.
enum CommentScanner {
    static func comments(in file: SourceFile, scalarSpans: [SourceSpan]) -> [YAMLComment] {
        var comments: [YAMLComment] = []
        var nextScalar = 0
        let bytes = file.bytes
        for line in 1...file.lineCount {
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
                        comments.append(YAMLComment(text: text, span: SourceSpan(start: here, end: end)))
                        break
                    }
                }
                if !isContinuationByte(byte) { column += 1 }
                previous = byte
                offset += 1
            }
        }
        return comments
    }
}
