import Testing
@testable import OKRLintKit

@Suite struct ObjectiveMetricHeuristicTests {
    let heuristic = ObjectiveMetricHeuristic()

    @Test(arguments: [
        ("Grow the repeat purchase rate of key accounts from 31% to 40%", "31%", 51..<54),
        ("Double self-serve revenue this quarter", "Double", 0..<6),
        ("Cut cost to serve a café by a third", "by a third", 25..<35),
        ("Zero missed deliveries in December", "Zero", 0..<4),
        ("Lift NPS 50 points with our largest accounts", "50", 9..<11),
        ("Grow revenue 3x without adding headcount", "3x", 13..<15),
        ("Make checkout twice as fast", "twice as", 14..<22),
        ("Cut support costs in half", "in half", 18..<25),
        ("Bring hiring time down to under a month", "under a month", 26..<39),
    ])
    func namesTheMetricAsWritten(text: String, words: String, range: Range<Int>) {
        #expect(heuristic.assess(text) == ObjectiveMetricVerdict(words: words, range: range))
    }

    @Test(arguments: [
        "Win the top 3 accounts in Q4",
        "Become the #1 choice for independent cafés",
        "Be the No. 1 supplier cafés recommend to each other",
        "24/7 support that customers actually like",
        "Ready for 2027 price changes before anyone else",
        "Pass ISO 27001 with a security culture we are proud of",
        "Bring the Leeds depot to life by 1 December",
        "Our 1st-line support solves problems instead of passing them on",
        "Zero-touch onboarding for every new café",
        "Turn the 3 pilot stores into a blueprint for the chain",
        "Support works 7 days a week for enterprise customers",
        "Ship iOS 18 support before the holiday rush",
        "Reach break-even by month 9",
    ])
    func numbersThatNameAreNoMetric(text: String) {
        #expect(heuristic.assess(text) == nil)
    }
}
