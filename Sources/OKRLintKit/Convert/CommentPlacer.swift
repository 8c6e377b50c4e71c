/// A comment of the source (or text the plan leaves out) to carry into the
/// converted file: its text, its line, and whether text precedes it there.
struct CarriedComment: Sendable {
    let text: String
    let line: Int
    let column: Int
    /// Whether the comment follows text on its line (else it has the line to itself).
    let trailing: Bool
}

/// Puts carried comments into the converted lines: a trailing comment at
/// the end of the line that renders its line (a YAML line holds one, so
/// further ones go to the next line rendering it, else above the first),
/// any other above the first
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
            let rendering = comment.trailing ? lines.indices.filter { lines[$0].origins.contains(comment.line) } : []
            if let first = rendering.first {
                guard let written = render(text, style: lines[first].style, comment: comment, &notes) else { continue }
                if let index = lines[first].style == .html ? first : rendering.first(where: { !commented.contains($0) }) {
                    result[index].text += (lines[index].style == .yaml ? "  " : " ") + written
                    commented.insert(index)
                } else {
                    above[first, default: []].append(OutputLine(indented(written, lines[first].indentation), style: .yaml))
                }
                continue
            }
            let target = firstLine(after: comment.line, in: lines)
            let style = target.map { lines[$0].style } ?? lines.last?.style ?? .html
            guard let written = render(text, style: style, comment: comment, &notes) else { continue }
            let line = OutputLine(indented(written, target.map { lines[$0].indentation } ?? ""), style: style)
            if let target { above[target, default: []].append(line) } else { atEnd.append(line) }
        }
        return result.indices.flatMap { (above[$0] ?? []) + [result[$0]] } + atEnd
    }

    /// Every line of `text` behind `indentation`.
    private static func indented(_ text: String, _ indentation: String) -> String {
        text.components(separatedBy: "\n").map { indentation + $0 }.joined(separator: "\n")
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
