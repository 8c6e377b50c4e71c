import Testing
@testable import OKRLintKit

@Suite struct HealthyRangeTests {
    @Test(arguments: ["4..6", "4...6", "4-6", "4 - 6", "4–6", "4 to 6", "4 TO 6", "between 4 and 6", "Between 4 AND 6", " 4 .. 6 "])
    func twoBoundForms(_ text: String) throws {
        let range = try #require(HealthyRange.parse(text).parsed)
        #expect(range.min?.value == 4 && range.max?.value == 6)
        #expect(range.minInclusive && range.maxInclusive)
        #expect(range.contains(4) && range.contains(5) && range.contains(6))
        #expect(!range.contains(3.99) && !range.contains(6.01))
        #expect(range.unit == nil)
    }

    @Test func aUnitOnOneEndAppliesToBoth() throws {
        let range = try #require(HealthyRange.parse("4..6 minutes").parsed)
        #expect(range.min?.unit == "minutes" && range.max?.unit == "minutes")
        #expect(range.unit == "minutes")
        #expect(range.description == "4..6 minutes")
        let percent = try #require(HealthyRange.parse("95%..100").parsed)
        #expect(percent.max?.unit == "%")
        let both = try #require(HealthyRange.parse("95%..100%").parsed)
        #expect(both.min?.value == 95 && both.max?.value == 100 && both.unit == "%")
    }

    @Test func negativeBounds() throws {
        for text in ["-10--5", "-10..-5", "-10 to -5"] {
            let range = try #require(HealthyRange.parse(text).parsed, "\(text)")
            #expect(range.min?.value == -10 && range.max?.value == -5, "\(text)")
        }
        let decimals = try #require(HealthyRange.parse("1.5-2.5").parsed)
        #expect(decimals.min?.value == 1.5 && decimals.max?.value == 2.5)
    }

    @Test func upperBounds() throws {
        for text in ["<= 6", "≤ 6", "<=6", "at most 6", "At Most 6", "up to 6", "max 6", "no more than 6"] {
            let range = try #require(HealthyRange.parse(text).parsed, "\(text)")
            #expect(range.min == nil && range.max?.value == 6 && range.maxInclusive, "\(text)")
            #expect(range.contains(6) && range.contains(-100) && !range.contains(6.01), "\(text)")
            #expect(range.description == "<= " + (range.max?.text ?? ""), "\(text)")
        }
        let strict = try #require(HealthyRange.parse("< 6").parsed)
        #expect(!strict.maxInclusive && !strict.contains(6) && strict.contains(5.99))
        #expect(strict.description == "< 6")
        #expect(HealthyRange.parse("below 6").parsed == strict)
    }

    @Test func lowerBounds() throws {
        let atLeast = try #require(HealthyRange.parse(">= 95%").parsed)
        #expect(atLeast.max == nil && atLeast.min?.value == 95 && atLeast.min?.unit == "%" && atLeast.minInclusive)
        #expect(atLeast.contains(95) && atLeast.contains(100) && !atLeast.contains(94.9))
        #expect(atLeast.description == ">= 95%")
        #expect(HealthyRange.parse("≥ 95%").parsed == atLeast)
        let above = try #require(HealthyRange.parse("> 90").parsed)
        #expect(!above.minInclusive && !above.contains(90) && above.contains(90.5))
        #expect(above.description == "> 90")
        #expect(HealthyRange.parse("Above 90").parsed == above)
        #expect(HealthyRange.parse("at least 95%").parsed == atLeast)
    }

    @Test func decreasingRangesAreErrors() {
        #expect(HealthyRange.parse("6..4").formError
            == "the healthy range runs downwards: its minimum 6 is above its maximum 4")
        #expect(HealthyRange.parse("5--10").formError
            == "the healthy range runs downwards: its minimum 5 is above its maximum -10")
        #expect(HealthyRange.parse("4..4").parsed?.contains(4) == true)
    }

    @Test func differentUnitsAreErrors() {
        #expect(HealthyRange.parse("4 minutes..6 hours").formError
            == "the ends of the healthy range have different units: minutes and hours")
    }

    @Test(arguments: ["", "5", "-5", "fast", "<= fast", "4..", "..6", "4 or 6", "between 4", "atmost 6", "betweeN4 and 6", ">", "4..6..8"])
    func rejectsOtherForms(_ text: String) {
        #expect(HealthyRange.parse(text).formError
            == "expected a healthy range such as 4..6, 4..6 minutes, <= 6 or >= 95%")
    }

    @Test func explicitBounds() throws {
        let range = try HealthyRange(min: Quantity(value: 4), max: Quantity(value: 6, unit: "minutes"))
        #expect(range.min?.unit == "minutes" && range.minInclusive && range.maxInclusive)
        let onlyMax = try HealthyRange(min: nil, max: Quantity(value: 6))
        #expect(onlyMax.contains(6) && !onlyMax.contains(7))
        #expect(throws: ValueFormError("a healthy range needs a min, a max or both")) {
            try HealthyRange(min: nil, max: nil)
        }
        #expect(throws: ValueFormError("the healthy range runs downwards: its minimum 6 is above its maximum 4")) {
            try HealthyRange(min: Quantity(value: 6), max: Quantity(value: 4))
        }
    }
}
