import Testing
@testable import OKRLintKit

@Suite struct VaguenessHeuristicTests {
    let heuristic = VaguenessHeuristic()

    @Test(arguments: [
        ("Review policy", VaguenessVerdict.Reason.activity("Review"), 0..<6),
        ("Work on CRM", .activity("Work on"), 0..<7),
        ("Continuing work on CRM", .activity("Continuing"), 0..<10),
        ("To review the travel policy", .activity("review"), 3..<9),
        ("Phase 2", .phase("Phase"), 0..<5),
        ("Sprint 4", .phase("Sprint"), 0..<6),
        ("Design phase", .phase("phase"), 7..<12),
        ("MVP", .phase("MVP"), 0..<3),
        ("Policy review", .activityNoun("review"), 7..<13),
        ("CRM work", .activityNoun("work"), 4..<8),
        ("Q3 planning", .activityNoun("planning"), 3..<11),
        ("Onboarding improvements", .activityNoun("improvements"), 11..<23),
    ])
    func namesWhatMakesAMilestoneVague(text: String, reason: VaguenessVerdict.Reason, range: Range<Int>) {
        #expect(heuristic.assess(text) == VaguenessVerdict(reason: reason, range: range))
    }

    @Test(arguments: [
        "Policy review published to the wiki",
        "Phase 2 contracts signed by all three vendors",
        "Dashboard v1 deployed to production",
        "New change policy published and brief delivered",
        "Pricing page live",
        "MVP in production with 3 pilot customers",
        "Launch of the partner portal",
        "Phase 1 sign-off from the steering committee",
        "Grand opening of the Leeds store",
        "v2.3 released",
        "Docs site rebuilt on the new generator",
        "Publish the change policy",
        "Upgrade the database to Postgres 16",
    ])
    func acceptsCheckableResults(text: String) {
        #expect(heuristic.assess(text) == nil)
    }

    @Test func adjectivesAreNotCompletion() {
        #expect(heuristic.assess("Continued optimisation of the checkout")?.reason == .activityNoun("optimisation"))
        #expect(heuristic.assess("Improve onboarding for invited users")?.reason == .activity("Improve"))
    }

    @Test func teamsCanExtendTheVocabulary() {
        var options = VaguenessHeuristic.Options.default
        options.phaseWords.append("increment")
        #expect(heuristic.assess("Increment 3") == nil)
        #expect(VaguenessHeuristic(options: options).assess("Increment 3")?.reason == .phase("Increment"))
    }
}
