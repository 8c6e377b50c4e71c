/// Writes one item (a key result, KPI, milestone, weekly goal or decision)
/// as a list item: as much as reads back the same goes on its line
/// (`- [x] 2026-10-15 Policy published @sam (serves: x) {#id}`), the other
/// fields become nested `- key: value` items. Forms are tried from the
/// fullest line to the barest, and the first that reads back the same wins.
enum MarkdownItemWriter {
    /// The lines for `item`, and the fields left out because no form gives
    /// them back; `defaults` are pairs the section heading gives (the week).
    /// Nil when the item itself has no form that reads back the same.
    static func lines(for item: YAMLNode, syntax: ItemSyntax, defaults: [YAMLPair] = []) -> (lines: [OutputLine], leftOut: [YAMLPair])? {
        guard case .mapping(let pairs) = item.content else { return nil }
        for sugar in [LineSugar.full, .titleOnly, .bare] {
            guard let (line, used) = self.line(pairs, syntax: syntax, sugar: sugar) else { continue }
            var output = [OutputLine(line, origins: [item.span.start.line], style: .html)]
            var leftOut: [YAMLPair] = []
            for pair in pairs {
                let key = pair.key.scalar ?? ""
                if used.contains(key) {
                    output[0].origins.formUnion(pair.key.scalarLines.union(pair.value.scalarLines))
                } else if defaults.contains(where: { $0.key.scalar == key && $0.value.hasSameContent(as: pair.value) }) {
                    continue
                } else if let field = MarkdownFieldWriter.lines(for: pair, layout: syntax.layout, indent: 2) {
                    output += field
                } else {
                    leftOut.append(pair)
                }
            }
            let kept = YAMLNode.mapping(pairs.filter { pair in !leftOut.contains { $0.key.span == pair.key.span } }, span: item.span)
            if MarkdownReadBack.item(output.map(\.text), syntax: syntax, defaults: defaults, gives: kept) { return (output, leftOut) }
        }
        return nil
    }

    /// How much goes on the item's line.
    private enum LineSugar {
        /// Checkbox, label, date, title and the attributes.
        case full
        /// No attributes.
        case titleOnly
        /// Only what the line must say (the `KR:` label, a checkbox).
        case bare
    }

    /// The item's line and the keys it holds.
    private static func line(_ pairs: [YAMLPair], syntax: ItemSyntax, sugar: LineSugar) -> (String, Set<String>)? {
        func text(_ key: String) -> String? {
            guard let pair = pairs.first(where: { $0.key.scalar == key }), !pair.value.isNull else { return nil }
            return pair.value.scalar
        }
        var used = Set<String>()
        var parts: [String] = []
        switch syntax.checkbox {
        case .decoration(let tickedBy):
            if let key = tickedBy, pairs.contains(where: { $0.key.scalar == key }) { parts.append("[x]") }
        case .sets(let key, let value, let unlessGiven):
            let others = unlessGiven.filter { $0 != key }
            let given = text(key)
            let ticked = given?.trimmingSpaces.lowercased() == value || others.contains { text($0) != nil }
            parts.append(ticked ? "[x]" : "[ ]")
            if given == value, !others.contains(where: { text($0) != nil }), sugar != .bare { used.insert(key) }
        }
        var titleKey = syntax.titleKey
        if text(titleKey) == nil, let labelled = syntax.labels.values.sorted().first(where: { $0 != titleKey && text($0) != nil }) {
            titleKey = labelled
        }
        let label = titleKey == syntax.titleKey ? syntax.writtenLabel : MarkdownDialect.label(for: titleKey)
        if sugar == .bare {
            if let label = syntax.writtenLabel { parts.append(label + ":") }
            return ((["-"] + parts).joined(separator: " "), used)
        }
        if let label { parts.append(label + ":") }
        if let key = syntax.leadingDateKey, let date = text(key), ItemLine.isDateShaped(PositionedText(date)) {
            parts.append(date)
            used.insert(key)
        }
        if let title = text(titleKey) {
            parts.append(title)
            used.insert(titleKey)
        }
        if sugar == .full {
            if syntax.ownerOnLine, let owner = text("owner") {
                parts.append("@" + owner)
                used.insert("owner")
            }
            for key in syntax.attributeKeys {
                guard let value = pairs.first(where: { $0.key.scalar == key })?.value, let written = oneLine(value) else { continue }
                parts.append("(\(key): \(written))")
                used.insert(key)
            }
            if let id = text("id") {
                parts.append("{#\(id)}")
                used.insert("id")
            }
        }
        return ((["-"] + parts).joined(separator: " "), used)
    }

    /// A value or a list of values on one line, comma-separated.
    static func oneLine(_ value: YAMLNode) -> String? {
        switch value.content {
        case .scalar(let text, _): return value.isNull ? nil : text
        case .sequence(let items):
            let texts = items.compactMap { $0.isNull ? nil : $0.scalar }
            return texts.count == items.count && !texts.isEmpty ? texts.joined(separator: ", ") : nil
        case .mapping: return nil
        }
    }
}
