import Testing
@testable import OKRLintKit

/// Measures each language heuristic against its committed sets of labelled phrasings: the set
/// written before the heuristic, and the set written after its first version as a held-out check.
@Suite struct HeuristicAccuracyTests {
    static let minimumSetSize = 60
    static let minimumPrecision = 0.90
    static let minimumRecall = 0.90

    @Test(arguments: ["kr-activity.tsv", "kr-activity-heldout.tsv"])
    func activityHeuristicOnLabelledKeyResults(fileName: String) throws {
        let set = try LabelledSet(fileName: fileName, positive: "activity", negative: "result")
        let heuristic = ActivityHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "kr/activity (\(fileName))", positive: "activity")
    }

    @Test(arguments: ["milestone-vague.tsv", "milestone-vague-heldout.tsv"])
    func vaguenessHeuristicOnLabelledMilestones(fileName: String) throws {
        let set = try LabelledSet(fileName: fileName, positive: "vague", negative: "specific")
        let heuristic = VaguenessHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "milestone/vague (\(fileName))", positive: "vague")
    }

    private func check(_ score: Score, rule: String, positive: String) {
        print(score.report(rule: rule, positive: positive))
        #expect(score.total >= Self.minimumSetSize, "\(rule): the labelled set is too small")
        #expect(score.precision >= Self.minimumPrecision, "\(rule): precision below the required minimum")
        #expect(score.recall >= Self.minimumRecall, "\(rule): recall below the required minimum")
    }
}
