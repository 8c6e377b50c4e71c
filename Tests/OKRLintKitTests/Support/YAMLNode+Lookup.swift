import OKRLintKit

extension YAMLNode {
    /// The value of `key` in a mapping; nil for a missing key or another kind of node.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        return pairs.first { $0.key.scalar == key }?.value
    }

    /// The items of a sequence, the values of a mapping, or nothing for a scalar.
    var children: [YAMLNode] {
        switch content {
        case .sequence(let items): return items
        case .mapping(let pairs): return pairs.map(\.value)
        case .scalar: return []
        }
    }
}
