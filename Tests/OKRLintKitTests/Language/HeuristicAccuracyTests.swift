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

    @Test func outputMetricHeuristicOnLabelledKeyResults() throws {
        let set = try LabelledSet(fileName: "kr-output-metric.tsv", positive: "output", negative: "outcome")
        let heuristic = OutputMetricHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "kr/output-metric", positive: "output")
    }

    @Test func deliverableHeuristicOnLabelledKeyResults() throws {
        let set = try LabelledSet(fileName: "kr-deliverable.tsv", positive: "deliverable", negative: "outcome")
        let heuristic = DeliverableHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "objective/task-list deliverables", positive: "deliverable")
    }

    @Test func evidenceHeuristicOnLabelledMilestones() throws {
        let set = try LabelledSet(fileName: "milestone-not-evidence.tsv", positive: "not-evidence", negative: "evidence")
        let heuristic = EvidenceHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "milestone/not-evidence", positive: "not-evidence")
    }

    @Test func stakeHeuristicOnLabelledKeyResults() throws {
        let set = try LabelledSet(fileName: "kr-customer-risk.tsv", positive: "customer-or-risk", negative: "neither")
        let heuristic = StakeHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "objective/no-customer-or-risk", positive: "customer-or-risk")
    }

    @Test func objectiveMetricHeuristicOnLabelledObjectives() throws {
        let set = try LabelledSet(fileName: "objective-metric.tsv", positive: "metric", negative: "qualitative")
        let heuristic = ObjectiveMetricHeuristic()
        check(set.score { heuristic.assess($0) != nil }, rule: "objective/has-metric", positive: "metric")
    }

    @Test func weeklyGoalFormOnLabelledSentences() throws {
        let set = try LabelledSet(fileName: "weekly-format.tsv", positive: "incomplete", negative: "complete")
        let form = WeeklyGoalForm()
        let week = ISOWeek(year: 2026, week: 44)
        check(set.score { form.assess(sentence: $0, week: week) != nil }, rule: "weekly/format", positive: "incomplete")
    }

    private func check(_ score: Score, rule: String, positive: String) {
        print(score.report(rule: rule, positive: positive))
        #expect(score.total >= Self.minimumSetSize, "\(rule): the labelled set is too small")
        #expect(score.precision >= Self.minimumPrecision, "\(rule): precision below the required minimum")
        #expect(score.recall >= Self.minimumRecall, "\(rule): recall below the required minimum")
    }
}
