/// Readers for values that may be written as text or as a small mapping:
/// periods (`{start, end}`), healthy ranges (`{min, max}`) and triggers
/// (`{above | below, for}`). Each mapping form is declared as an item schema
/// so it gets the same unknown-key and type checks as any item. Their keys
/// are written `key: value` in both syntaxes (nested `- min: 4` items in
/// Markdown), so their problems are spelt as in YAML.
extension ValueReader where Value == Period {
    static let period = ValueReader.scalarOrMapping(
        .scalar("a period such as 2026-Q4, 2026-H1, 2026-10 or 2026",
                schema: .object([("type", .array(["string", "integer"])), ("pattern", "^[0-9]{4}(-(Q[1-4]|H[12]|[0-9]{2}))?$")]),
                parse: Period.parse),
        mapping: { node, _, diagnostics in
            guard let bounds = PeriodBounds.schema.read(node, spelling: YAMLSpelling(), &diagnostics),
                  let start = bounds.start?.value, let end = bounds.end?.value else { return nil }
            return construct(node, &diagnostics) { () throws(ValueFormError) in try Period(start: start, end: end) }
        },
        schema: .object([("anyOf", .array([
            .object([("type", .array(["string", "integer"])), ("pattern", "^[0-9]{4}(-(Q[1-4]|H[12]|[0-9]{2}))?$")]),
            PeriodBounds.schema.jsonSchema,
        ]))]),
        expected: "a period such as 2026-Q4 or {start: 2026-10-01, end: 2026-12-31}")
}

extension ValueReader where Value == HealthyRange {
    static let healthyRange = ValueReader.scalarOrMapping(
        .scalar("a range such as 4..6, <= 6 or >= 95%", schema: ValueReader<Quantity>.quantitySchema, parse: HealthyRange.parse),
        mapping: { node, _, diagnostics in
            guard let bounds = RangeBounds.schema.read(node, spelling: YAMLSpelling(), &diagnostics) else { return nil }
            guard bounds.min != nil || bounds.max != nil else {
                diagnostics.append(ValueReader.typeMismatch(node, expected: "a range with min, max or both"))
                return nil
            }
            return construct(node, &diagnostics) { () throws(ValueFormError) in
                try HealthyRange(min: bounds.min?.value, max: bounds.max?.value)
            }
        },
        schema: .object([("anyOf", .array([ValueReader<Quantity>.quantitySchema, RangeBounds.schema.jsonSchema]))]),
        expected: "a range such as 4..6 or {min: 4, max: 6}")
}

extension ValueReader where Value == Trigger {
    static let trigger = ValueReader.scalarOrMapping(
        .scalar("a trigger such as \"> 7 for 2 readings\"", schema: .object([("type", "string")]), parse: Trigger.parse),
        mapping: { node, _, diagnostics in
            guard let form = TriggerForm.schema.read(node, spelling: YAMLSpelling(), &diagnostics) else { return nil }
            let direction: Trigger.Direction
            let threshold: Quantity
            switch (form.above?.value, form.below?.value) {
            case (let above?, nil): (direction, threshold) = (.above, above)
            case (nil, let below?): (direction, threshold) = (.below, below)
            default:
                diagnostics.append(ValueReader.typeMismatch(node, expected: "a trigger with exactly one of above or below"))
                return nil
            }
            return construct(node, &diagnostics) { () throws(ValueFormError) in
                try Trigger(direction: direction, threshold: threshold, count: form.count?.value ?? 1)
            }
        },
        schema: .object([("anyOf", .array([.object([("type", "string")]), TriggerForm.schema.jsonSchema]))]),
        expected: "a trigger such as \"> 7 for 2 readings\" or {above: 7, for: 2}")
}

/// Builds a value whose initialiser validates, turning its error into a `schema/type` diagnostic.
private func construct<Value>(
    _ node: YAMLNode, _ diagnostics: inout [Diagnostic], _ make: () throws(ValueFormError) -> Value
) -> Value? {
    do {
        return try make()
    } catch {
        diagnostics.append(Diagnostic(rule: SchemaRuleID.type, span: node.span, message: error.message))
        return nil
    }
}

/// `{start: DATE, end: DATE}`.
struct PeriodBounds: FieldRecord {
    var invalidKeys: Set<String> = []
    var start: Located<CalendarDate>?
    var end: Located<CalendarDate>?

    static let schema = ItemSchema<PeriodBounds>(
        definition: "periodBounds", noun: "period", summary: "A period given by its first and last day.",
        required: [["start"], ["end"]],
        fields: [
            .value("start", \.start, .date, "First day of the period."),
            .value("end", \.end, .date, "Last day of the period (inclusive)."),
        ],
        make: { _ in PeriodBounds() })
}

/// `{min: Q, max: Q}`.
struct RangeBounds: FieldRecord {
    var invalidKeys: Set<String> = []
    var min: Located<Quantity>?
    var max: Located<Quantity>?

    static let schema = ItemSchema<RangeBounds>(
        definition: "rangeBounds", noun: "healthy range", summary: "A healthy range given by its bounds (inclusive).",
        fields: [
            .value("min", \.min, .quantity, "Lowest healthy value."),
            .value("max", \.max, .quantity, "Highest healthy value."),
        ],
        make: { _ in RangeBounds() })
}

/// `{above: Q, for: N}` or `{below: Q, for: N}`.
struct TriggerForm: FieldRecord {
    var invalidKeys: Set<String> = []
    var above: Located<Quantity>?
    var below: Located<Quantity>?
    var count: Located<Int>?

    static let schema = ItemSchema<TriggerForm>(
        definition: "triggerForm", noun: "trigger", summary: "Act when readings go above or below a threshold.",
        fields: [
            .value("above", \.above, .quantity, "Act when readings go above this value."),
            .value("below", \.below, .quantity, "Act when readings go below this value."),
            .value("for", \.count, .integer(minimum: 1), "How many readings in a row must cross the threshold."),
        ],
        make: { _ in TriggerForm() })
}
