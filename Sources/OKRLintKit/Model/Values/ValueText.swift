import Foundation

/// Small text helpers shared by the value parsers.
enum ValueText {
    /// The text without leading and trailing white space (any Unicode white
    /// space or line break); untouched text is returned without copying work.
    static func trim<S: StringProtocol>(_ text: S) -> String {
        let text = Substring(text)
        let utf8 = text.utf8
        if let first = utf8.first, isVisibleASCII(first), let last = utf8.last, isVisibleASCII(last) {
            return String(text)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        return String(scalars[first...last])
    }

    /// The value of a non-empty run of ASCII digits, or nil for anything else
    /// (signs, spaces, non-ASCII digits, a value too large for Int).
    static func digits<S: StringProtocol>(_ text: S) -> Int? {
        digits(utf8: text.utf8)
    }

    /// The same for UTF-8 bytes.
    static func digits(utf8: some Collection<UInt8>) -> Int? {
        guard !utf8.isEmpty else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowedAgain) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflowed, !overflowedAgain else { return nil }
            value = sum
        }
        return value
    }

    /// Whether `bytes` start with `pattern`, where `pattern`'s lowercase ASCII
    /// letters match in either case and its other bytes match exactly.
    static func startsIgnoringCase(_ bytes: some Sequence<UInt8>, with pattern: some Sequence<UInt8>) -> Bool {
        var remaining = bytes.makeIterator()
        for expected in pattern {
            guard let byte = remaining.next() else { return false }
            let isLetter = expected >= UInt8(ascii: "a") && expected <= UInt8(ascii: "z")
            guard byte == expected || (isLetter && byte | 0x20 == expected) else { return false }
        }
        return true
    }

    /// Collapses runs of whitespace to one space (and drops it at both ends).
    static func collapseSpaces<S: StringProtocol>(_ text: S) -> String {
        let utf8 = text.utf8
        if hasSingleSpacesOnly(utf8) { return String(text) }
        if utf8.allSatisfy({ $0 < 0x80 }) { return collapseASCIISpaces(utf8) }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `collapseSpaces` for ASCII text, byte by byte (white space as
    /// `Unicode.Scalar.isWhiteSpace` has it).
    private static func collapseASCIISpaces(_ utf8: some Collection<UInt8>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var spaceDue = false
        for byte in utf8 {
            if Unicode.Scalar(byte).isWhiteSpace {
                spaceDue = !bytes.isEmpty
            } else {
                if spaceDue { bytes.append(0x20) }
                spaceDue = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Visible ASCII words separated by single spaces: text `collapseSpaces` leaves as it is.
    private static func hasSingleSpacesOnly(_ utf8: some Collection<UInt8>) -> Bool {
        var previousWasSpace = true
        for byte in utf8 {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                guard isVisibleASCII(byte) else { return false }
                previousWasSpace = false
            }
        }
        return !previousWasSpace
    }

    /// `value` as people write it: `120` rather than `120.0`, `7.4` as is.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return String(value)
    }

    /// `number` with leading zeros up to `width` digits (`7` → `07`).
    static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// A printable ASCII byte other than the space: nothing to trim on that side.
    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
