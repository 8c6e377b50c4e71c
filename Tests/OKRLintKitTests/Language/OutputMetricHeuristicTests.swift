import Testing
@testable import OKRLintKit

@Suite struct OutputMetricHeuristicTests {
    let heuristic = OutputMetricHeuristic()

    @Test(arguments: [
        ("Grow weekly signups from 450 to 700", "weekly signups", 5..<19),
        ("Send 2,000 check-in emails to account sponsors", "check-in emails", 11..<26),
        ("Double the number of demos booked by SDRs", "demos booked", 21..<33),
        ("2,000 outreach emails sent to lapsed customers", "outreach emails sent", 6..<26),
        ("Demo requests reach 120 a month", "Demo requests", 0..<13),
        ("Increase newsletter signups by 40%", "newsletter signups", 9..<27),
        ("Close 900 IT helpdesk tickets a month", "IT helpdesk tickets", 10..<29),
        ("Run 14 open evenings for parents", "open evenings", 7..<20),
        ("Raise checkouts started from 300 to 900", "checkouts started", 6..<23),
        ("Grow podcast listeners from 900 to 3,000", "podcast listeners", 5..<22),
        ("Grow the newsletter audience to 8,000", "newsletter audience", 9..<28),
    ])
    func namesTheCountedOutputsAsWritten(text: String, outputs: String, range: Range<Int>) {
        #expect(heuristic.assess(text) == OutputMetricVerdict(outputs: outputs, range: range))
    }

    @Test(arguments: [
        "Raise signups that convert to paid within 14 days from 40 to 90 a month",
        "Raise tickets closed at first contact from 45% to 70%",
        "Cut support tickets per 100 orders from 12 to 6",
        "Emails sent to churned customers win back 50 accounts",
        "Signups from paid channels cost under £20 each",
        "Grow revenue from paid signups from $20k to $50k a month",
        "Release frequency grows from monthly to weekly",
        "Get 40 trials converted into paid plans",
        "Grow newsletter revenue from £2k to £5k",
        "Deliver £1.2M in savings to clients",
    ])
    func acceptsOutcomes(text: String) {
        #expect(heuristic.assess(text) == nil)
    }

    @Test func teamsCanAddOutputNouns() {
        var options = OutputMetricHeuristic.Options.default
        options.outputNouns.append("flyer")
        #expect(heuristic.assess("Print 2,000 flyers for cafés in Leeds") == nil)
        #expect(OutputMetricHeuristic(options: options).assess("Print 2,000 flyers for cafés in Leeds")?.outputs == "flyers")
    }
}
