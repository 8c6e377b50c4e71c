/// Text and attribute values for XML 1.0 documents.
enum XMLEscaping {
    /// `text` with `<`, `>`, `&`, `"` and `'` as entities, CR as a character
    /// reference (so parsers keep it), and characters XML 1.0 cannot hold at
    /// all (other control characters, U+FFFE, U+FFFF) as U+FFFD. In attribute
    /// values tabs and LF are references too, so they survive attribute
    /// normalisation.
    static func escape(_ text: String, inAttribute: Bool) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\r": escaped += "&#13;"
            case "\n" where inAttribute: escaped += "&#10;"
            case "\t" where inAttribute: escaped += "&#9;"
            case "\n", "\t": escaped.unicodeScalars.append(scalar)
            case let other where other.value < 0x20 || other.value == 0xFFFE || other.value == 0xFFFF:
                escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
