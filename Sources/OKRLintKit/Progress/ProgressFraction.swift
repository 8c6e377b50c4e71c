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
        let text = String(format: "%.2f", fraction)
        return text == "-0.00" ? "0.00" : text
    }
}
