/// A list of words and word sequences ("review", "work on", "in place") compiled once for lookup
/// at a token position. The first word of an entry may be accepted in several forms (a verb's
/// "-ing" form, say); later words must appear as listed.
struct PhraseList: Sendable {
    /// An entry found in a phrase.
    struct Match: Sendable, Equatable {
        /// The entry as listed, in lower case ("work on").
        let entry: String
        /// The tokens it covers.
        let tokens: Range<Int>
    }

    private struct Entry: Sendable {
        let phrase: String
        let rest: [String]
    }

    private let entriesByFirstForm: [String: [Entry]]
    /// A cheap first test of a word before hashing it: the first bytes and
    /// the byte lengths the listed first words have (most words of a phrase
    /// fail it).
    private let firstBytes: ByteSet
    private let firstWordLengths: ClosedRange<Int>

    /// - Parameters:
    ///   - entries: words or space-separated word sequences, in any case.
    ///   - firstWordForms: the forms in which an entry's first word is accepted.
    init(_ entries: [String], firstWordForms: (String) -> [String] = { [$0] }) {
        self.init(words: entries.map(Self.words), firstWordForms: firstWordForms)
    }

    /// A list of nouns and noun phrases, each also matched with its last word in the plural
    /// ("case study" matches "case studies", "signup" matches "signups").
    static func nouns(_ entries: [String]) -> PhraseList {
        PhraseList(words: entries.flatMap { entry in
            var words = Self.words(entry)
            guard let last = words.popLast() else { return [[String]]() }
            return WordForms.nounForms(of: last).map { words + [$0] }
        })
    }

    /// Entries given as their lower-case words. An entry is listed under
    /// each distinct form of its first word, longest entries first.
    private init(words entries: [[String]], firstWordForms: (String) -> [String] = { [$0] }) {
        var table: [String: [Entry]] = [:]
        table.reserveCapacity(entries.count)
        for words in entries {
            guard let first = words.first else { continue }
            let entry = Entry(phrase: words.joined(separator: " "), rest: Array(words.dropFirst()))
            var listed: [String] = []
            for form in firstWordForms(first) where !listed.contains(form) {
                listed.append(form)
                table[form, default: []].append(entry)
            }
        }
        entriesByFirstForm = table.mapValues { $0.count > 1 ? $0.sorted { $0.rest.count > $1.rest.count } : $0 }
        firstBytes = ByteSet(table.keys.compactMap(\.utf8.first))
        let lengths = table.keys.map(\.utf8.count)
        firstWordLengths = (lengths.min() ?? 1)...(lengths.max() ?? 0)
    }

    /// The lower-case words of an entry.
    private static func words(_ entry: String) -> [String] {
        let lower = entry.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") || $0 >= 0x80 }) ? entry.lowercased() : entry
        return lower.split(separator: " ").map(String.init)
    }

    /// The longest entry starting at `index`, if any.
    func match(_ tokens: [WordToken], at index: Int) -> Match? {
        guard index < tokens.count else { return nil }
        let word = tokens[index].normalized.utf8
        guard let first = word.first, firstBytes.contains(first), firstWordLengths.contains(word.count),
              let candidates = entriesByFirstForm[tokens[index].normalized] else {
            return nil
        }
        for candidate in candidates {
            let end = index + 1 + candidate.rest.count
            guard end <= tokens.count else { continue }
            if zip(candidate.rest, tokens[(index + 1)..<end]).allSatisfy({ $0 == $1.normalized }) {
                return Match(entry: candidate.phrase, tokens: index..<end)
            }
        }
        return nil
    }

    /// An entry that ends just before `end` and starts at or after `lowest` ("demo requests" ending
    /// at "requests"), if any.
    func match(_ tokens: [WordToken], endingAt end: Int, from lowest: Int) -> Match? {
        (lowest..<end).lazy.compactMap { self.match(tokens, at: $0) }.first { $0.tokens.upperBound == end }
    }
}
