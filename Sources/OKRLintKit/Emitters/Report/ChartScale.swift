/// Maps data values onto a chart's 0–100 axis, so templates can draw with
/// percentages (`viewBox="0 0 100 100"`) whatever the units.
struct ChartScale {
    let lower: Double
    let upper: Double

    /// A scale over `values`, widened by `padding` of the range on both ends;
    /// a single value gets a range around it.
    init(covering values: [Double], padding: Double = 0.1) {
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let range = high - low
        let margin = range > 0 ? range * padding : max(abs(low) * 0.1, 1)
        lower = low - margin
        upper = high + margin
    }

    /// The position of `value`, 0 at `lower` and 100 at `upper`, clamped.
    func position(_ value: Double) -> Double {
        min(max((value - lower) / (upper - lower) * 100, 0), 100)
    }

    /// The position as a screen height: 100 at `lower`, 0 at `upper` (SVG's y grows downwards).
    func height(_ value: Double) -> Double {
        100 - position(value)
    }
}
