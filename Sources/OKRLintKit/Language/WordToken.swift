/// One word, number or symbol of a phrase, with where it stands in the phrase.
struct WordToken: Sendable, Equatable {
    /// What a token is made of.
    enum Kind: Sendable, Equatable {
        /// Letters and digits starting with a letter, possibly joined by `-`, `'` or `.`
        /// ("run-rate", "we'll", "v2.3"), or a number joined to a word by a hyphen ("30-day").
        case word
        /// Digits with an optional currency sign, separators, percent sign or unit
        /// ("12", "1.5%", "$1M", "24h", "10,000").
        case number
        /// Any other single visible character ("/", "—", ":", "±").
        case symbol
    }

    /// The token as written.
    let text: String
    /// The token in lower case, with typographic apostrophes made plain.
    let normalized: String
    let kind: Kind
    /// Offsets in characters (grapheme clusters) from the start of the phrase.
    let range: Range<Int>

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPercent: Bool { kind == .number && text.hasSuffix("%") }
}
