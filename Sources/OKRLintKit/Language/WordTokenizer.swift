/// Splits a phrase into words, numbers and symbols in one pass, without regular expressions.
enum WordTokenizer {
    private static let currencySigns: Set<Character> = ["$", "€", "£", "¥"]
    private static let wordJoiners: Set<Character> = ["-", "'", "’", "."]
    private static let numberSeparators: Set<Character> = [",", "."]

    static func tokens(in text: String) -> [WordToken] {
        let chars = Array(text)
        var tokens: [WordToken] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char.isWhitespace {
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
            } else if char.isLetter {
                index = endOfWord(chars, from: index)
                kind = .word
            } else {
                index += 1
                kind = .symbol
            }
            let text = String(chars[start..<index])
            let normalized = String(text.lowercased().map { $0 == "’" ? "'" : $0 })
            tokens.append(WordToken(text: text, normalized: normalized, kind: kind, range: start..<index))
        }
        return tokens
    }

    private static func isAlphanumeric(_ chars: [Character], _ index: Int) -> Bool {
        index < chars.count && (chars[index].isLetter || chars[index].isNumber)
    }

    private static func isDigit(_ chars: [Character], _ index: Int) -> Bool {
        index < chars.count && chars[index].isNumber
    }

    private static func startsNumber(_ chars: [Character], at index: Int) -> Bool {
        isDigit(chars, index) || (currencySigns.contains(chars[index]) && isDigit(chars, index + 1))
    }

    /// A joiner followed by a letter or digit continues a word ("run-rate", "v2.3").
    private static func joinsWord(_ chars: [Character], at index: Int) -> Bool {
        index < chars.count && chars[index] == "-" && index + 1 < chars.count && chars[index + 1].isLetter
    }

    private static func endOfWord(_ chars: [Character], from start: Int) -> Int {
        var index = start
        while index < chars.count {
            if isAlphanumeric(chars, index) {
                index += 1
            } else if wordJoiners.contains(chars[index]) && isAlphanumeric(chars, index + 1) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Currency sign, digits with inner separators, then a percent sign or a unit ("h", "k", "M", "x").
    private static func endOfNumber(_ chars: [Character], from start: Int) -> Int {
        var index = start
        if currencySigns.contains(chars[index]) { index += 1 }
        while index < chars.count {
            if chars[index].isNumber {
                index += 1
            } else if numberSeparators.contains(chars[index]) && isDigit(chars, index + 1) {
                index += 2
            } else {
                break
            }
        }
        if index < chars.count && chars[index] == "%" { return index + 1 }
        while index < chars.count && chars[index].isLetter { index += 1 }
        return index
    }
}
