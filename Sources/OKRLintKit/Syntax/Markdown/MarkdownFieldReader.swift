/// A field's value as read from Markdown: one node, or items to add to a
/// list (a `- moved:` line adds one move, a `- checkins:` line its entries).
enum WrittenValue {
    case node(YAMLNode)
    case items([YAMLNode])
}

extension MappingDraft {
    mutating func add(_ key: YAMLNode, _ value: WrittenValue, _ diagnostics: inout [Diagnostic]) {
        switch value {
        case .node(let node): set(key, node, &diagnostics)
        case .items(let items): append(key, items, &diagnostics)
        }
    }
}

/// Reads fields written in Markdown into nodes, by the shape the schema
/// gives each key: a nested list item `key: value` (or a line `Key: value`)
/// holds one value, a comma-separated list, a `;`-separated series of
/// `DATE VALUE (key: value)` entries, or a move `FROM -> TO, reason, impact`.
/// A field with nothing after its colon takes its value from the items nested
/// in it: a mapping when they are `key: value` items, else a list.
enum MarkdownFieldReader {
    /// The keys of a series entry and of a move, as the sugar spells them.
    static let dateKey = "date", valueKey = "value"
    static let moveKeys = (from: "from", to: "to", reason: "reason", impact: "impact")

    /// `key: value` split at the first colon followed by a blank or the end;
    /// nil when the text has no such colon or nothing before it.
    static func split(_ text: PositionedText) -> (key: PositionedText, value: PositionedText)? {
        var from = 0
        while let colon = text.firstOffset(of: ":", from: from) {
            if colon + 1 == text.count || text.scalars[colon + 1].isBlank {
                let key = text[0..<colon].trimmed()
                return key.isEmpty ? nil : (key, text.suffix(from: colon + 1).trimmed())
            }
            from = colon + 1
        }
        return nil
    }

    /// Adds the fields written as `items` (nested list items) to `mapping`.
    static func addFields(
        _ items: [MarkdownListItem], of noun: String, layout: ItemLayout?, to mapping: inout MappingDraft,
        _ diagnostics: inout [Diagnostic]
    ) {
        for item in items {
            guard let (key, value) = field(item, of: noun, layout: layout, &diagnostics) else { continue }
            mapping.add(key, value, &diagnostics)
        }
    }

    /// One nested item `key: value` read as a field of `layout` (nil: keys are not known).
    static func field(
        _ item: MarkdownListItem, of noun: String, layout: ItemLayout?, _ diagnostics: inout [Diagnostic]
    ) -> (YAMLNode, WrittenValue)? {
        guard let (keyText, value) = split(item.text) else {
            diagnostics.append(MarkdownSyntax.diagnostic(
                at: item.text.isEmpty ? item.span : item.text.span,
                "expected a field of the \(noun) as `key: value`, e.g. `- owner: dana`; write other text in the item's own line"))
            return nil
        }
        if let checkbox = item.checkbox {
            diagnostics.append(MarkdownSyntax.diagnostic(
                at: checkbox.span, "a field cannot be ticked; put the checkbox on the item's own line"))
        }
        reportStrayLines(of: item, &diagnostics)
        let key = layout.flatMap { MarkdownDialect.key(named: keyText.string, in: $0) } ?? keyText.string
        let keyNode = YAMLNode.scalar(key, at: keyText.span)
        return (keyNode, self.value(value, shape: layout?.shape(of: key), children: item.children, &diagnostics))
    }

    /// The value written after a key, with the items nested under it.
    static func value(
        _ text: PositionedText, shape: FieldShape?, children: [MarkdownListItem], _ diagnostics: inout [Diagnostic]
    ) -> WrittenValue {
        if !text.isEmpty, let first = children.first, shape?.fitsOnOneLine != false {
            diagnostics.append(MarkdownSyntax.diagnostic(
                at: first.span, "this field already has its value on its line, so it cannot hold nested items; remove the value or the items"))
        }
        switch shape {
        case .list?:
            if text.isEmpty, !children.isEmpty { return .node(elements(children, start: text.start, &diagnostics)) }
            return .node(text.isEmpty ? .scalar(text) : .sequence(commaSeparated(text).map { .scalar($0) }, start: text.start))
        case .series(let layout)?:
            let inline = text.isEmpty ? [] : separated(text, by: ";").compactMap { entry($0, layout: layout, &diagnostics) }
            let nested = children.compactMap { child in
                reportStrayLines(of: child, &diagnostics)
                return entry(child.text, fields: child.children, layout: layout, &diagnostics)
            }
            return inline.isEmpty && nested.isEmpty ? .node(.scalar(text)) : .items(inline + nested)
        case .items(let layout)?:
            guard !text.isEmpty || !children.isEmpty else { return .node(.scalar(text)) }
            var mapping = MappingDraft()
            if !text.isEmpty { addMove(text, layout: layout, to: &mapping, &diagnostics) }
            addFields(children, of: layout.noun, layout: layout, to: &mapping, &diagnostics)
            let span = children.reduce(text.span) { $0.union($1.span) }
            return .items([mapping.node(span: span)])
        case .value?, nil:
            guard text.isEmpty, !children.isEmpty else { return .node(.scalar(text)) }
            return .node(nested(children, start: text.start, &diagnostics))
        }
    }

