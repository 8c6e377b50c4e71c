/// The fix for a misspelt key (SPEC §4): safe when exactly one known key is
/// within edit distance 2 and the rename cannot create a duplicate key (the
/// mapping does not already have that key, and no other unknown key of the
/// mapping would be renamed to it too); otherwise the closest key, if any, is
/// offered as an unsafe suggestion. Keys are compared, and the replacement
/// written, in `spelling`, the way the misspelt key is written (a Markdown
/// label `Align to` becomes `Aligns to`, not `aligns_to`).
enum KeyRename {
    /// `written` holds every key of the mapping, `key`'s name among them.
    static func fix(for key: YAMLNode, known: [String], written: Set<String>, spelling: any FieldSpelling) -> Fix? {
        guard let name = key.scalar, case .scalar(_, .plain) = key.content else { return nil }
        if let target = onlyNear(name, among: known, spelling), !written.contains(target),
           written.count(where: { !known.contains($0) && onlyNear($0, among: known, spelling) == target }) == 1 {
            return Fix(.safe, [Fix.Replacement(span: key.span, text: spelling.key(target, like: name))])
        }
        guard let closest = Suggestions.closest(to: name, among: known.map { spelling.key($0, like: name) }) else { return nil }
        return Fix(.unsafe, [Fix.Replacement(span: key.span, text: closest)])
    }

    /// The known key within edit distance 2 of `name` (as `name` is
    /// written), when exactly one is.
    private static func onlyNear(_ name: String, among known: [String], _ spelling: any FieldSpelling) -> String? {
        let near = known.filter { Suggestions.editDistance(name.lowercased(), spelling.key($0, like: name).lowercased()) <= 2 }
        return near.count == 1 ? near.first : nil
    }
}
