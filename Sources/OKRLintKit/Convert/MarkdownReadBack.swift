/// Reads back, with the dialect's own reader, what the Markdown writer
/// means to write, so that the writer keeps a form only when it gives back
/// the same content and falls back to a plainer form otherwise.
enum MarkdownReadBack {
    /// The blocks of Markdown `lines`, and whether reading them reported a
    /// problem of the dialect.
    static func blocks(_ lines: [String]) -> [MarkdownBlock] {
        MarkdownParser.blocks(of: SourceFile(path: "", text: lines.joined(separator: "\n")), from: 1).blocks
    }

    /// The only list item of `lines`, if they hold exactly one and nothing else.
    static func item(_ lines: [String]) -> MarkdownListItem? {
        let read = blocks(lines)
        guard read.count == 1, case .item(let item) = read[0] else { return nil }
        return item
    }

    /// Whether `lines` are exactly one paragraph holding these lines.
    static func isParagraph(_ lines: [String]) -> Bool {
        let read = blocks(lines)
        guard read.count == 1, case .paragraph(let texts) = read[0] else { return false }
        return texts.map(\.string) == lines
    }

    /// Whether `lines`, read as one field of `layout`, give back `key` with
    /// `value` (for list-of-items fields: the items in `value`).
    static func field(_ lines: [String], gives key: String, _ value: YAMLNode, layout: ItemLayout?) -> Bool {
        guard let item = item(lines) else { return false }
        var diagnostics: [Diagnostic] = []
        guard let (readKey, written) = MarkdownFieldReader.field(item, of: "item", layout: layout, &diagnostics),
              diagnostics.isEmpty, readKey.scalar == key else { return false }
        return same(written, value, shape: layout?.shape(of: key))
    }

    /// Whether a value read from Markdown holds what `value` holds.
    static func same(_ written: WrittenValue, _ value: YAMLNode, shape: FieldShape?) -> Bool {
        let expected = value.normalized(as: shape)
        switch written {
        case .node(let node): return node.normalized(as: shape).hasSameContent(as: expected)
        case .items(let items): return YAMLNode.sequence(items, start: .fileStart).normalized(as: shape).hasSameContent(as: expected)
        }
    }

    /// Whether `lines`, read as one item of `syntax` (taking `defaults`), give back `mapping`.
    static func item(_ lines: [String], syntax: ItemSyntax, defaults: [YAMLPair], gives mapping: YAMLNode) -> Bool {
        guard let item = item(lines) else { return false }
        var diagnostics: [Diagnostic] = []
        let read = MarkdownItemReader.item(item, syntax: syntax, defaults: defaults, &diagnostics)
        return diagnostics.isEmpty && read.normalizedItem(syntax.layout).hasSameContent(as: mapping.normalizedItem(syntax.layout))
    }
}
