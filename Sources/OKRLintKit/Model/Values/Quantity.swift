/// A number with an optional unit, as people write it in goal files.
///
/// Accepted forms (see `QuantityScanner` for the exact grammar):
/// - plain numerals: `120`, `7.4`, `-4`, `+5`, `0.5`, `.5`, `1e3`; the minus sign may
///   also be U+2212 `−`;
/// - comma thousands separators in groups of three: `1,200`, `1,200,000`. Spaces
///   between digit groups (`10 000`) and decimal commas (`1,5`) are rejected;
/// - multipliers written right after the digits: `k`/`K` (thousand), `M` (million),
///   `B`/`bn` (billion). After a currency symbol, `m`/`mn` (million) and `b`
///   (billion) count too (`$5m`); elsewhere a lower-case `m` is the unit "m"
///   (minutes or metres), never a million. `10 k` (with a space) has the unit "k";
/// - a currency symbol (`$ € £ ¥ ₹`) before the number (`$10k`, `-$5`, `$-5`) or
///   alone after it (`10€`, `10 €`);
/// - a percent sign (`95%`, `95 %`; `percent`, `per cent` and `pct` are read as `%`);
/// - a rating `4.5/5` (value 4.5, unit "/5");
/// - trailing unit words: `3 days`, `120 changes/month`, `99.9% uptime`.
///
/// The unit is normalised: whitespace collapsed, pieces joined in the order
/// currency, percent or rating, words — `$10k/month` has unit "$/month",
/// `$10k ARR` has "$ ARR", `95% CSAT` has "% CSAT". Equality compares value, unit and the original text.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The number with any multiplier applied (`$10k` → 10000).
    public let value: Double
    /// The normalised unit, nil when the number has none.
    public let unit: String?
    /// The trimmed text the quantity was read from, or a rendering of value and unit.
    public let text: String

    /// A quantity from a number (a YAML numeral, for instance) and an optional unit.
    /// `text` renders them the way `parse` reads them back: `95%`, `$10000`, `3 days`.
    public init(value: Double, unit: String? = nil) {
        self.init(value: value, unit: unit, text: Quantity.render(value: value, unit: unit))
    }

    init(value: Double, unit: String?, text: String) {
        self.value = value
        self.unit = unit
        self.text = text
    }

    public static func parse(_ text: String) -> Result<Quantity, ValueFormError> {
        let trimmed = ValueText.trim(text)
        guard let reading = QuantityScanner.scan(trimmed) else {
            return .failure(ValueFormError("expected a number such as 95%, $10k, 1.5M, 1,200 or 3 days"))
        }
        guard reading.value.isFinite else {
            return .failure(ValueFormError("\(trimmed) is too large a number"))
        }
        return .success(Quantity(value: reading.value, unit: reading.unit, text: trimmed))
    }

    /// The same value and text with another unit: used when one end of a range
    /// lends its unit to the other (`4..6 minutes`).
    func withUnit(_ unit: String?) -> Quantity {
        Quantity(value: value, unit: unit, text: text)
    }

    public var description: String { text }

    private static func render(value: Double, unit: String?) -> String {
        let number = ValueText.number(value)
        guard let unit else { return number }
        var rest = Substring(unit)
        var currency = ""
        if let first = rest.unicodeScalars.first, QuantityScanner.currencySymbols.contains(first) {
            currency = String(first)
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        if rest.isEmpty { return currency + number }
        if rest.hasPrefix("%") || rest.hasPrefix("/") { return currency + number + rest }
        return currency + number + " " + rest
    }
}
