import Testing
@testable import OKRLintKit

@Suite struct ConfidenceTests {
    @Test(arguments: [
        ("0.6", 0.6, nil), ("60%", 0.6, nil), ("60 %", 0.6, nil), ("0", 0, nil), ("1", 1, nil), ("100%", 1, nil),
        (".75", 0.75, nil), ("low", 0.25, "low"), ("MEDIUM", 0.5, "medium"), ("Med", 0.5, "medium"),
        (" high ", 0.75, "high"),
    ] as [(String, Double, String?)])
    func parses(text: String, value: Double, label: String?) throws {
        let confidence = try #require(Confidence.parse(text).parsed)
        #expect(confidence.value == value)
        #expect(confidence.label == label)
    }

    @Test(arguments: ["1.2", "60", "120%", "-0.1", "-5%"])
    func rejectsValuesOutsideZeroToOne(_ text: String) {
        #expect(Confidence.parse(text).formError == "confidence must be between 0 and 1, or low / medium / high")
    }

    @Test(arguments: ["", "very high", "$0.5", "0.5 points", "sure"])
    func rejectsOtherForms(_ text: String) {
        #expect(Confidence.parse(text).formError
            == "expected a confidence between 0 and 1 (such as 0.6 or 60%), or low / medium / high")
    }

    @Test func fromNumbers() throws {
        #expect(try Confidence(value: 0.6).value == 0.6)
        #expect(throws: ValueFormError("confidence must be between 0 and 1, or low / medium / high")) {
            try Confidence(value: 1.5)
        }
    }

    @Test func descriptions() {
        #expect(Confidence.parse("HIGH").parsed?.description == "high")
        #expect(Confidence.parse("60%").parsed?.description == "0.6")
        #expect(Confidence.parse("1").parsed?.description == "1")
    }
}
