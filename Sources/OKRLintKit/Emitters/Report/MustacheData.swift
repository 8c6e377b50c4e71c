import Mustache

/// The report model as Mustache template data: objects become dictionaries,
/// arrays arrays, and null a value that renders as nothing and counts as
/// false — so a missing field never falls back to a field of the same name
/// further out (a key result without owner does not show the plan's owner).
enum MustacheData {
    static func value(_ json: JSONValue) -> Any {
        switch json {
        case .null: return Null()
        case .bool(let value): return value
        case .integer(let value): return value
        case .number(let value): return NumberText(value: value)
        case .string(let value): return value
        case .array(let items): return items.map(value)
        case .object(let members):
            return Dictionary(members.map { ($0.0, value($0.1)) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// JSON null: found (so the lookup stops), empty and false.
    struct Null: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    /// A JSON number, rendered the way the JSON report writes it (`37` rather than `37.0`).
    struct NumberText: MustacheCustomRenderable {
        let value: Double
        var renderText: String { ValueText.number(value) }
        var isNull: Bool { false }
    }
}
