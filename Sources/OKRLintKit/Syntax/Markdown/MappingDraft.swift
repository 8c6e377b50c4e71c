/// The pairs of one mapping being built from Markdown, in the order they are
/// met. A key given twice is reported (`schema/duplicate-key`, at the later
/// one) and the later value dropped, as the YAML front end does; keys whose
/// values are lists of items may be given again and each occurrence adds its
/// items (several `- moved:` lines, several `## KPIs` sections).
struct MappingDraft {
    private enum Value {
        case node(YAMLNode)
        case items([YAMLNode])
    }

    private var keys: [YAMLNode] = []
    private var values: [Value] = []
    private var index: [String: Int] = [:]

    var isEmpty: Bool { keys.isEmpty }

    /// Whether `key` has been given.
    func contains(_ key: String) -> Bool { index[key] != nil }

    mutating func set(_ key: YAMLNode, _ value: YAMLNode, _ diagnostics: inout [Diagnostic]) {
        if let existing = register(key, as: .node(value)) {
            diagnostics.append(YAMLTreeBuilder.duplicateKey(key, firstLine: keys[existing].span.start.line))
        }
    }

    /// Adds `items` to the list under `key`, starting the list when the key is new.
    mutating func append(_ key: YAMLNode, _ items: [YAMLNode], _ diagnostics: inout [Diagnostic]) {
        guard let existing = register(key, as: .items(items)) else { return }
        guard case .items(let earlier) = values[existing] else {
            diagnostics.append(YAMLTreeBuilder.duplicateKey(key, firstLine: keys[existing].span.start.line))
            return
        }
        values[existing] = .items(earlier + items)
    }

    /// Records a new key and returns nil, or returns the index of the key already there.
    private mutating func register(_ key: YAMLNode, as value: Value) -> Int? {
        let name = key.scalar ?? ""
        if let existing = index[name] { return existing }
        index[name] = keys.count
        keys.append(key)
        values.append(value)
        return nil
    }

    /// The mapping node spanning `span`.
    func node(span: SourceSpan) -> YAMLNode {
        .mapping(pairs, span: span)
    }

    /// From the first key to the end of the last value, nil when empty.
    var pairsSpan: SourceSpan? {
        let spans = pairs.map { $0.key.span.union($0.value.span) }
        return spans.dropFirst().reduce(spans.first) { total, span in total?.union(span) }
    }

    private var pairs: [YAMLPair] {
        zip(keys, values).map { key, value in
            switch value {
            case .node(let node): return YAMLPair(key: key, value: node)
            case .items(let items): return YAMLPair(key: key, value: .sequence(items, start: key.span.start))
            }
        }
    }
}
