/// The bytes of one goal file with an index of its lines, able to turn byte
/// offsets into positions and to give back the text of a line.
///
/// A leading UTF-8 byte-order mark is removed (and remembered) so that
/// column 1 is the first visible character, as editors show it.
public struct SourceFile: Sendable {
    /// The path as given by the user, used in findings.
    public let path: String
    /// The file's bytes, without a UTF-8 byte-order mark.
    public let bytes: [UInt8]
    /// Whether the file started with a UTF-8 byte-order mark.
    public let hadByteOrderMark: Bool
    /// Byte offset of the first byte of each line (index 0 is line 1).
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: bom) {
            self.bytes = Array(bytes.dropFirst(3))
            hadByteOrderMark = true
        } else {
            self.bytes = bytes
            hadByteOrderMark = false
        }
        lineStarts = SourceFile.indexLines(self.bytes)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Line breaks are LF, CRLF or a lone CR, as in YAML.
    private static func indexLines(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            index = WordScan.skip(bytes, from: index) { !WordScan.contains($0, 0x0A) && !WordScan.contains($0, 0x0D) }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            index += 1
            if byte == 0x0A {
                starts.append(index)
            } else if byte == 0x0D {
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }

    public var lineCount: Int { lineStarts.count }

    /// Byte range of a 1-based line, without its line break.
    public func byteRange(ofLine line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The text of a 1-based line without its line break (invalid UTF-8 is repaired).
    public func text(ofLine line: Int) -> String {
        String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
    }

    /// Number of Unicode scalars on a 1-based line.
    public func scalarCount(ofLine line: Int) -> Int {
        bytes[byteRange(ofLine: line)].reduce(0) { $0 + (isContinuationByte($1) ? 0 : 1) }
    }

    /// The position of the byte at `offset` (columns count scalars).
    public func position(ofByteOffset offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        let column = bytes[lineStarts[low]..<clamped].reduce(1) { $0 + (isContinuationByte($1) ? 0 : 1) }
        return SourcePosition(line: low + 1, column: column)
    }

    /// The byte offset of a position, or the end of its line when the column is past it.
    public func byteOffset(of position: SourcePosition) -> Int {
        let range = byteRange(ofLine: position.line)
        let asciiEnd = range.lowerBound + min(max(position.column - 1, 0), range.count)
        if WordScan.isASCII(bytes, in: range.lowerBound..<asciiEnd) { return asciiEnd }  // a byte per column
        var offset = range.lowerBound
        var column = 1
        while offset < range.upperBound, column < position.column {
            offset += 1
            while offset < range.upperBound, isContinuationByte(bytes[offset]) { offset += 1 }
            column += 1
        }
        return offset
    }

    /// The text between two positions.
    public func text(in span: SourceSpan) -> String {
        let start = byteOffset(of: span.start)
        let end = max(start, byteOffset(of: span.end))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

@inline(__always)
func isContinuationByte(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
