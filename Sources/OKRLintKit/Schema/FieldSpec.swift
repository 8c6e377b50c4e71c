/// One key of an item in the goal-file format: its name, its JSON Schema, and
/// how its value is read into the item. Field specs are the single
/// declaration both the model builder and the JSON Schema generator use.
struct FieldSpec<Item>: @unchecked Sendable {
    let key: String
    /// The field's JSON Schema, and the definitions it refers to (nested item
    /// kinds): built only when the schema is written out, not for every run.
    let makeSchema: () -> JSONValue
    let makeDefinitions: () -> [(String, JSONValue)]
    /// How the value is laid out (for the Markdown front end).
    let shape: FieldShape
    /// Reads the value into the item; nested items report their problems
    /// in the spelling given.
    let assign: (YAMLNode, any FieldSpelling, inout Item, inout [Diagnostic]) -> Void

    /// A single value.
    static func value<Value>(
        _ key: String, _ keyPath: WritableKeyPath<Item, Located<Value>?>, _ reader: ValueReader<Value>,
        _ summary: String
    ) -> FieldSpec {
        FieldSpec(key: key, makeSchema: { reader.jsonSchema.described(summary) }, makeDefinitions: { [] }, shape: .value) {
            node, _, item, diagnostics in
            if let value = reader.read(node, &diagnostics) { item[keyPath: keyPath] = Located(value, at: node.span) }
        }
    }

    /// A list of values; a single value is a one-item list.
    static func list<Value>(
        _ key: String, _ keyPath: WritableKeyPath<Item, [Located<Value>]>, _ reader: ValueReader<Value>,
        _ summary: String
    ) -> FieldSpec {
        let schema = {
            JSONValue.object([
                ("description", .string(summary)),
                ("anyOf", .array([reader.jsonSchema, .object([("type", "array"), ("items", reader.jsonSchema)])])),
            ])
        }
        return FieldSpec(key: key, makeSchema: schema, makeDefinitions: { [] }, shape: .list) { node, _, item, diagnostics in
            let elements: [YAMLNode]
            if case .sequence(let nodes) = node.content { elements = nodes } else { elements = [node] }
            item[keyPath: keyPath] = elements.compactMap { element in
                reader.read(element, &diagnostics).map { Located($0, at: element.span) }
            }
        }
    }

    /// A list of nested items, each a mapping read by `schema`.
    static func items<Child: FieldRecord>(
        _ key: String, _ keyPath: WritableKeyPath<Item, [Child]>, _ schema: ItemSchema<Child>, _ summary: String
    ) -> FieldSpec {
        let json = {
            JSONValue.object([
                ("description", .string(summary)), ("type", "array"), ("items", schema.reference),
            ])
        }
        return FieldSpec(
            key: key, makeSchema: json, makeDefinitions: { schema.allDefinitions }, shape: .items(schema.layout)
        ) { node, spelling, item, diagnostics in
            guard !node.isNull else { return }
            guard case .sequence(let nodes) = node.content else {
                diagnostics.append(ValueReader<Child>.typeMismatch(node, expected: "a list of \(schema.noun)s"))
                return
            }
            item[keyPath: keyPath] = schema.readEach(of: nodes, spelling: spelling, &diagnostics)
        }
    }

    /// Dated values written as a list of mappings (read by `schema`) or as a
    /// mapping from dates to values (`2026-10-07: 118`), built by `entry`.
    static func series<Child: FieldRecord>(
        _ key: String, _ keyPath: WritableKeyPath<Item, [Child]>, _ schema: ItemSchema<Child>,
        entry: @escaping (YAMLPair, inout [Diagnostic]) -> Child, mapSchema: JSONValue, _ summary: String
    ) -> FieldSpec {
        let json = {
            JSONValue.object([
                ("description", .string(summary)),
                ("anyOf", .array([.object([("type", "array"), ("items", schema.reference)]), mapSchema])),
            ])
        }
        return FieldSpec(
            key: key, makeSchema: json, makeDefinitions: { schema.allDefinitions }, shape: .series(schema.layout)
        ) { node, spelling, item, diagnostics in
            switch node.content {
            case .sequence(let nodes): item[keyPath: keyPath] = schema.readEach(of: nodes, spelling: spelling, &diagnostics)
            case .mapping(let pairs): item[keyPath: keyPath] = pairs.map { entry($0, &diagnostics) }
            case .scalar:
                guard !node.isNull else { return }
                diagnostics.append(ValueReader<Child>.typeMismatch(
                    node, expected: "a list of {date, value} entries or a mapping of dates to values"))
            }
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }

    /// The same schema with a `description` first.
    func described(_ summary: String) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object([("description", .string(summary))] + members.filter { $0.0 != "description" })
    }
}
