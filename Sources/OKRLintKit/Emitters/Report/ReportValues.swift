/// Small conversions from model values to the JSON report's values, so every
/// builder writes missing fields, dates, numbers and texts the same way.
enum ReportValues {
    /// A text field as written, or null.
    static func text(_ field: Located<String>?) -> JSONValue {
        field.map { .string($0.value) } ?? .null
    }

    /// A date as `YYYY-MM-DD`, or null.
    static func date(_ date: CalendarDate?) -> JSONValue {
        date.map { .string($0.description) } ?? .null
    }

    /// References (`serves`, `aligns_to`) as written.
    static func references(_ references: [Located<ItemReference>]) -> JSONValue {
        .array(references.map { .string($0.value.raw) })
    }

    /// `value` rounded to `places` decimals (charts and shares need no more).
    static func rounded(_ value: Double, places: Int = 4) -> JSONValue {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .number((value * scale).rounded() / scale)
    }

    /// A number with its text as written: `{"value": 10000, "text": "$10k"}`.
    static func quantity(_ quantity: Quantity?) -> JSONValue {
        guard let quantity else { return .null }
        return .object([("value", .number(quantity.value)), ("text", .string(quantity.text))])
    }

    /// A dated value (check-in, reading, interim target): date, number and its text.
    static func measurement<Entry>(_ measured: Measured<Entry>) -> [(String, JSONValue)] {
        [("date", .string(measured.date.description)), ("value", .number(measured.value.value)),
         ("text", .string(measured.value.text))]
    }

    /// A share of the way as `raw` (what the numbers say), `display` (clamped
    /// to 0–1), `percent` (of `display`, for bar widths) and `text` (`display` with two
    /// decimals, as scores are shown on the 0.0–1.0 scale).
    static func fraction(_ fraction: ProgressFraction?) -> JSONValue {
        guard let fraction else { return .null }
        return .object([
            ("raw", rounded(fraction.raw)), ("display", rounded(fraction.display)),
            ("percent", rounded(fraction.display * 100, places: 1)),
            ("text", .string(ProgressFraction.format(fraction.display))),
        ])
    }
}