    /// Nested items as a value: a mapping of `key: value` items, else a list of their texts.
    private static func nested(_ children: [MarkdownListItem], start: SourcePosition, _ diagnostics: inout [Diagnostic]) -> YAMLNode {
        guard children.allSatisfy({ split($0.text) != nil }) else { return elements(children, start: start, &diagnostics) }
        var mapping = MappingDraft()
        addFields(children, of: "value", layout: nil, to: &mapping, &diagnostics)
        return mapping.node(span: children.reduce(SourceSpan.point(start)) { $0.union($1.span) })
    }

    /// Nested items as the elements of a list: their texts.
    private static func elements(_ items: [MarkdownListItem], start: SourcePosition, _ diagnostics: inout [Diagnostic]) -> YAMLNode {
        items.forEach { reportNested(in: $0, &diagnostics) }
        return .sequence(items.map { .scalar($0.text) }, start: start)
    }

    /// The parts of a comma-separated list.
    static func commaSeparated(_ text: PositionedText) -> [PositionedText] { separated(text, by: ",") }

    private static func separated(_ text: PositionedText, by separator: String) -> [PositionedText] {
        var parts: [PositionedText] = []
        var start = 0
        while let found = text.firstOffset(of: separator, from: start) {
            parts.append(text[start..<found].trimmed())
            start = found + 1
        }
        parts.append(text.suffix(from: start).trimmed())
        return parts
    }

    /// `DATE VALUE (key: value)`, or `DATE: VALUE`, with more fields in the
    /// items nested under it; nil for a blank entry.
    static func entry(
        _ text: PositionedText, fields: [MarkdownListItem] = [], layout: ItemLayout, _ diagnostics: inout [Diagnostic]
    ) -> YAMLNode? {
        guard !text.isBlank else { return nil }
        let (rest, attributes) = ItemLine.trailingAttributes(of: text.trimmed(), in: layout, parenthesesOnly: true)
        let dateLength = rest.prefixLength { !$0.isBlank && $0 != ":" }
        let date = rest[0..<dateLength]
        var value = rest.suffix(from: dateLength)
        if value.scalars.first == ":" { value = value.suffix(from: 1) }
        value = value.trimmed()
        var mapping = MappingDraft()
        mapping.set(.scalar(dateKey, at: date.span), .scalar(date), &diagnostics)
        if !value.isEmpty { mapping.set(.scalar(valueKey, at: value.span), .scalar(value), &diagnostics) }
        for attribute in attributes {
            mapping.set(.scalar(attribute.key, at: attribute.keyText.span), .scalar(attribute.value), &diagnostics)
        }
        addFields(fields, of: layout.noun, layout: layout, to: &mapping, &diagnostics)
        return mapping.node(span: fields.reduce(text.trimmed().span) { $0.union($1.span) })
    }

    /// `FROM -> TO[, reason[, impact]]` (the arrow may be `→`).
    private static func addMove(_ text: PositionedText, layout: ItemLayout, to mapping: inout MappingDraft, _ diagnostics: inout [Diagnostic]) {
        let arrow = text.firstOffset(of: "->").map { ($0, 2) } ?? text.firstOffset(of: "→").map { ($0, 1) }
        guard let (offset, length) = arrow else {
            diagnostics.append(MarkdownSyntax.diagnostic(
                at: text.span, "expected a move as `FROM -> TO, reason, impact`, e.g. `2026-10-20 -> 2026-10-31, vendor delay, first cases slip a week`"))
            return
        }
        let keys = moveKeys
        let (to, afterTo) = splitOnce(text.suffix(from: offset + length), at: ",")
        var reason: PositionedText?
        var impact: PositionedText?
        if let afterTo {
            let split = splitOnce(afterTo, at: ",")
            reason = split.0
            impact = split.1
        }
        let parts = [(keys.from, text[0..<offset].trimmed()), (keys.to, to), (keys.reason, reason), (keys.impact, impact)]
        for case let (key, value?) in parts where !value.isEmpty {
            mapping.set(.scalar(key, at: value.span), .scalar(value), &diagnostics)
        }
    }

    /// The text before the first `separator` and the text after it (nil when there is none), trimmed.
    private static func splitOnce(_ text: PositionedText, at separator: String) -> (PositionedText, PositionedText?) {
        guard let found = text.firstOffset(of: separator) else { return (text.trimmed(), nil) }
        return (text[0..<found].trimmed(), text.suffix(from: found + 1).trimmed())
    }

    /// Items nested in a list element or series entry are not understood.
    private static func reportNested(in item: MarkdownListItem, _ diagnostics: inout [Diagnostic]) {
        reportStrayLines(of: item, &diagnostics)
        if let child = item.children.first {
            diagnostics.append(MarkdownSyntax.diagnostic(
                at: child.span, "items nested this deep are not understood; a list element holds one value"))
        }
    }

    /// Text inside an item that is neither its line nor a nested item.
    static func reportStrayLines(of item: MarkdownListItem, _ diagnostics: inout [Diagnostic]) {
        guard let line = item.strayLines.first else { return }
        diagnostics.append(MarkdownSyntax.diagnostic(
            at: line.span, "this text inside a list item is not understood; write fields as nested items `- key: value`"))
    }
}
