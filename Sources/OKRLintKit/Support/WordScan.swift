/// Scanning bytes eight at a time: goal files are almost all ASCII text, so
/// the byte-level passes over a whole file (encoding check, line index) skip
/// whole words that cannot hold what they look for.
enum WordScan {
    /// The first offset from `start` on where `skippable` fails for the eight
    /// bytes there (read as a little-endian word), or where fewer than eight
    /// remain before `end` (the end of `bytes` when it lies beyond).
    static func skip(_ bytes: [UInt8], from start: Int, upTo end: Int = .max, while skippable: (UInt64) -> Bool) -> Int {
        bytes.withUnsafeBytes { buffer in
            let limit = min(end, buffer.count)
            var index = start
            while index + 8 <= limit,
                  skippable(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self))) {
                index += 8
            }
            return index
        }
    }

    /// Whether every byte of `bytes` in `range` is ASCII.
    static func isASCII(_ bytes: [UInt8], in range: Range<Int>) -> Bool {
        let tail = skip(bytes, from: range.lowerBound, upTo: range.upperBound, while: isASCII)
        return bytes[tail..<range.upperBound].allSatisfy { $0 < 0x80 }
    }

    /// Whether any of the word's bytes is `byte`.
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let spread = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (spread &- 0x0101_0101_0101_0101) & ~spread & highBits != 0
    }

    /// Whether every byte of the word is ASCII (below 0x80).
    static func isASCII(_ word: UInt64) -> Bool {
        word & highBits == 0
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
}
