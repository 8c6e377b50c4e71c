import Testing
@testable import OKRLintKit

@Suite struct TriggerTests {
    @Test func parsesTheSpecForms() throws {
        let twoReadings = try #require(Trigger.parse("> 7 for 2 readings").parsed)
        #expect(twoReadings.direction == .above && twoReadings.threshold.value == 7 && !twoReadings.inclusive)
        #expect(twoReadings.count == 2 && twoReadings.countUnit == "readings")

        let once = try #require(Trigger.parse("> 7").parsed)
        #expect(once.direction == .above && once.count == 1 && once.countUnit == nil)

        let weeks = try #require(Trigger.parse("< 90% for 3 weeks").parsed)
        #expect(weeks.direction == .below && weeks.threshold.value == 90 && weeks.threshold.unit == "%")
        #expect(weeks.count == 3 && weeks.countUnit == "weeks")

        #expect(Trigger.parse("above 7 for 2 readings").parsed == twoReadings)
        let below = try #require(Trigger.parse("below 95%").parsed)
        #expect(below.direction == .below && below.threshold.value == 95 && below.count == 1)
    }

    @Test func variations() throws {
        let inclusive = try #require(Trigger.parse(">= 7").parsed)
        #expect(inclusive.inclusive && inclusive.direction == .above)
        #expect(Trigger.parse("> 7 FOR 2 Readings").parsed?.countUnit == "readings")
        let minutes = try #require(Trigger.parse("> 7 minutes for 2 consecutive readings").parsed)
        #expect(minutes.threshold.unit == "minutes" && minutes.countUnit == "consecutive readings")
        let bare = try #require(Trigger.parse("> 7 for 2").parsed)
        #expect(bare.count == 2 && bare.countUnit == nil)
        let lastFor = try #require(Trigger.parse("> 7 forms For 3 weeks").parsed)
        #expect(lastFor.threshold.unit == "forms" && lastFor.count == 3 && lastFor.countUnit == "weeks")
        let unicode = try #require(Trigger.parse("≥ 7 € for 2 readings").parsed)
        #expect(unicode.inclusive && unicode.threshold.unit == "€" && unicode.count == 2)
    }

    @Test(arguments: ["", "7", "7 for 2 readings", "> fast", "> 7, twice", "for 2 readings"])
    func rejectsOtherForms(_ text: String) {
        #expect(Trigger.parse(text).formError
            == "expected a trigger such as > 7 for 2 readings, < 90% for 3 weeks or below 95%")
    }

    @Test func rejectsBadCounts() {
        #expect(Trigger.parse("> 7 for two readings").formError
            == "expected a count after 'for', such as > 7 for 2 readings")
        #expect(Trigger.parse("> 7 for").formError
            == "expected a count after 'for', such as > 7 for 2 readings")
        #expect(Trigger.parse("> 7 for 2 readings!").formError
            == "expected a count after 'for', such as > 7 for 2 readings")
        #expect(Trigger.parse("> 7 for 0 readings").formError
            == "a trigger needs a count of at least 1 reading, found 0")
    }

    @Test func firesOnTheLastReadingsOnly() throws {
        let trigger = try #require(Trigger.parse("> 7 for 2 readings").parsed)
        #expect(!trigger.isFired(by: [5.2, 7.4]))
        #expect(trigger.isFired(by: [7.4, 8]))
        #expect(trigger.isFired(by: [5, 9, 8, 7.5]))
        #expect(!trigger.isFired(by: [8, 7.4, 6]))
        #expect(!trigger.isFired(by: [8, 7]))
        #expect(!trigger.isFired(by: [7.5]))
        #expect(!trigger.isFired(by: []))
    }

    @Test func inclusiveAndDownwardTriggers() throws {
        let atSeven = try #require(Trigger.parse(">= 7 for 2").parsed)
        #expect(atSeven.isFired(by: [8, 7]))
        let falling = try #require(Trigger.parse("< 90% for 3 weeks").parsed)
        #expect(falling.isFired(by: [95, 89, 88, 85]))
        #expect(!falling.isFired(by: [89, 88, 91]))
        #expect(!falling.isFired(by: [89, 90, 88]))
        #expect(falling.isBeyond(89.9) && !falling.isBeyond(90))
    }

    @Test func mappingForm() throws {
        let trigger = try Trigger(direction: .above, threshold: Quantity(value: 7), count: 2)
        #expect(trigger.description == "> 7 for 2 readings")
        #expect(try Trigger(direction: .below, threshold: Quantity(value: 95, unit: "%")).description == "< 95%")
        #expect(throws: ValueFormError("a trigger needs a count of at least 1 reading, found 0")) {
            try Trigger(direction: .above, threshold: Quantity(value: 7), count: 0)
        }
    }

    @Test func descriptions() {
        #expect(Trigger.parse("below 95%").parsed?.description == "< 95%")
        #expect(Trigger.parse("< 90% for 3 weeks").parsed?.description == "< 90% for 3 weeks")
        #expect(Trigger.parse("at least 7").parsed?.description == ">= 7")
        #expect(Trigger.parse("> 7 for 1 reading").parsed?.description == "> 7 for 1 reading")
    }
}
