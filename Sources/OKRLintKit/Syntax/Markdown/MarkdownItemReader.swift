/// Reads one item of the dialect (a list item, or the heading of an
/// objective) into the mapping the model builder reads: the parts of its
/// line, its checkbox, and its nested `key: value` fields.
enum MarkdownItemReader {
    /// The mapping of a list item; `defaults` are pairs it takes when it does
    /// not give their keys itself (the week of a `## Weekly goals — WEEK` section).
    static func item(
        _ item: MarkdownListItem, syntax: ItemSyntax, defaults: [YAMLPair] = [], _ diagnostics: inout [Diagnostic]
    ) -> YAMLNode {
        var mapping = MappingDraft()
        addLine(ItemLine(item.text, syntax: syntax), syntax: syntax, to: &mapping, &diagnostics)
        MarkdownFieldReader.reportStrayLines(of: item, &diagnostics)
        MarkdownFieldReader.addFields(item.children, of: syntax.layout.noun, layout: syntax.layout, to: &mapping, &diagnostics)
        if let checkbox = item.checkbox { apply(checkbox, syntax: syntax, to: &mapping, &diagnostics) }
        for pair in defaults where !mapping.contains(pair.key.scalar ?? "") {
            mapping.set(pair.key, pair.value, &diagnostics)
        }
        addEmptyLabel(of: ItemLine(item.text, syntax: syntax), to: &mapping, &diagnostics)
        return mapping.node(span: item.span)
    }

    /// A label with no text after it (`## Objective:`, `- KR: {#id}`) whose
    /// key the item gives nowhere else: the key with an empty value at the
    /// label, so that the missing title is reported there (SPEC §2) rather
    /// than at whatever the item gives first. Called once the item is read.
    static func addEmptyLabel(of line: ItemLine, to mapping: inout MappingDraft, _ diagnostics: inout [Diagnostic]) {
        guard let label = line.label, line.title.isEmpty, !mapping.contains(label.key) else { return }
        mapping.set(.scalar(label.key, at: label.text.span), .scalar(line.title), &diagnostics)
    }

    /// The fields written on an item's line: leading date, title and attributes.
    static func addLine(_ line: ItemLine, syntax: ItemSyntax, to mapping: inout MappingDraft, _ diagnostics: inout [Diagnostic]) {
        if let date = line.date, let key = syntax.leadingDateKey {
            mapping.set(.scalar(key, at: date.span), .scalar(date), &diagnostics)
        }
        if !line.title.isEmpty {
            let key = line.label?.key ?? syntax.titleKey
            mapping.set(.scalar(key, at: line.label?.text.span ?? line.title.span), .scalar(line.title), &diagnostics)
        }
        for attribute in line.attributes {
            let value = MarkdownFieldReader.value(
                attribute.value, shape: syntax.layout.shape(of: attribute.key), children: [], &diagnostics)
            mapping.add(.scalar(attribute.key, at: attribute.keyText.span), value, &diagnostics)
        }
    }

    private static func apply(_ checkbox: Checkbox, syntax: ItemSyntax, to mapping: inout MappingDraft, _ diagnostics: inout [Diagnostic]) {
        guard case .sets(let key, let value, let unlessGiven) = syntax.checkbox, checkbox.isChecked,
              !unlessGiven.contains(where: mapping.contains) else { return }
        mapping.set(.scalar(key, at: checkbox.span), .scalar(value, at: checkbox.span), &diagnostics)
    }
}
