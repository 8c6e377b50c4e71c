import Testing
@testable import OKRLintKit

/// kr/activity, milestone/vague and kr/output-metric suggest a rewrite that fits the kind of
/// activity or output they flag, and the rewrite they suggest passes the rule itself.
@Suite struct SuggestedExampleTests {
    private func messages(_ rule: String, _ source: String) throws -> [String] {
        TestWorkspace.lint(source, selection: try RuleSelection(select: [rule])).map { "\($0.span.start.line):\($0.span.start.column) \($0.message)" }
    }

    private func keyResults(_ titles: [String]) -> String {
        "id: team\nobjectives:\n  - objective: Cafés order on their own\n    key_results:\n"
            + titles.map { "      - kr: \($0)\n" }.joined()
    }

    @Test func activitiesGetAResultOfTheirKind() throws {
        let found = try messages("kr/activity", keyResults([
            "Run workshops for every warehouse team",
            "Call 200 lapsed cafés",
            "Review the pricing of every wholesale order",
            "Support the cafés in the pilot",
            "Plan the new ordering flow",
        ]))
        let advice = "not a result; state the change it should produce, as a measure moving from a baseline to a target, e.g."
        #expect(found == [
            "5:13 'Run workshops for every warehouse team' is an activity ('Run'), \(advice) 'Workshop attendees rate onboarding 4.5/5, up from 3.8'",
            "6:13 'Call 200 lapsed cafés' is an activity ('Call'), \(advice) 'Trial cafés that become paying accounts rise from 12% to 18%'",
            "7:13 'Review the pricing of every wholesale order' is an activity ('Review'), \(advice) 'Orders with a pricing error fall from 4% to 1%'",
            "8:13 'Support the cafés in the pilot' is an activity ('Support'), \(advice) 'Tickets resolved at first contact rise from 45% to 70%'",
            "9:13 'Plan the new ordering flow' is an activity ('Plan'), \(advice) 'Orders placed through the new flow reach 30% of all orders, up from 0%'",
        ])
        let heuristic = ActivityHeuristic()
        for example in found.map(Self.suggestion) { #expect(heuristic.assess(example) == nil, "\(example)") }
    }

    @Test func vagueMilestonesGetAResultOfTheirKind() throws {
        let found = try messages("milestone/vague", """
            id: team
            milestones:
              - milestone: Work on CRM
              - milestone: Q1 planning
              - milestone: Review policy
              - milestone: Agent recruitment
              - milestone: Coordinate
            """)
        let exist = "not a result anyone can check; say what will exist on the date, e.g."
        let produce = "not a result anyone can check; say what it will produce, e.g."
        #expect(found == [
            "3:16 'Work on CRM' names an activity ('Work on'), \(exist) 'CRM workflow updated and live for all agents'",
            "4:16 'Q1 planning' names an activity ('planning'), \(produce) 'Rollout plan signed off by the heads of sales and ops'",
            "5:16 'Review policy' names an activity ('Review'), \(exist) 'Policy review published to the wiki'",
            "6:16 'Agent recruitment' names an activity ('recruitment'), \(produce) 'Two new agents hired and taking calls on their own'",
            "7:16 'Coordinate' names an activity ('Coordinate'), \(exist) 'Rollout plan signed off by the heads of sales and ops'",
        ])
        let heuristic = VaguenessHeuristic()
        for example in found.map(Self.suggestion) { #expect(heuristic.assess(example) == nil, "\(example)") }
    }

    @Test func outputsGetTheOutcomeTheyServe() throws {
        let found = try messages("kr/output-metric", keyResults([
            "Grow weekly signups from 450 to 700",
            "Increase outbound calls per rep from 30 to 50 a day",
            "Raise page views on the help centre from 80k to 120k",
            "Merge 300 pull requests into the main repository",
            "Double the number of webinar attendees",
        ]))
        let advice = "rather than the outcome they serve; measure what they should lead to, e.g."
        #expect(found == [
            "5:13 'Grow weekly signups from 450 to 700' counts outputs ('weekly signups') \(advice) 'Raise signups that become paying accounts from 40 to 90 a month'",
            "6:13 'Increase outbound calls per rep from 30 to 50 a day' counts outputs ('outbound calls') \(advice) 'Raise the share of demos that turn into a signed deal from 15% to 25%'",
            "7:13 'Raise page views on the help centre from 80k to 120k' counts outputs ('page views') \(advice) 'Raise readers who start a trial from 1% to 3%'",
            "8:13 'Merge 300 pull requests into the main repository' counts outputs ('pull requests') \(advice) 'Cut support tickets per 100 orders from 12 to 6'",
            "9:13 'Double the number of webinar attendees' counts outputs ('webinar attendees') \(advice) 'Raise webinar attendees who start a trial from 5% to 12%'",
        ])
        let heuristic = OutputMetricHeuristic()
        for example in found.map(Self.suggestion) { #expect(heuristic.assess(example) == nil, "\(example)") }
    }

    /// The example a message ends with, between its last pair of quotes after "e.g.".
    private static func suggestion(_ message: String) -> String {
        String(message.split(separator: "e.g. '").last!.dropLast())
    }
}
