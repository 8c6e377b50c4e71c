/// A path pattern of `include` / `exclude` (relative to the configuration
/// file): `*` matches within one path segment, `?` one character, `[abc]` a
/// set, and `**` any number of segments. A pattern also matches everything
/// below a folder it matches, so `goals/archive` excludes the whole folder.
public struct GlobPattern: Sendable, Equatable {
    public let text: String
    private let segments: [String]

    public init(_ text: String) {
        self.text = text
        var trimmed = Substring(text)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether `path` (relative, `/`-separated) or one of its parent folders matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        return (1...max(parts.count, 1)).contains { count in
            matchSegments(segments[...], parts.prefix(count)[...])
        }
    }

    private func matchSegments(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            return (path.startIndex...path.endIndex).contains { matchSegments(pattern.dropFirst(), path[$0...]) }
        }
        guard let segment = path.first, GlobPattern.matchSegment(Array(first), Array(segment)) else { return false }
        return matchSegments(pattern.dropFirst(), path.dropFirst())
    }

    /// `*`, `?` and `[…]` within one segment, by backtracking over the last `*`.
    static func matchSegment(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var star: (pattern: Int, name: Int)?
        while n < name.count {
            if p < pattern.count, pattern[p] == "*" {
                star = (p, n)
                p += 1
            } else if p < pattern.count, let length = matchOne(pattern, at: p, name[n]) {
                p += length
                n += 1
            } else if let last = star {
                p = last.pattern + 1
                n = last.name + 1
                star = (last.pattern, last.name + 1)
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// The length of the pattern element at `index` when it matches `character`.
    private static func matchOne(_ pattern: [Character], at index: Int, _ character: Character) -> Int? {
        switch pattern[index] {
        case "?": return 1
        case "[":
            guard let close = pattern[(index + 1)...].firstIndex(of: "]") else { return pattern[index] == character ? 1 : nil }
            let set = pattern[(index + 1)..<close]
            let negated = set.first == "!"
            let members = negated ? set.dropFirst() : set[...]
            var contained = false
            var position = members.startIndex
            while position < members.endIndex {
                if position + 2 < members.endIndex, members[position + 1] == "-" {
                    contained = contained || (members[position]...members[position + 2]).contains(character)
                    position += 3
                } else {
                    contained = contained || members[position] == character
                    position += 1
                }
            }
            return contained != negated ? close - index + 1 : nil
        default:
            return pattern[index] == character ? 1 : nil
        }
    }
}
