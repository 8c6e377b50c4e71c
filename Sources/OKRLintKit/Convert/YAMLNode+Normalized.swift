extension YAMLNode {
    /// The node in the one form the model builder reads the same as this one:
    /// a single value of a list field becomes a one-item list, a series
    /// written as a mapping of dates to values becomes a list of
    /// `{date, value}` items, and nested items are normalised by their layout.
    func normalized(as shape: FieldShape?) -> YAMLNode {
        switch (shape, content) {
        case (.list?, .scalar) where !isNull:
            return .sequence([self], start: span.start)
        case (.series(let layout)?, .mapping(let pairs)):
            let entries = pairs.map { pair in
                YAMLNode.mapping([
                    YAMLPair(key: .scalar(MarkdownFieldReader.dateKey, at: pair.key.span), value: pair.key),
                    YAMLPair(key: .scalar(MarkdownFieldReader.valueKey, at: pair.value.span), value: pair.value),
                ], span: pair.key.span.union(pair.value.span)).normalizedItem(layout)
            }
            return .sequence(entries, start: span.start)
        case (.series(let layout)?, .sequence(let items)), (.items(let layout)?, .sequence(let items)):
            return .sequence(items.map { $0.normalizedItem(layout) }, start: span.start)
        default:
            return self
        }
    }

    /// A mapping whose values are normalised by the shapes `layout` gives their keys.
    func normalizedItem(_ layout: ItemLayout?) -> YAMLNode {
        guard case .mapping(let pairs) = content else { return self }
        return .mapping(pairs.map { pair in
            YAMLPair(key: pair.key, value: pair.value.normalized(as: pair.key.scalar.flatMap { layout?.shape(of: $0) }))
        }, span: span)
    }
}
