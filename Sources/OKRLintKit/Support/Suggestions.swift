/// "Did you mean" support: the closest candidate to a misspelt name.
public enum Suggestions {
    /// The candidate nearest to `name` by edit distance, when it is close
    /// enough to be a plausible typo (at most 2 edits, or a third of the length).
    public static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let lowered = name.lowercased()
        let allowed = max(2, lowered.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= allowed, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    /// " did you mean 'x'?" or an empty string.
    public static func phrase(for name: String, among candidates: some Sequence<String>) -> String {
        guard let match = closest(to: name, among: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }

    /// Levenshtein distance with transpositions counted as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

extension String {
    /// "an objective", "a key result", "a KPI".
    var withIndefiniteArticle: String {
        let vowelSound = first.map { "aeiouAEIO".contains($0) } ?? false
        return (vowelSound ? "an " : "a ") + self
    }
}
