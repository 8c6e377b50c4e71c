import Foundation

/// A share of the way from baseline to target. `raw` keeps what the numbers
/// say (below 0 when a metric went backwards, above 1 past its target);
/// `display` is clamped to 0...1 for bars and scores on the 0.0–1.0 scale.
public struct ProgressFraction: Sendable, Hashable, CustomStringConvertible {
    public let raw: Double

    public init(raw: Double) {
        self.raw = raw
    }

    /// `raw` clamped to 0...1.
    public var display: Double { min(max(raw, 0), 1) }

    /// `raw` with two decimals (`0.42`, `-0.04`), for messages.
    public var description: String { Self.format(raw) }

    /// A fraction with two decimals, the way messages show progress.
    public static func format(_ fraction: Double) -> String {
        let hundredths = fraction * 100
        let rounded = hundredths.rounded()
        // Exact ties (0.125) and values whose product may have crossed one
        // are left to printf, which rounds the exact binary value; any other
        // value rounds the same way both ways, without Foundation's formatter.
        guard abs(rounded) < 1e15, abs(abs(hundredths - rounded) - 0.5) > 1e-6 else {
            let text = String(format: "%.2f", fraction)
            return text == "-0.00" ? "0.00" : text
        }
        let whole = Int(abs(rounded))
        let sign = rounded < 0 ? "-" : ""
        let cents = whole % 100
        return "\(sign)\(whole / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
