import Testing
@testable import OKRLintKit

@Suite struct StakeHeuristicTests {
    let heuristic = StakeHeuristic()

    @Test(arguments: [
        ("Cut monthly churn from 3% to 1.5%", StakeVerdict(stake: .customer, words: "churn")),
        ("Raise drops delivered on time from 88% to 96%", StakeVerdict(stake: .customer, words: "on time")),
        ("Cut open critical vulnerabilities older than 30 days from 14 to 0", StakeVerdict(stake: .risk, words: "vulnerabilities")),
        ("Cut customer complaints caused by errors from 40 to 10", StakeVerdict(stake: .risk, words: "errors")),
        ("Cut delayed trains on the coast line from 12% to 5%", StakeVerdict(stake: .customer, words: "delayed")),
        ("Raise patrons who would recommend the library from 60% to 75%", StakeVerdict(stake: .customer, words: "recommend")),
        ("Cut slips and near misses in the kitchen from 20 to 5", StakeVerdict(stake: .risk, words: "near misses")),
    ])
    func namesTheWordsThatShowTheStake(text: String, verdict: StakeVerdict) {
        #expect(heuristic.assess(text) == verdict)
    }

    @Test(arguments: [
        "Cut customer acquisition cost from £420 to £300",
        "Customer data pipeline migrated to Airflow",
        "Raise internal tool users from 40 to 200",
        "Grow annual recurring revenue from $8.0M to $11.0M",
        "Cut the customer survey budget from £40k to £25k",
        "Publish the customer research findings to every team",
    ])
    func internalWorkIsNeither(text: String) {
        #expect(heuristic.assess(text) == nil)
    }
}
