/// The readers for the kinds of value the goal-file format uses, each with
/// the form it expects and its JSON Schema.
extension ValueReader where Value == String {
    /// Free text: any scalar, kept exactly as written (so `no` or `2026-10-14` stay text).
    static let text = ValueReader(jsonSchema: .object([("type", .array(["string", "number", "boolean"]))])) { node, diagnostics in
        guard !node.isNull else { return nil }
        guard let text = node.scalar else {
            diagnostics.append(typeMismatch(node, expected: "text"))
            return nil
        }
        return text
    }

    /// An item or plan id.
    static let identifier = ValueReader.scalar(
        "an id such as fewer-repeat-changes",
        schema: .object([("type", "string"), ("pattern", "^[^\\s#]+$")]), parse: ItemID.parse)
}

extension ValueReader where Value == Int {
    /// A whole number of at least `minimum`.
    static func integer(minimum: Int) -> ValueReader {
        .scalar(
            "a whole number such as 12",
            schema: .object([("type", "integer"), ("minimum", .integer(minimum))])
        ) { text in
            guard let value = Int(text.trimmingSpaces), value >= minimum else {
                return .failure(ValueFormError("expected a whole number of at least \(minimum), such as 12"))
            }
            return .success(value)
        }
    }

    /// The format version; only 1 exists.
    static let formatVersion = ValueReader.scalar(
        "format version 1", schema: .object([("const", .integer(1))])
    ) { text in
        text.trimmingSpaces == "1" ? .success(1) : .failure(ValueFormError("okrlint reads format version 1; write `version: 1` or leave it out"))
    }
}

extension ValueReader where Value == Double {
    /// A number of at least zero (weights).
    static let weight = ValueReader.scalar(
        "a number such as 1 or 0.5", schema: .object([("type", "number"), ("minimum", .integer(0))])
    ) { text in
        guard let value = Double(text.trimmingSpaces), value >= 0, value.isFinite else {
            return .failure(ValueFormError("expected a weight of zero or more, such as 1 or 0.5"))
        }
        return .success(value)
    }
}

extension ValueReader where Value == CalendarDate {
    static let date = ValueReader.scalar("a date like 2026-10-14", schema: datePattern, parse: CalendarDate.parse)

    static let datePattern = JSONValue.object([("type", "string"), ("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
}

extension ValueReader where Value == ISOWeek {
    static let week = ValueReader.scalar(
        "an ISO week like 2026-W42",
        schema: .object([("type", "string"), ("pattern", "^[0-9]{4}-[Ww][0-9]{1,2}$")]), parse: ISOWeek.parse)
}

extension ValueReader where Value == Quantity {
    static let quantity = ValueReader.scalar(
        "a number such as 95%, $10k, 1.5M, 1,200 or 3 days",
        schema: quantitySchema, parse: Quantity.parse)

    static let quantitySchema = JSONValue.object([("type", .array(["number", "string"]))])
}

extension ValueReader where Value == Confidence {
    static let confidence = ValueReader.scalar(
        "a confidence between 0 and 1, or low / medium / high",
        schema: .object([("anyOf", .array([
            .object([("type", "number"), ("minimum", .integer(0)), ("maximum", .integer(1))]),
            .object([("type", "string"), ("pattern", "^\\s*(0|1|0?\\.[0-9]+|1\\.0+|[0-9]{1,3}(\\.[0-9]+)?%|[Ll][Oo][Ww]|[Mm][Ee][Dd][Ii][Uu][Mm]|[Hh][Ii][Gg][Hh])\\s*$")]),
        ]))]),
        parse: Confidence.parse)
}

extension ValueReader where Value == ItemReference {
    static let reference = ValueReader.scalar(
        "an id such as fewer-repeat-changes or plan-id#item-id",
        schema: .object([("type", "string"), ("pattern", "^[^\\s#]+(#[^\\s#]+)?$")]), parse: ItemReference.parse)
}

extension ValueReader where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// One of the enumeration's names (case-insensitive), with a suggestion when close.
    static func choice(_ noun: String) -> ValueReader {
        let names = Value.allCases.map(\.rawValue)
        return .scalar(
            "one of \(names.joined(separator: ", "))",
            schema: .object([("enum", .array(names.map { .string($0) }))])
        ) { text in
            if let value = Value(rawValue: text.trimmingSpaces.lowercased()) { return .success(value) }
            let hint = Suggestions.phrase(for: text, among: names)
            return .failure(ValueFormError("expected a \(noun): one of \(names.joined(separator: ", "))\(hint)"))
        }
    }
}
