/// How one kind of value is read from a YAML node and how it is described in
/// the JSON Schema. A reader that cannot make sense of a node reports a
/// `schema/type` diagnostic saying which form was expected and returns nil;
/// an empty value (`key:` or `~`) is simply absent.
struct ValueReader<Value>: @unchecked Sendable {
    let jsonSchema: JSONValue
    let read: (YAMLNode, inout [Diagnostic]) -> Value?

    /// A reader for single values written as text (any scalar style):
    /// `parse` turns the text into a value or says which form was expected.
    static func scalar(
        _ expected: String, schema: JSONValue, parse: @escaping (String) -> Result<Value, ValueFormError>
    ) -> ValueReader {
        ValueReader(jsonSchema: schema) { node, diagnostics in
            guard !node.isNull else { return nil }
            guard let text = node.scalar else {
                diagnostics.append(typeMismatch(node, expected: expected))
                return nil
            }
            switch parse(text) {
            case .success(let value): return value
            case .failure(let error):
                let message = error.message.contains(text) ? error.message : "'\(text)': \(error.message)"
                diagnostics.append(Diagnostic(rule: SchemaRuleID.type, span: node.span, message: message))
                return nil
            }
        }
    }

    /// A reader that accepts a scalar through `scalar` or a mapping through `mapping`.
    static func scalarOrMapping(
        _ scalarReader: ValueReader, mapping: @escaping (YAMLNode, [YAMLPair], inout [Diagnostic]) -> Value?,
        schema: JSONValue, expected: String
    ) -> ValueReader {
        ValueReader(jsonSchema: schema) { node, diagnostics in
            switch node.content {
            case .mapping(let pairs): return mapping(node, pairs, &diagnostics)
            case .scalar: return scalarReader.read(node, &diagnostics)
            case .sequence:
                diagnostics.append(typeMismatch(node, expected: expected))
                return nil
            }
        }
    }

    /// A `schema/type` diagnostic for a node of the wrong shape.
    static func typeMismatch(_ node: YAMLNode, expected: String) -> Diagnostic {
        Diagnostic(rule: SchemaRuleID.type, span: node.span, message: "expected \(expected), found \(node.kindDescription)")
    }
}

/// The ids of the rules the schema stage reports.
enum SchemaRuleID {
    static let type = "schema/type"
    static let unknownKey = "schema/unknown-key"
}
