import Testing
@testable import OKRLintKit

@Suite struct QuantityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let value: Double
        let unit: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "95%", value: 95, unit: "%"),
        Case(text: "95 %", value: 95, unit: "%"),
        Case(text: "$10k", value: 10_000, unit: "$"),
        Case(text: "€2.5M", value: 2_500_000, unit: "€"),
        Case(text: "€ 2.5M", value: 2_500_000, unit: "€"),
        Case(text: "1.5M", value: 1_500_000, unit: nil),
        Case(text: "1,200", value: 1200, unit: nil),
        Case(text: "1,200,000", value: 1_200_000, unit: nil),
        Case(text: "3 days", value: 3, unit: "days"),
        Case(text: "-4", value: -4, unit: nil),
        Case(text: "\u{2212}4", value: -4, unit: nil),
        Case(text: "+5%", value: 5, unit: "%"),
        Case(text: "4.5/5", value: 4.5, unit: "/5"),
        Case(text: "4.5/5 stars", value: 4.5, unit: "/5 stars"),
        Case(text: "120 changes/month", value: 120, unit: "changes/month"),
        Case(text: "0.5", value: 0.5, unit: nil),
        Case(text: ".5", value: 0.5, unit: nil),
        Case(text: "120", value: 120, unit: nil),
        Case(text: "7.4", value: 7.4, unit: nil),
        Case(text: "1.1k", value: 1100, unit: nil),
        Case(text: "10K", value: 10_000, unit: nil),
        Case(text: "2.5bn", value: 2_500_000_000, unit: nil),
        Case(text: "3B", value: 3_000_000_000, unit: nil),
        Case(text: "$5m", value: 5_000_000, unit: "$"),
        Case(text: "£1.2mn", value: 1_200_000, unit: "£"),
        Case(text: "€1.2b", value: 1_200_000_000, unit: "€"),
        Case(text: "5m", value: 5, unit: "m"),
        Case(text: "10 k", value: 10, unit: "k"),
        Case(text: "10km", value: 10, unit: "km"),
        Case(text: "5Mbps", value: 5, unit: "Mbps"),
        Case(text: "-$5", value: -5, unit: "$"),
        Case(text: "$-5", value: -5, unit: "$"),
        Case(text: "10€", value: 10, unit: "€"),
        Case(text: "10 €", value: 10, unit: "€"),
        Case(text: "$10k/month", value: 10_000, unit: "$/month"),
        Case(text: "$10k ARR", value: 10_000, unit: "$ ARR"),
        Case(text: "99.9% uptime", value: 99.9, unit: "% uptime"),
        Case(text: "95 percent", value: 95, unit: "%"),
        Case(text: "95 Per  Cent", value: 95, unit: "%"),
        Case(text: "1e3", value: 1000, unit: nil),
        Case(text: "2.5E-1", value: 0.25, unit: nil),
        Case(text: "20 °C", value: 20, unit: "°C"),
        Case(text: "5  working   days", value: 5, unit: "working days"),
    ])
    func parses(_ expected: Case) throws {
        let quantity = try #require(Quantity.parse(expected.text).parsed)
        #expect(quantity.value == expected.value)
        #expect(quantity.unit == expected.unit)
        #expect(quantity.text == expected.text)
    }

    /// Plain decimals take a fast path; it must give exactly the value the
    /// full scanner (and so `Double(String)`) gives, at every length it handles.
    @Test(arguments: ["0", "7", "-4", "007", "0.1", "0.3", "103.5", "-98.4", "2.675", "999999999999999",
                      "123456789.012345", "0.000000000000001", "1234567890123456", "12345678901234567890.5"])
    func plainDecimalsReadExactly(_ text: String) throws {
        let quantity = try #require(Quantity.parse(text).parsed)
        #expect(quantity.value == Double(text))
        #expect(quantity.unit == nil)
    }

    @Test func keepsTheTrimmedText() {
        #expect(Quantity.parse("  $10k \n").parsed?.text == "$10k")
    }

    @Test(arguments: ["", "abc", "10 000", "1,5", "1234,567", "1,2000", "5-6", "4.5 / 5", "$", "%", "5.", "N/A",
                      "USD 10k", "--5", "1..2", ".", "five"])
    func rejectsNonNumbers(_ text: String) {
        #expect(Quantity.parse(text).formError == "expected a number such as 95%, $10k, 1.5M, 1,200 or 3 days")
    }

    @Test func rejectsInfiniteValues() {
        #expect(Quantity.parse("1e400").formError == "1e400 is too large a number")
    }

    @Test(arguments: [
        (95.0, "%", "95%"), (10_000.0, "$", "$10000"), (3.0, "days", "3 days"), (4.5, "/5", "4.5/5"),
        (-5.0, "$", "$-5"), (10_000.0, "$/month", "$10000/month"), (10_000.0, "$ ARR", "$10000 ARR"),
    ] as [(Double, String, String)])
    func rendersValuesTheWayTheyParse(value: Double, unit: String, text: String) throws {
        let quantity = Quantity(value: value, unit: unit)
        #expect(quantity.text == text)
        let reparsed = try #require(Quantity.parse(text).parsed)
        #expect(reparsed.value == value && reparsed.unit == unit)
    }

    @Test func rendersPlainNumbers() {
        #expect(Quantity(value: 7.4).text == "7.4")
        #expect(Quantity(value: 120).text == "120")
        #expect(Quantity(value: 120).unit == nil)
        #expect(Quantity(value: 120).description == "120")
    }
}
