import Foundation
@testable import OKRLintKit
import Testing

/// Fractions are shown with two decimals exactly as printf's `%.2f` shows
/// them (the report and messages used it before the faster formatter), with
/// no negative zero.
@Suite struct ProgressFractionTests {
    @Test func formatsAsPrintfDoes() {
        var values: [Double] = [0, 1, 0.5, 0.125, 0.135, 0.145, 0.005, 0.015, 0.994999, 0.995, 0.9950001, 1.005, 2.675, -0.125, -0.5, -1.25, 12_345.675, 1e14 + 0.125]
        var generator = MarkdownFuzzTests.Generator(state: 42)
        for _ in 0..<20_000 {
            values.append(Double(generator.next() % 400_001) / 100_000 - 2)
            values.append(Double(generator.next() % 2_001) / 1_000 - 1)
        }
        for value in values {
            let printf = String(format: "%.2f", value)
            #expect(ProgressFraction.format(value) == (printf == "-0.00" ? "0.00" : printf), "value \(value)")
        }
    }

    @Test func showsNoNegativeZero() {
        #expect(ProgressFraction.format(-0.001) == "0.00")
        #expect(ProgressFraction.format(-0.0) == "0.00")
        #expect(ProgressFraction.format(-0.006) == "-0.01")
    }
}
