/// The rewrite a rule's message suggests, chosen by the words of the flagged
/// text: a few families of words (verbs in their base form, nouns in the
/// singular), each with an example that fits them, so "Review policy" is
/// shown a published review and "Work on CRM" a workflow that is live.
struct SuggestedExamples: Sendable {
    /// A family's words, in every form, to its example.
    private let examples: [String: String]

    /// `families` in order of precedence: a word in two families takes the first one's example.
    init(_ families: [(words: [String], example: String)]) {
        var examples: [String: String] = [:]
        for family in families {
            for word in family.words {
                for form in WordForms.inflections(of: word) + WordForms.nounForms(of: word) where examples[form] == nil {
                    examples[form] = family.example
                }
            }
        }
        self.examples = examples
    }

    /// The example for the first word of `text` that belongs to a family, or nil when none does.
    func example(for text: String) -> String? {
        WordTokenizer.tokens(in: text).lazy.compactMap { examples[$0.normalized] }.first
    }
}
