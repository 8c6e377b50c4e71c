import Testing
@testable import OKRLintKit

@Suite struct EvidenceHeuristicTests {
    let heuristic = EvidenceHeuristic()

    @Test(arguments: [
        ("Launch of the partner portal", "Partner portal launched"),
        ("Publish the discount approval matrix", "Discount approval matrix published"),
        ("Partner portal launch", "Partner portal launched"),
        ("Launch partner portal", "Partner portal launched"),
        ("Go-live of the new CRM", "New CRM live"),
        ("Board approval of the 2027 budget", "2027 budget approved"),
        ("Delivery of the first 100 smart fridges", "First 100 smart fridges delivered"),
        ("Handover of the Leeds depot to operations", "Leeds depot handed over to operations"),
        ("Sign the distribution agreement with Caffè Nord", "Distribution agreement signed with Caffè Nord"),
        ("Roll out SSO to every internal tool", "SSO rolled out to every internal tool"),
        ("Set up the status page for customers", "Status page set up for customers"),
        ("Ship v2 of the mobile app to all customers", "v2 of the mobile app shipped to all customers"),
        ("Hire a Head of Customer Success", "Head of Customer Success hired"),
        ("Write the incident response playbook.", "Incident response playbook written"),
        ("Finalise the 2027 price list", "2027 price list finalised"),
        ("Partner portal will be launched", "Partner portal launched"),
        ("Warehouse management system to be installed in Leeds", "Warehouse management system installed in Leeds"),
    ])
    func suggestsThePastTense(text: String, suggestion: String) {
        #expect(heuristic.assess(text) == EvidenceVerdict(suggestion: suggestion))
    }

    @Test(arguments: [
        "New pricing page", "First shipment to the Manchester depot", "Go live with the new checkout", "New website goes live",
        "Review policy",
    ])
    func flagsWithoutARewriteWhenTheWordsDoNotGiveOne(text: String) {
        #expect(heuristic.assess(text) == EvidenceVerdict(suggestion: nil))
    }

    @Test(arguments: [
        "Partner portal launched",
        "Pricing page live",
        "MVP in production with 3 pilot customers",
        "Checkout v2 rolled back within 5 minutes in a rehearsal",
        "Referral credits applied automatically on the referred café's first invoice",
        "Room sound and screens tested end to end at the venue",
        "Signed the lease for the Leeds depot",
        "Zero Trust access replaced the legacy VPN for all staff",
        "Partner portal went live",
    ])
    func acceptsEvidence(text: String) {
        #expect(heuristic.assess(text) == nil)
    }

    @Test func aCommandStaysACommandWhateverFollows() {
        #expect(heuristic.assess("Publish the matrix signed by the board") != nil)
        #expect(heuristic.assess("Release notes published") == nil)
    }
}
