/// Writes a scalar of block YAML so that libyaml reads back exactly its
/// text: plain when that is safe, else double-quoted with escapes.
enum YAMLScalarText {
    static func render(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// Whether `text` reads back unchanged as a plain scalar (and not as a null).
    static func isPlainSafe(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, !first.isBlank, !last.isBlank, last != ":" else { return false }
        if ["~", "null", "Null", "NULL"].contains(text) || text.hasPrefix("---") || text.hasPrefix("...") { return false }
        let second = scalars.count > 1 ? scalars[1] : " "
        if "-?:".unicodeScalars.contains(first) {
            if second.isBlank { return false }
        } else if ",[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            return false
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" { return false }
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            if scalar == ":", next.isBlank { return false }
            if scalar == "#", index > 0, scalars[index - 1].isBlank { return false }
        }
        return true
    }

    /// `"…"` with `\` escapes for quotes, backslashes and control characters.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{FEFF}" {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
