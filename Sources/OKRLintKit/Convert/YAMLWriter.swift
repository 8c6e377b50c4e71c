/// Writes a node tree as block YAML, keeping the order of keys and items;
/// each line records the source lines it renders.
enum YAMLWriter {
    /// The lines for the pairs of a mapping, indented by `indent` spaces.
    static func lines(for pairs: [YAMLPair], indent: Int = 0) -> [OutputLine] {
        pairs.flatMap { pair in
            let key = String(repeating: " ", count: indent) + YAMLScalarText.render(pair.key.scalar ?? "") + ":"
            return valueLines(pair.value, after: key, origins: pair.key.scalarLines, indent: indent + 2)
        }
    }

    /// `prefix` (a key or a list marker) followed by `node`, the lines of a
    /// collection indented by `indent`.
    private static func valueLines(_ node: YAMLNode, after prefix: String, origins: Set<Int>, indent: Int) -> [OutputLine] {
        if let inline = inline(node) {
            return [OutputLine(inline.isEmpty ? prefix : prefix + " " + inline, origins: origins.union(node.scalarLines), style: .yaml)]
        }
        let head = OutputLine(prefix, origins: origins, style: .yaml)
        switch node.content {
        case .mapping(let pairs):
            return [head] + lines(for: pairs, indent: indent)
        case .sequence(let items):
            let marker = String(repeating: " ", count: indent) + "-"
            return [head] + items.flatMap { item -> [OutputLine] in
                if case .mapping(let pairs) = item.content, let first = pairs.first {
                    var block = lines(for: pairs, indent: indent + 2)
                    block[0].text = marker + " " + block[0].text.dropFirst(indent + 2)
                    block[0].origins.formUnion(first.key.scalarLines)
                    return block
                }
                return valueLines(item, after: marker, origins: [], indent: indent + 2)
            }
        case .scalar:
            return [head]
        }
    }

    /// The node on one line: a scalar (empty for a null), `{}` or `[]`; nil
    /// when it needs lines of its own.
    private static func inline(_ node: YAMLNode) -> String? {
        switch node.content {
        case .scalar(let text, _): return node.isNull ? "" : YAMLScalarText.render(text)
        case .sequence(let items): return items.isEmpty ? "[]" : nil
        case .mapping(let pairs): return pairs.isEmpty ? "{}" : nil
        }
    }
}
