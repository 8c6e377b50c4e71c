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
        case .string(let value): return Text(value: value)
        case .array(let items): return items.map(value)
        case .object(let members):
            var dictionary = [String: Any](minimumCapacity: members.count)
            for (key, member) in members {
                dictionary[key] = value(member)
            }
            return Object(dictionary)
        }
    }

    /// A value without members. Inside a section on it (`{{#owner}}…{{/owner}}`)
    /// a name is looked up further out at once, instead of by reflection first.
    protocol Scalar: MustacheParent {}

    /// A JSON object: its members by name.
    struct Object: MustacheParent {
        var members: [String: Any]

        init(_ members: [String: Any]) {
            self.members = members
        }

        func child(named name: String) -> Any? {
            members[name]
        }
    }

    /// JSON null: found (so the lookup stops), empty and false.
    struct Null: MustacheCustomRenderable {
        var renderText: String { "" }
        var isNull: Bool { true }
    }

    /// A JSON string. Mustache renders a custom renderable with fewer runtime
    /// casts than a `String`; the string transforms (`uppercased(name)`) still apply.
    struct Text: MustacheCustomRenderable, MustacheTransformable, Scalar {
        let value: String
        var renderText: String { value }
        var isNull: Bool { false }

        func transform(_ name: String) -> Any? {
            value.transform(name)
        }
    }

    /// A JSON number, rendered the way the JSON report writes it (`37` rather than `37.0`).
    struct NumberText: MustacheCustomRenderable, Scalar {
        let value: Double
        var renderText: String { ValueText.number(value) }
        var isNull: Bool { false }
    }
}

extension MustacheData.Scalar {
    func child(named name: String) -> Any? { nil }
}
