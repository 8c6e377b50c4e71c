/// Closed-class English words: they end a run of content words and never carry the meaning of a goal.
enum FunctionWords {
    /// Words that open a noun phrase ("the", "all", "every").
    static let determiners: Set<String> = [
        "a", "an", "the", "all", "every", "each", "any", "some", "no", "this", "that", "these", "those",
        "our", "their", "its", "his", "her", "my", "your", "both", "several", "many", "more", "most",
        "few", "fewer", "less", "least", "other", "another",
    ]

    static let prepositions: Set<String> = [
        "of", "for", "with", "on", "in", "into", "onto", "to", "from", "by", "at", "about", "after",
        "before", "during", "under", "over", "above", "below", "within", "without", "across", "through",
        "per", "via", "between", "among", "against", "toward", "towards", "around", "up", "down", "off",
        "out", "as", "than", "until", "since", "like",
    ]

    private static let others: Set<String> = [
        "and", "or", "but", "nor", "so", "which", "who", "while", "because", "if", "when", "whether",
        "we", "us", "they", "them", "it", "i", "you", "he", "she",
        "will", "shall", "would", "should", "can", "could", "must", "may", "might",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does",
    ]

    static let all: Set<String> = determiners.union(prepositions).union(others)

    /// A word that can belong to a run of content words: not a function word, a number or a symbol.
    /// An abbreviation in capitals is a content word even when it spells one ("IT helpdesk", "US stores").
    static func isContentWord(_ token: WordToken) -> Bool {
        token.isWord && (!all.contains(token.normalized) || isAbbreviation(token.text))
    }

    private static func isAbbreviation(_ text: String) -> Bool {
        text.count >= 2 && text.allSatisfy { $0.isUppercase }
    }
}
