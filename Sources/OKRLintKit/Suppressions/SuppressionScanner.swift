/// Turns the comments of a goal file into suppression directives, working
/// out for each the region it covers: a `disable-next-line` covers the whole
/// item that starts on the next line holding content — in YAML the item or
/// key–value pair (so a comment above `- kr: …` covers every field of that
/// key result), in Markdown the list item or section.
public enum SuppressionScanner {
    /// The directives in `comments`; `itemEnds` gives, for the lines asked
    /// about, where the item starting on each of them ends.
    public static func directives(
        in comments: [YAMLComment], file: SourceFile, itemEnds: (Set<Int>) -> [Int: SourcePosition]
    ) -> [SuppressionDirective] {
        let parsed = comments.compactMap { comment in DirectiveComment(comment.text).map { (comment, $0) } }
        guard !parsed.isEmpty else { return [] }
        let commentLines = commentOnlyLines(comments, in: file)
        let targets = Set(parsed.filter { $0.1.command == .disableNextLine }.compactMap {
            contentLine(after: $0.0.span.start.line, in: file, commentLines: commentLines)
        })
        let extents = itemEnds(targets)
        let fileEnd = SourcePosition(line: file.lineCount, column: file.scalarCount(ofLine: file.lineCount) + 1)
        var result: [SuppressionDirective] = []
        for (index, (comment, directive)) in parsed.enumerated() {
            let rules = directive.rules.map { rule in
                let start = SourcePosition(line: comment.span.start.line, column: comment.span.start.column + comment.textOffset + rule.offset)
                return Located(rule.name, at: SourceSpan(start: start, end: SourcePosition(line: start.line, column: start.column + rule.name.unicodeScalars.count)))
            }
            let line = comment.span.start.line
            let coverage: SourceSpan
            let scope: SuppressionDirective.Scope
            switch directive.command {
            case .enable:
                continue
            case .disableFile:
                (scope, coverage) = (.file, SourceSpan(start: .fileStart, end: fileEnd))
            case .disableLine:
                (scope, coverage) = (.line, SourceSpan(start: SourcePosition(line: line, column: 1), end: comment.span.start))
            case .disableNextLine:
                scope = .nextLine
                guard let target = contentLine(after: line, in: file, commentLines: commentLines) else {
                    coverage = SourceSpan.point(comment.span.end)
                    break
                }
                let start = SourcePosition(line: target, column: 1)
                let lineEnd = SourcePosition(line: target, column: file.scalarCount(ofLine: target) + 1)
                coverage = SourceSpan(start: start, end: max(lineEnd, extents[target] ?? lineEnd))
            case .disable:
                let end = regionEnd(after: index, names: rules.map(\.value), in: parsed) ?? fileEnd
                (scope, coverage) = (.region, SourceSpan(start: comment.span.start, end: end))
            }
            result.append(SuppressionDirective(scope: scope, rules: rules, coverage: coverage, reason: directive.reason, span: comment.span))
        }
        return result
    }

    /// The first line after `line` that is neither blank nor only comments.
    private static func contentLine(after line: Int, in file: SourceFile, commentLines: Set<Int>) -> Int? {
        var candidate = line + 1
        while candidate <= file.lineCount {
            if !file.text(ofLine: candidate).trimmingSpaces.isEmpty, !commentLines.contains(candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The lines on which every character that is not blank lies in a comment.
    private static func commentOnlyLines(_ comments: [YAMLComment], in file: SourceFile) -> Set<Int> {
        var covered: [Int: [Range<Int>]] = [:]
        for comment in comments {
            for line in comment.span.start.line...comment.span.end.line {
                let from = line == comment.span.start.line ? comment.span.start.column : 1
                let to = line == comment.span.end.line ? comment.span.end.column : Int.max
                covered[line, default: []].append(from..<to)
            }
        }
        return Set(covered.filter { line, columns in
            file.text(ofLine: line).unicodeScalars.enumerated().allSatisfy { offset, scalar in
                scalar == " " || scalar == "\t" || columns.contains { $0.contains(offset + 1) }
            }
        }.keys)
    }

    /// Where the `okrlint-enable` closing a `disable` of `names` starts.
    private static func regionEnd(after index: Int, names: [String], in parsed: [(YAMLComment, DirectiveComment)]) -> SourcePosition? {
        parsed[(index + 1)...].first { _, directive in
            directive.command == .enable
                && (directive.rules.isEmpty || names.isEmpty || directive.rules.contains { names.contains($0.name) })
        }?.0.span.start
    }
}

/// For chosen lines of a YAML file, the furthest end of the key–value pairs
/// and list items that start on them (collections themselves are not counted, so a list
/// starting on a line does not cover its later items).
struct NodeExtents {
    private var furthest: [Int: SourcePosition] = [:]

    init(root: YAMLNode?, lines: Set<Int>) {
        guard let root, !lines.isEmpty else { return }
        // Nodes an alias repeats are walked again, a number the parser's
        // alias expansion limit bounds.
        var pending = [root]
        while let node = pending.popLast() {
            switch node.content {
            case .mapping(let pairs):
                for pair in pairs {
                    record(pair.key.span.start, pair.value.span.end, lines)
                    pending.append(pair.value)
                }
            case .sequence(let items):
                for item in items {
                    record(item.span.start, item.span.end, lines)
                    pending.append(item)
                }
            case .scalar:
                break
            }
        }
    }

    private mutating func record(_ start: SourcePosition, _ end: SourcePosition, _ lines: Set<Int>) {
        guard lines.contains(start.line) else { return }
        furthest[start.line] = max(furthest[start.line] ?? end, end)
    }

    /// Where the pairs and items starting on each chosen line end.
    var ends: [Int: SourcePosition] { furthest }
}
