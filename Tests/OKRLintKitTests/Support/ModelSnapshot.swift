import OKRLintKit

/// A plan (or any model value) written out without its source spans, so
/// that the same plan read from YAML and from Markdown compares equal.
enum ModelSnapshot {
    static func of(_ value: Any) -> String {
        if value is SourceSpan { return "" }
        let mirror = Mirror(reflecting: value)
        let children = mirror.children.filter { $0.label != "span" }
        func fields() -> String {
            "\(mirror.subjectType)(" + children.map { "\($0.label ?? "_")=\(of($0.value))" }.joined(separator: ", ") + ")"
        }
        switch mirror.displayStyle {
        case .optional:
            return children.first.map { of($0.value) } ?? "nil"
        case .collection:
            return "[" + children.map { of($0.value) }.joined(separator: ", ") + "]"
        case .set, .dictionary:
            return "{" + children.map { of($0.value) }.sorted().joined(separator: ", ") + "}"
        case .struct, .class, .tuple:
            return fields()
        case .enum where !children.isEmpty:
            return fields()
        default:
            return String(describing: value)
        }
    }
}
