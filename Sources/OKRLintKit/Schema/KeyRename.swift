/// The fix for a misspelt key (SPEC §4): safe when exactly one known key is
/// within edit distance 2 and the rename cannot create a duplicate key (the
/// mapping does not already have that key, and no other unknown key of the
/// mapping would be renamed to it too); otherwise the closest key, if any, is
/// offered as an unsafe suggestion.
enum KeyRename {
    /// `written` holds every key of the mapping, `key`'s name among them.
    static func fix(for key: YAMLNode, known: [String], written: Set<String>) -> Fix? {
        guard let name = key.scalar, case .scalar(_, .plain) = key.content else { return nil }
        if let target = onlyNear(name, among: known), !written.contains(target),
           written.count(where: { !known.contains($0) && onlyNear($0, among: known) == target }) == 1 {
            return Fix(.safe, [Fix.Replacement(span: key.span, text: target)])
        }
        guard let closest = Suggestions.closest(to: name, among: known) else { return nil }
        return Fix(.unsafe, [Fix.Replacement(span: key.span, text: closest)])
    }

    /// The known key within edit distance 2 of `name`, when exactly one is.
    private static func onlyNear(_ name: String, among known: [String]) -> String? {
        let near = known.filter { Suggestions.editDistance(name.lowercased(), $0.lowercased()) <= 2 }
        return near.count == 1 ? near.first : nil
    }
}
