/// English inflection, enough to recognise a listed verb or noun in the forms a goal is written in.
enum WordForms {
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
    private static let undoubled: Set<Unicode.Scalar> = ["w", "x", "y"]

    /// Irregular verbs: the simple past where it differs from the participle, then the participle.
    private static let irregularPasts: [String: [String]] = [
        "beat": ["beaten"], "begin": ["began", "begun"], "bring": ["brought"], "build": ["built"],
        "buy": ["bought"], "choose": ["chose", "chosen"], "do": ["did", "done"], "draw": ["drew", "drawn"],
        "drive": ["drove", "driven"], "fall": ["fell", "fallen"], "find": ["found"], "freeze": ["froze", "frozen"],
        "give": ["gave", "given"], "go": ["went", "gone"], "grow": ["grew", "grown"], "hang": ["hung"],
        "hold": ["held"], "keep": ["kept"], "know": ["knew", "known"], "lead": ["led"], "leave": ["left"],
        "lose": ["lost"], "make": ["made"], "meet": ["met"], "pay": ["paid"], "rise": ["rose", "risen"],
        "see": ["saw", "seen"], "sell": ["sold"], "send": ["sent"], "show": ["showed", "shown"],
        "shrink": ["shrank", "shrunk"], "speak": ["spoke", "spoken"], "spend": ["spent"], "stand": ["stood"],
        "take": ["took", "taken"], "tell": ["told"], "understand": ["understood"],
        "undertake": ["undertook", "undertaken"], "win": ["won"], "withdraw": ["withdrew", "withdrawn"],
        "write": ["wrote", "written"],
    ]

    /// Participles that do not end in "-ed"; they say that something was done ("written", "held").
    private static let irregularParticiples = Set(irregularPasts.values.compactMap(\.last))

    /// Words ending in "-ed" that are not participles.
    private static let edNouns: Set<String> = [
        "bed", "bleed", "breed", "embed", "feed", "greed", "hundred", "need", "red", "seed", "shed",
        "shred", "sled", "speed", "weed",
    ]

    /// Verbs whose participle is their base form ("set up", "cut over").
    private static let unchangedParticiples: Set<String> = ["cut", "hit", "let", "put", "run", "set", "shut", "spread"]

    /// Verbs of more than one syllable that double their final consonant ("submitted").
    private static let doublingVerbs: Set<String> = [
        "admit", "commit", "compel", "control", "equip", "occur", "patrol", "refer", "submit", "transfer",
    ]

    /// The past participle of a verb, to suggest a milestone in the past tense: "launch" → "launched",
    /// "ship" → "shipped", "finalise" → "finalised", "write" → "written", "set" → "set".
    static func pastParticiple(of verb: String) -> String {
        if let irregular = irregularPasts[verb]?.last { return irregular }
        if unchangedParticiples.contains(verb) { return verb }
        let chars = Array(verb.unicodeScalars)
        if verb.hasSuffix("e") { return verb + "d" }
        if let last = chars.last, last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            return text(chars.dropLast()) + "ied"
        }
        if endsConsonantVowelConsonant(chars) && (syllables(chars) == 1 || doublingVerbs.contains(verb)) {
            return verb + String(chars.last!) + "ed"
        }
        return verb + "ed"
    }

    /// "-ing" forms of a verb; both spellings where a final consonant may double ("visiting", "running").
    static func gerunds(of verb: String) -> [String] {
        let chars = Array(verb.unicodeScalars)
        if verb.hasSuffix("ie") { return [text(chars.dropLast(2)) + "ying"] }
        if verb.hasSuffix("e") && !(verb.hasSuffix("ee") || verb.hasSuffix("ye") || verb.hasSuffix("oe")) {
            return [text(chars.dropLast()) + "ing"]
        }
        if endsConsonantVowelConsonant(chars) { return [verb + String(chars.last!) + "ing", verb + "ing"] }
        return [verb + "ing"]
    }

    /// The base form and every inflection: "-s", past, participle, gerund.
    static func inflections(of verb: String) -> [String] {
        let chars = Array(verb.unicodeScalars)
        var forms = [verb] + gerunds(of: verb) + (irregularPasts[verb] ?? [])
        if let last = chars.last, last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            let stem = text(chars.dropLast())
            forms += [stem + "ies", stem + "ied"]
        } else if ["s", "x", "z", "ch", "sh", "o"].contains(where: verb.hasSuffix) {
            forms += [verb + "es", verb + "ed"]
        } else if verb.hasSuffix("e") {
            forms += [verb + "s", verb + "d"]
        } else {
            forms += [verb + "s", verb + "ed"]
            if endsConsonantVowelConsonant(chars) { forms.append(verb + String(chars.last!) + "ed") }
        }
        return forms
    }

    /// The singular and the regular plurals of a noun.
    static func nounForms(of noun: String) -> [String] {
        let chars = Array(noun.unicodeScalars)
        if let last = chars.last, last == "y", chars.count > 1, !vowels.contains(chars[chars.count - 2]) {
            return [noun, text(chars.dropLast()) + "ies"]
        }
        return [noun, noun + "s", noun + "es"]
    }

    /// Whether the word is a past participle ("signed", "built", "rewritten").
    static func isParticiple(_ word: String) -> Bool {
        if irregularParticiples.contains(word) { return true }
        if word.hasPrefix("re") && irregularParticiples.contains(String(word.dropFirst(2))) { return true }
        return word.count >= 4 && word.hasSuffix("ed") && !edNouns.contains(word)
    }

    /// Whether the word looks like an "-ing" form ("planning", "hiring").
    static func looksLikeGerund(_ word: String) -> Bool {
        word.count >= 6 && word.hasSuffix("ing")
    }

    /// Letters (Unicode scalars: the word lists and these rules are plain English) back to text.
    private static func text(_ letters: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: letters)
        return String(text)
    }

    /// The number of vowel groups, enough to tell "ship" from "open".
    private static func syllables(_ chars: [Unicode.Scalar]) -> Int {
        var count = 0
        var previousWasVowel = false
        for char in chars {
            let isVowel = vowels.contains(char)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        return count
    }

    private static func endsConsonantVowelConsonant(_ chars: [Unicode.Scalar]) -> Bool {
        guard chars.count >= 3 else { return false }
        let (first, middle, last) = (chars[chars.count - 3], chars[chars.count - 2], chars[chars.count - 1])
        return !vowels.contains(first) && vowels.contains(middle) && !vowels.contains(last)
            && !undoubled.contains(last)
    }
}
