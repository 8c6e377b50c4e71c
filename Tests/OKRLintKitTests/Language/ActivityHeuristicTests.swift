import Testing
@testable import OKRLintKit

@Suite struct ActivityHeuristicTests {
    let heuristic = ActivityHeuristic()

    @Test(arguments: [
        ("Run customer workshops", "Run", 0..<3),
        ("Hold weekly syncs with sales", "Hold", 0..<4),
        ("To run monthly retrospectives with every squad", "run", 3..<6),
        ("We will hold office hours for new hires", "hold", 8..<12),
        ("Running weekly demos for prospects", "Running", 0..<7),
        ("Work on reducing churn", "Work on", 0..<7),
        ("Meet with the top 20 accounts every quarter", "Meet", 0..<4),
        ("Conduct 12 user interviews", "Conduct", 0..<7),
        ("Make 50 cold calls per week", "Make 50 cold calls", 0..<18),
        ("Set up fortnightly demos with the design team", "Set up fortnightly demos", 0..<24),
        ("🚀 Attend three industry conferences", "Attend", 2..<8),
    ])
    func capturesTheActivityAsWritten(text: String, verbPhrase: String, range: Range<Int>) {
        #expect(heuristic.assess(text) == ActivityVerdict(verbPhrase: verbPhrase, range: range))
    }

    @Test(arguments: [
        "Run-rate revenue reaches $1M",
        "Customers rate onboarding 4.5/5 after the workshops",
        "Cut repeat order changes from 120 to 90 a month",
        "Meeting attendance rises from 60% to 85%",
        "Support tickets resolved within 24h rise from 70% to 90%",
        "Launch the partner portal",
        "Run 3 pricing experiments that lift trial conversion from 2% to 3%",
        "Training completed by 100% of managers",
        "Meet 100% of SLA targets for enterprise customers",
        "Keep churn below 3% every month",
        "Ensure 100% of laptops are encrypted",
    ])
    func acceptsStatedResults(text: String) {
        #expect(heuristic.assess(text) == nil)
    }

    @Test func countingAnActivityDoesNotMakeItAResult() {
        #expect(heuristic.assess("Hold at least 6 partner enablement sessions")?.verbPhrase == "Hold")
    }

    @Test func teamsCanExtendTheVocabulary() {
        var options = ActivityHeuristic.Options.default
        options.activityVerbs.append("lobby")
        #expect(ActivityHeuristic().assess("Lobby the regulator on open banking") == nil)
        #expect(ActivityHeuristic(options: options).assess("Lobby the regulator on open banking")?.verbPhrase == "Lobby")
    }

    @Test func teamsCanReplaceTheVocabulary() {
        let options = ActivityHeuristic.Options(leadIns: ["wir werden"], activityVerbs: ["besuchen"])
        #expect(ActivityHeuristic(options: options).assess("Wir werden besuchen")?.verbPhrase == "besuchen")
        #expect(ActivityHeuristic(options: options).assess("Run customer workshops") == nil)
    }
}
