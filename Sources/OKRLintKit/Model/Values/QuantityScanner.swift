/// Reads the number, multiplier and unit of a quantity's text (see `Quantity`).
///
/// Grammar, on the trimmed text:
/// `sign? currency? sign? space* digits multiplier? space* (% | /rating)? space* unit?`
/// where the unit is a lone currency symbol (when none came first) or words
/// starting with a letter, `/` followed by a letter, or `°`.
struct QuantityScanner {
    struct Reading {
        let value: Double
        let unit: String?
    }

    static let currencySymbols: Set<Unicode.Scalar> = ["$", "€", "£", "¥", "₹"]
    private static let signs: Set<Unicode.Scalar> = ["+", "-", "\u{2212}"]
    private static let percentWords: Set<String> = ["percent", "per cent", "pct"]

    private let scalars: [Unicode.Scalar]
    private var index = 0

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// The reading of `text`, or nil when it is not a quantity.
    static func scan(_ text: String) -> Reading? {
        if let value = plainDecimal(text) { return Reading(value: value, unit: nil) }
        var scanner = QuantityScanner(text)
        return scanner.reading()
    }

    /// `120`, `-5`, `103.5`: the form most quantities in goal files take,
    /// read without the scanner. With at most 15 digits the digits are exact
    /// as a Double and so is the power of ten, so one division gives the
    /// correctly rounded value, as the scanner's `Double(String)` does.
    private static func plainDecimal(_ text: String) -> Double? {
        var mantissa = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        var lastWasDigit = false
        var negative = false
        var isFirst = true
        for byte in text.utf8 {
            defer { isFirst = false }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                mantissa = mantissa &* 10 &+ Int(byte &- UInt8(ascii: "0"))
                digits += 1
                if sawPoint { fractionDigits += 1 }
                lastWasDigit = true
            case UInt8(ascii: ".") where lastWasDigit && !sawPoint:
                (sawPoint, lastWasDigit) = (true, false)
            case UInt8(ascii: "-") where isFirst:
                negative = true
            default:
                return nil
            }
        }
        guard lastWasDigit, digits <= 15 else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// 10⁰ … 10¹⁵, each exact as a Double.
    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { power, _ in power * 10 } }

    private mutating func reading() -> Reading? {
        var negative = takeSign()
        let currency = take(where: { Self.currencySymbols.contains($0) })
        if currency != nil, !negative.taken {
            negative = takeSign()
        }
        skipSpaces()
        guard var number = takeNumber() else { return nil }
        number.exponent += takeMultiplier(afterCurrency: currency != nil)
        skipSpaces()
        var pieces: [String] = []
        if let currency { pieces.append(String(currency)) }
        if take(where: { $0 == "%" }) != nil {
            pieces.append("%")
        } else if let rating = takeRating() {
            pieces.append(rating)
        }
        skipSpaces()
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        if !rest.isEmpty {
            if currency == nil, pieces.isEmpty, rest.unicodeScalars.count == 1,
               let symbol = rest.unicodeScalars.first, Self.currencySymbols.contains(symbol) {
                pieces.append(rest)
            } else {
                guard let words = Self.unitWords(rest) else { return nil }
                pieces.append(words)
            }
        }
        let digits = (negative.isMinus ? "-" : "") + number.mantissa + "e" + String(number.exponent)
        guard let value = Double(digits) else { return nil }
        return Reading(value: value, unit: pieces.isEmpty ? nil : Self.join(pieces))
    }

    // MARK: Pieces

    private struct Number {
        var mantissa: String
        var exponent: Int
    }

    private mutating func takeSign() -> (taken: Bool, isMinus: Bool) {
        guard let sign = take(where: { Self.signs.contains($0) }) else { return (false, false) }
        return (true, sign != "+")
    }

    /// Digits with optional comma groups, an optional fraction and an optional exponent.
    private mutating func takeNumber() -> Number? {
        var integer = takeDigits()
        if !integer.isEmpty, integer.count <= 3 {
            while peek(0) == ",", (1...3).allSatisfy({ isDigit(peek($0)) }), !isDigit(peek(4)) {
                index += 1
                integer += takeDigits()
            }
        }
        var fraction = ""
        if peek(0) == ".", isDigit(peek(1)) {
            index += 1
            fraction = takeDigits()
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        let mantissa = (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction)
        return Number(mantissa: mantissa, exponent: takeExponent() ?? 0)
    }

    private mutating func takeExponent() -> Int? {
        guard peek(0) == "e" || peek(0) == "E" else { return nil }
        var length = 1
        var negative = false
        if let sign = peek(1), Self.signs.contains(sign) {
            negative = sign != "+"
            length = 2
        }
        guard isDigit(peek(length)) else { return nil }
        index += length
        // An exponent too long for Int is out of Double's range anyway.
        let magnitude = ValueText.digits(takeDigits()) ?? 999_999
        return negative ? -magnitude : magnitude
    }

    /// A multiplier glued to the digits and not followed by a letter, as a power of ten.
    private mutating func takeMultiplier(afterCurrency: Bool) -> Int {
        var candidates: [(String, Int)] = [("bn", 9), ("k", 3), ("K", 3), ("M", 6), ("B", 9)]
        if afterCurrency {
            candidates = [("mn", 6), ("m", 6), ("b", 9)] + candidates
        }
        for (suffix, power) in candidates {
            let length = suffix.unicodeScalars.count
            guard scalars[index...].starts(with: suffix.unicodeScalars),
                  !(peek(length)?.isAlphabetic ?? false)
            else { continue }
            index += length
            return power
        }
        return 0
    }

    /// `/5`, `/10`, `/4.5`: the scale of a rating, glued to the number.
    private mutating func takeRating() -> String? {
        guard peek(0) == "/", isDigit(peek(1)) else { return nil }
        index += 1
        var scale = "/" + takeDigits()
        if peek(0) == ".", isDigit(peek(1)) {
            index += 1
            scale += "." + takeDigits()
        }
        return scale
    }

    private static func unitWords(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return nil }
        let startsWell = first.isAlphabetic || first == "°"
            || (first == "/" && scalars.count > 1 && scalars[1].isAlphabetic)
        guard startsWell else { return nil }
        let words = ValueText.collapseSpaces(text)
        return percentWords.contains(words.lowercased()) ? "%" : words
    }

    private static func join(_ pieces: [String]) -> String {
        var unit = ""
        for piece in pieces {
            let glued = unit.isEmpty || piece.hasPrefix("/") || piece.hasPrefix("%")
            unit += glued ? piece : " " + piece
        }
        return unit
    }

    // MARK: Scanning primitives

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(ValueText.isASCIIDigit) ?? false
    }

    private mutating func take(where matches: (Unicode.Scalar) -> Bool) -> Unicode.Scalar? {
        guard let scalar = peek(0), matches(scalar) else { return nil }
        index += 1
        return scalar
    }

    private mutating func takeDigits() -> String {
        var digits = ""
        while let scalar = take(where: ValueText.isASCIIDigit) {
            digits.unicodeScalars.append(scalar)
        }
        return digits
    }

    private mutating func skipSpaces() {
        while take(where: { $0.isWhiteSpace }) != nil {}
    }
}
