/// Building the node tree from Markdown: the Markdown front end produces the
/// same tree the YAML front end does, with spans pointing into the Markdown,
/// so that the model builder, its diagnostics and the suppression scanner
/// work on both syntaxes unchanged.
extension YAMLNode {
    /// A scalar holding `text`. Markdown values are text: an empty one is
    /// absent (null), as an empty YAML value is, and any other is a string
    /// (tagged `!!str`), so `~` or `null` stay words.
    static func scalar(_ text: PositionedText) -> YAMLNode {
        scalar(text.string, at: text.span)
    }

    static func scalar(_ text: String, at span: SourceSpan) -> YAMLNode {
        YAMLNode(content: .scalar(text, .plain), tag: text.isEmpty ? nil : "!!str", span: span, expandedSize: 1)
    }

    /// A sequence from its first to the end of its last element (or at `start` when empty).
    static func sequence(_ items: [YAMLNode], start: SourcePosition) -> YAMLNode {
        let span = items.reduce(SourceSpan.point(items.first?.span.start ?? start)) { $0.union($1.span) }
        return YAMLNode(content: .sequence(items), tag: nil, span: span, expandedSize: 1 + items.reduce(0) { $0 + $1.expandedSize })
    }

    /// A mapping spanning `span`.
    static func mapping(_ pairs: [YAMLPair], span: SourceSpan) -> YAMLNode {
        let size = pairs.reduce(1) { $0 + $1.key.expandedSize + $1.value.expandedSize }
        return YAMLNode(content: .mapping(pairs), tag: nil, span: span, expandedSize: size)
    }

    /// The same tree with every span moved down `lines` lines, for YAML read
    /// out of a larger file (front matter).
    func shifted(by lines: Int) -> YAMLNode {
        let content: Content
        switch self.content {
        case .scalar: content = self.content
        case .sequence(let items): content = .sequence(items.map { $0.shifted(by: lines) })
        case .mapping(let pairs):
            content = .mapping(pairs.map { YAMLPair(key: $0.key.shifted(by: lines), value: $0.value.shifted(by: lines)) })
        }
        return YAMLNode(content: content, tag: tag, span: span.shifted(by: lines), expandedSize: expandedSize)
    }
}

extension SourceSpan {
    /// The span moved down `lines` lines.
    func shifted(by lines: Int) -> SourceSpan {
        SourceSpan(
            start: SourcePosition(line: start.line + lines, column: start.column),
            end: SourcePosition(line: end.line + lines, column: end.column))
    }
}
