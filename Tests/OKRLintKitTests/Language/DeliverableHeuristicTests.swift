import Testing
@testable import OKRLintKit

@Suite struct DeliverableHeuristicTests {
    let heuristic = DeliverableHeuristic()

    @Test(arguments: [
        ("Launch the partner portal", DeliverableVerdict.Reason.command("Launch")),
        ("Hire 5 backend engineers", .command("Hire")),
        ("Roll out SSO to every internal tool", .command("Roll out")),
        ("We will publish 12 blog posts", .command("publish")),
        ("Partner portal launched", .completed("launched")),
        ("Pricing page live", .completed("live")),
        ("New returns portal", .unmeasured),
        ("Set up a 24/7 on-call rotation", .command("Set up")),
    ])
    func saysWhyAKeyResultIsADeliverable(text: String, reason: DeliverableVerdict.Reason) {
        #expect(heuristic.assess(text) == DeliverableVerdict(reason: reason))
    }

    @Test(arguments: [
        "Launch the partner portal and reach 200 active partners by December",
        "Build times under 10 minutes for 95% of runs",
        "Double the share of orders placed through the app",
        "Published articles bring in 30% of new trials",
        "Dark mode adopted by 40% of weekly active users",
    ])
    func acceptsOutcomes(text: String) {
        #expect(heuristic.assess(text) == nil)
    }
}
