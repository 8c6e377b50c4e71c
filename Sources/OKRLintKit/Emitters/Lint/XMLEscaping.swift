/// Text and attribute values for XML 1.0 documents.
enum XMLEscaping {
    /// `text` with `<`, `>`, `&`, `"` and `'` as entities, CR as a character
    /// reference (so parsers keep it), and characters XML 1.0 cannot hold at
    /// all (other control characters, U+FFFE, U+FFFF) as U+FFFD. In attribute
    /// values tabs and LF are references too, so they survive attribute
    /// normalisation.
    static func escape(_ text: String, inAttribute: Bool) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "&": return "&amp;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\r": return "&#13;"
            case "\n" where inAttribute: return "&#10;"
            case "\t" where inAttribute: return "&#9;"
            case "\n", "\t": return nil
            case let other where other.value < 0x20 || other.value == 0xFFFE || other.value == 0xFFFF: return "\u{FFFD}"
            default: return nil
            }
        }
    }
}
