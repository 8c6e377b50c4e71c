/// How a comment is written where it lands: `# text` in YAML (and in
/// Markdown front matter), `<!-- text -->` in the Markdown body.
enum CommentStyle: Sendable {
    case yaml, html
}

/// One line a converter writes, with the source lines of the nodes it
/// renders, so that comments can follow the text they were written beside.
struct OutputLine: Sendable {
    var text: String
    /// Lines of the source whose keys or values this line renders.
    var origins: Set<Int>
    var style: CommentStyle

    init(_ text: String, origins: Set<Int> = [], style: CommentStyle) {
        self.text = text
        self.origins = origins
        self.style = style
    }

    /// The line's indentation, for comments placed above it.
    var indentation: String { String(text.prefix { $0 == " " }) }
}

extension YAMLNode {
    var isMapping: Bool {
        if case .mapping = content { return true }
        return false
    }

    /// The source lines where this node's scalars start (keys included), for `OutputLine.origins`.
    var scalarLines: Set<Int> {
        switch content {
        case .scalar: return [span.start.line]
        case .sequence(let items): return items.reduce(into: []) { $0.formUnion($1.scalarLines) }
        case .mapping(let pairs): return pairs.reduce(into: []) { $0.formUnion($1.key.scalarLines.union($1.value.scalarLines)) }
        }
    }

    /// Whether two trees hold the same text: equal scalars, sequences element
    /// by element, mappings key by key (in any order). Spans and scalar styles
    /// are not compared, except that a null stays a null.
    func hasSameContent(as other: YAMLNode) -> Bool {
        switch (content, other.content) {
        case (.scalar(let text, _), .scalar(let otherText, _)):
            return isNull ? other.isNull : !other.isNull && text == otherText
        case (.sequence(let items), .sequence(let otherItems)):
            return items.count == otherItems.count && zip(items, otherItems).allSatisfy { $0.hasSameContent(as: $1) }
        case (.mapping(let pairs), .mapping(let otherPairs)):
            guard pairs.count == otherPairs.count else { return false }
            return pairs.allSatisfy { pair in
                otherPairs.contains { $0.key.scalar == pair.key.scalar && $0.value.hasSameContent(as: pair.value) }
            }
        default:
            return false
        }
    }
}
