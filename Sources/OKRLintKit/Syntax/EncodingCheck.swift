/// Checks that a file is UTF-8 text before any parser sees it: a UTF-16 or
/// UTF-32 byte-order mark, an invalid UTF-8 sequence or a NUL byte gives a
/// `syntax/encoding` diagnostic at the first offending byte.
public enum EncodingCheck {
    public static let ruleID = "syntax/encoding"

    /// The first encoding problem of `file`, if any.
    public static func firstProblem(in file: SourceFile) -> Diagnostic? {
        if let bom = foreignByteOrderMark(file.bytes) {
            return Diagnostic(
                rule: ruleID, span: .point(.fileStart),
                message: "the file starts with a \(bom) byte-order mark; okrlint reads UTF-8 only, so save the file as UTF-8")
        }
        guard let (offset, problem) = firstInvalidByte(file.bytes) else { return nil }
        let start = file.position(ofByteOffset: offset)
        let span = SourceSpan(start: start, end: SourcePosition(line: start.line, column: start.column + 1))
        return Diagnostic(rule: ruleID, span: span, message: problem)
    }

    private static func foreignByteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        return nil
    }

    /// Offset and description of the first NUL byte or malformed UTF-8 sequence.
    static func firstInvalidByte(_ bytes: [UInt8]) -> (Int, String)? {
        var index = 0
        let count = bytes.count
        while index < count {
            index = WordScan.skip(bytes, from: index) { WordScan.isASCII($0) && !WordScan.contains($0, 0) }
            guard index < count else { break }
            let lead = bytes[index]
            if lead == 0 {
                return (index, "NUL byte found: this looks like a binary file, not UTF-8 text")
            }
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return (index, invalidMessage(lead))
            }
            guard index + length <= count else { return (index, invalidMessage(lead)) }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard isContinuationByte(byte) else { return (index, invalidMessage(lead)) }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return (index, invalidMessage(lead))
            }
            index += length
        }
        return nil
    }

    private static func invalidMessage(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); save the file as UTF-8"
    }
}
