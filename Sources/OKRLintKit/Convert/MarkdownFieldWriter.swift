/// Writes one field of an item as nested list items, in the first form that
/// reads back the same: `- key: value`, a list `- key: a, b`, a series on
/// one line `- checkins: 2026-10-07 118; 2026-10-14 110 (note: …)`, a move
/// `- moved: FROM -> TO, reason, impact` (one item per move), else the
/// value's parts as items nested under `- key:`.
enum MarkdownFieldWriter {
    /// The lines for `pair`, indented by `indent` spaces; nil when no form
    /// gives the value back.
    static func lines(for pair: YAMLPair, layout: ItemLayout?, indent: Int) -> [OutputLine]? {
        let key = pair.key.scalar ?? ""
        let shape = layout?.shape(of: key)
        if case .items(let nested)? = shape, case .sequence(let moves) = pair.value.content, !moves.isEmpty {
            var lines: [OutputLine] = []
            for move in moves {
                let value = YAMLNode.sequence([move], start: move.span.start)
                let candidates = moveCandidates(key, move, layout: nested)
                guard let chosen = candidates.first(where: { MarkdownReadBack.field($0, gives: key, value, layout: layout) }) else { return nil }
                lines += output(chosen, origins: move.scalarLines.union(pair.key.scalarLines), indent: indent)
            }
            return lines
        }
        let candidates = valueCandidates(key, pair.value, shape: shape)
        guard let chosen = candidates.first(where: { MarkdownReadBack.field($0, gives: key, pair.value, layout: layout) }) else { return nil }
        return output(chosen, origins: pair.key.scalarLines.union(pair.value.scalarLines), indent: indent)
    }

    private static func output(_ lines: [String], origins: Set<Int>, indent: Int) -> [OutputLine] {
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { index, line in
            OutputLine(padding + line, origins: index == 0 ? origins : [], style: .html)
        }
    }

    /// The forms worth trying for a value, most compact first.
    private static func valueCandidates(_ key: String, _ value: YAMLNode, shape: FieldShape?) -> [[String]] {
        let head = "- \(key):"
        if case .series? = shape, let entries = seriesEntries(value) {
            let withAttributes = entries.map { entry in ([entry.head] + entry.fields.map { "(\($0.0): \($0.1))" }).joined(separator: " ") }
            let nested = entries.flatMap { entry in ["  - " + entry.head] + entry.fields.map { "    - \($0.0): \($0.1)" } }
            return [[head + " " + withAttributes.joined(separator: "; ")], [head] + withAttributes.map { "  - " + $0 }, [head] + nested]
        }
        switch value.content {
        case .scalar(let text, _):
            return [[value.isNull ? head : head + " " + text]]
        case .sequence(let items):
            let texts = items.compactMap { $0.isNull ? nil : $0.scalar }
            guard texts.count == items.count else { return [] }
            return [[head + " " + texts.joined(separator: ", ")], [head] + texts.map { "  - " + $0 }]
        case .mapping(let pairs):
            var lines = [head]
            for pair in pairs {
                guard let nested = self.lines(for: pair, layout: nil, indent: 2) else { return [] }
                lines += nested.map(\.text)
            }
            return [lines]
        }
    }

    /// For each entry of a series, `DATE VALUE` and its other fields; nil
    /// when an entry has another form.
    private static func seriesEntries(_ value: YAMLNode) -> [(head: String, fields: [(String, String)])]? {
        switch value.content {
        case .mapping(let pairs):
            let entries = pairs.compactMap { pair in
                pair.key.scalar.flatMap { date in pair.value.scalar.map { (head: "\(date) \($0)", fields: [(String, String)]()) } }
            }
            return entries.count == pairs.count ? entries : nil
        case .sequence(let items):
            let entries = items.compactMap(entry)
            return entries.count == items.count && !entries.isEmpty ? entries : nil
        case .scalar:
            return nil
        }
    }

    private static func entry(_ item: YAMLNode) -> (head: String, fields: [(String, String)])? {
        guard case .mapping(let pairs) = item.content,
              let date = scalar(MarkdownFieldReader.dateKey, in: pairs) else { return nil }
        let head = [date, scalar(MarkdownFieldReader.valueKey, in: pairs)].compactMap { $0 }.joined(separator: " ")
        var fields: [(String, String)] = []
        for pair in pairs where ![MarkdownFieldReader.dateKey, MarkdownFieldReader.valueKey].contains(pair.key.scalar) {
            guard let key = pair.key.scalar, let value = pair.value.scalar else { return nil }
            fields.append((key, value))
        }
        return (head, fields)
    }

    /// `- moved: FROM -> TO, reason, impact` with the rest nested, then with
    /// only the dates on the line, then everything nested.
    private static func moveCandidates(_ key: String, _ move: YAMLNode, layout: ItemLayout) -> [[String]] {
        guard case .mapping(let pairs) = move.content else { return [] }
        let keys = MarkdownFieldReader.moveKeys
        func nested(except used: [String]) -> [String]? {
            var lines: [String] = []
            for pair in pairs where !used.contains(pair.key.scalar ?? "") {
                guard let written = self.lines(for: pair, layout: layout, indent: 2) else { return nil }
                lines += written.map(\.text)
            }
            return lines
        }
        var candidates: [[String]] = []
        if let from = scalar(keys.from, in: pairs), let to = scalar(keys.to, in: pairs) {
            let reason = scalar(keys.reason, in: pairs)
            let impact = reason == nil ? nil : scalar(keys.impact, in: pairs)
            let words = [reason, impact].compactMap { $0 }
            let used = [keys.from, keys.to] + (reason == nil ? [] : [keys.reason]) + (impact == nil ? [] : [keys.impact])
            if let rest = nested(except: used) {
                candidates.append(["- \(key): \(([from + " -> " + to] + words).joined(separator: ", "))"] + rest)
            }
            if let rest = nested(except: [keys.from, keys.to]) { candidates.append(["- \(key): \(from) -> \(to)"] + rest) }
        }
        if let rest = nested(except: []) { candidates.append(["- \(key):"] + rest) }
        return candidates
    }

    private static func scalar(_ key: String, in pairs: [YAMLPair]) -> String? {
        guard let pair = pairs.first(where: { $0.key.scalar == key }), !pair.value.isNull else { return nil }
        return pair.value.scalar
    }
}
