/// The fix for a misspelt key (SPEC §4): safe when exactly one known key is
/// within edit distance 2 and the mapping does not already have it (the
/// rename must never create a duplicate key); otherwise the closest key, if
/// any, is offered as an unsafe suggestion.
enum KeyRename {
    static func fix(for key: YAMLNode, known: [String], written: Set<String>) -> Fix? {
        guard let name = key.scalar, case .scalar(_, .plain) = key.content else { return nil }
        let near = known.filter { Suggestions.editDistance(name.lowercased(), $0.lowercased()) <= 2 }
        if near.count == 1, let target = near.first, !written.contains(target) {
            return Fix(.safe, [Fix.Replacement(span: key.span, text: target)])
        }
        guard let closest = Suggestions.closest(to: name, among: known) else { return nil }
        return Fix(.unsafe, [Fix.Replacement(span: key.span, text: closest)])
    }
}
