/// English words that state an amount, for heuristics that ask whether a phrase names a measure.
enum NumberWords {
    /// Cardinals that count things ("three new markets", "zero missed deliveries"); "one" is left out,
    /// since it mostly means "a single" ("one place for every order").
    static let cardinals: Set<String> = [
        "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "dozen", "dozens",
    ]

    /// Verbs that multiply or divide a measure ("double revenue", "halve the time").
    static let multipliers: Set<String> = ["double", "triple", "quadruple", "halve", "treble"]

    /// Fractions written as words after "by a" ("cut cost by a third").
    static let fractions: Set<String> = ["half", "third", "quarter", "fifth", "tenth"]
}
