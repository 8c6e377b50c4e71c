/// A comment of the source (or text the plan leaves out) to carry into the
/// converted file: its text, its line, and whether text precedes it there.
struct CarriedComment: Sendable {
    let text: String
    let line: Int
    /// Whether the comment follows text on its line (else it has the line to itself).
    let trailing: Bool
}

/// Puts carried comments into the converted lines: a trailing comment at
/// the end of the line that renders its line (in YAML, one per line while
/// the source line renders to several), any other above the first
/// line that renders a later source line (at that line's indentation), in
/// the comment syntax of the place it lands.
enum CommentPlacer {
    static func place(_ comments: [CarriedComment], in lines: [OutputLine], notes: inout [ConversionNote]) -> [OutputLine] {
        var result = lines
        var above: [Int: [OutputLine]] = [:]
        var atEnd: [OutputLine] = []
        var commented = Set<Int>()
        for comment in comments {
            let text = comment.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if comment.trailing, let index = trailingLine(for: comment.line, in: lines, taken: commented) {
                guard let written = render(text, style: lines[index].style, comment: comment, &notes) else { continue }
                result[index].text += (lines[index].style == .yaml ? "  " : " ") + written
                commented.insert(index)
                continue
            }
            let target = firstLine(after: comment.line, in: lines)
            let style = target.map { lines[$0].style } ?? lines.last?.style ?? .html
            guard let written = render(text, style: style, comment: comment, &notes) else { continue }
            let line = OutputLine((target.map { lines[$0].indentation } ?? "") + written, style: style)
            if let target { above[target, default: []].append(line) } else { atEnd.append(line) }
        }
        return result.indices.flatMap { (above[$0] ?? []) + [result[$0]] } + atEnd
    }

    /// The line a trailing comment of source line `line` goes to: the first
    /// line rendering it, except that a YAML line holds one comment, so the
    /// next such line without one is taken when there is one.
    private static func trailingLine(for line: Int, in lines: [OutputLine], taken: Set<Int>) -> Int? {
        let rendering = lines.indices.filter { lines[$0].origins.contains(line) }
        guard let first = rendering.first else { return nil }
        guard lines[first].style == .yaml else { return first }
        return rendering.first { !taken.contains($0) } ?? first
    }

    /// The index of the line rendering the earliest source line after `line`.
    private static func firstLine(after line: Int, in lines: [OutputLine]) -> Int? {
        var best: (origin: Int, index: Int)?
        for (index, output) in lines.enumerated() {
            guard let origin = output.origins.filter({ $0 > line }).min(), origin < best?.origin ?? Int.max else { continue }
            best = (origin, index)
        }
        return best?.index
    }

    private static func render(_ text: String, style: CommentStyle, comment: CarriedComment, _ notes: inout [ConversionNote]) -> String? {
        switch style {
        case .yaml:
            return text.components(separatedBy: "\n").map { $0.isEmpty ? "#" : "# " + $0 }.joined(separator: "\n")
        case .html:
            guard !text.contains("-->") else {
                notes.append(ConversionNote(line: comment.line, "the comment contains '-->', which cannot be written in an HTML comment; it is left out"))
                return nil
            }
            return "<!-- \(text) -->"
        }
    }
}
