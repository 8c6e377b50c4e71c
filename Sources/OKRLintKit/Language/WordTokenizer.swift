/// Splits a phrase into words, numbers and symbols in one pass, without regular expressions.
/// Plain ASCII phrases (nearly all of them) are scanned byte by byte; others by character.
enum WordTokenizer {
    static func tokens(in text: String) -> [WordToken] {
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) {
            // One byte is one character here (no CR that could pair with LF into one).
            return scan(bytes).map { range, kind in
                let written = String(decoding: bytes[range], as: UTF8.self)
                let word = bytes[range]
                guard word.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else {
                    return WordToken(text: written, normalized: written, kind: kind, range: range)
                }
                let lowered = String(unsafeUninitializedCapacity: word.count) { buffer in
                    for (offset, byte) in word.enumerated() { buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                    return word.count
                }
                return WordToken(text: written, normalized: lowered, kind: kind, range: range)
            }
        }
        let chars = Array(text)
        return scan(chars).map { range, kind in
            let written = String(chars[range])
            let normalized = String(written.lowercased().map { $0 == "’" ? "'" : $0 })
            return WordToken(text: written, normalized: normalized, kind: kind, range: range)
        }
    }

    /// The token boundaries and kinds of a phrase given as characters or ASCII bytes.
    private static func scan<C: TokenCharacter>(_ chars: [C]) -> [(Range<Int>, WordToken.Kind)] {
        var tokens: [(Range<Int>, WordToken.Kind)] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char.isSpace {
                index += 1
                continue
            }
            let start = index
            let kind: WordToken.Kind
            if startsNumber(chars, at: index) {
                index = endOfNumber(chars, from: index)
                if joinsWord(chars, at: index) {
                    index = endOfWord(chars, from: index)
                    kind = .word
                } else {
                    kind = .number
                }
            } else if char.isLetterLike {
                index = endOfWord(chars, from: index)
                kind = .word
            } else {
                index += 1
                kind = .symbol
            }
            tokens.append((start..<index, kind))
        }
        return tokens
    }

    private static func isAlphanumeric<C: TokenCharacter>(_ chars: [C], _ index: Int) -> Bool {
        index < chars.count && (chars[index].isLetterLike || chars[index].isDigitLike)
    }

    private static func isDigit<C: TokenCharacter>(_ chars: [C], _ index: Int) -> Bool {
        index < chars.count && chars[index].isDigitLike
    }

    private static func startsNumber<C: TokenCharacter>(_ chars: [C], at index: Int) -> Bool {
        isDigit(chars, index) || (chars[index].isCurrencySign && isDigit(chars, index + 1))
    }

    /// A joiner followed by a letter or digit continues a word ("run-rate", "v2.3").
    private static func joinsWord<C: TokenCharacter>(_ chars: [C], at index: Int) -> Bool {
        index < chars.count && chars[index].isHyphen && index + 1 < chars.count && chars[index + 1].isLetterLike
    }

    private static func endOfWord<C: TokenCharacter>(_ chars: [C], from start: Int) -> Int {
        var index = start
        while index < chars.count {
            if isAlphanumeric(chars, index) {
                index += 1
            } else if chars[index].isWordJoiner && isAlphanumeric(chars, index + 1) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Currency sign, digits with inner separators, then a percent sign or a unit ("h", "k", "M", "x").
    private static func endOfNumber<C: TokenCharacter>(_ chars: [C], from start: Int) -> Int {
        var index = start
        if chars[index].isCurrencySign { index += 1 }
        while index < chars.count {
            if chars[index].isDigitLike {
                index += 1
            } else if chars[index].isNumberSeparator && isDigit(chars, index + 1) {
                index += 2
            } else {
                break
            }
        }
        if index < chars.count && chars[index].isPercentSign { return index + 1 }
        while index < chars.count && chars[index].isLetterLike { index += 1 }
        return index
    }
}

/// What the tokenizer needs to know of one character, for `Character` and for ASCII bytes.
private protocol TokenCharacter {
    var isSpace: Bool { get }
    var isLetterLike: Bool { get }
    var isDigitLike: Bool { get }
    var isCurrencySign: Bool { get }
    /// `-`, `'`, `’` or `.`: joins two parts of a word.
    var isWordJoiner: Bool { get }
    var isHyphen: Bool { get }
    var isNumberSeparator: Bool { get }
    var isPercentSign: Bool { get }
}

extension Character: TokenCharacter {
    fileprivate var isSpace: Bool { isWhitespace }
    fileprivate var isLetterLike: Bool { isLetter }
    fileprivate var isDigitLike: Bool { isNumber }
    fileprivate var isCurrencySign: Bool { self == "$" || self == "€" || self == "£" || self == "¥" }
    fileprivate var isWordJoiner: Bool { self == "-" || self == "'" || self == "’" || self == "." }
    fileprivate var isHyphen: Bool { self == "-" }
    fileprivate var isNumberSeparator: Bool { self == "," || self == "." }
    fileprivate var isPercentSign: Bool { self == "%" }
}

extension UInt8: TokenCharacter {
    fileprivate var isSpace: Bool { Unicode.Scalar(self).isWhiteSpace }
    fileprivate var isLetterLike: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    fileprivate var isDigitLike: Bool { (0x30...0x39).contains(self) }
    fileprivate var isCurrencySign: Bool { self == UInt8(ascii: "$") }
    fileprivate var isWordJoiner: Bool { self == UInt8(ascii: "-") || self == UInt8(ascii: "'") || self == UInt8(ascii: ".") }
    fileprivate var isHyphen: Bool { self == UInt8(ascii: "-") }
    fileprivate var isNumberSeparator: Bool { self == UInt8(ascii: ",") || self == UInt8(ascii: ".") }
    fileprivate var isPercentSign: Bool { self == UInt8(ascii: "%") }
}
