import Testing
@testable import OKRLintKit

@Suite struct DegenerateInputTests {
    @Test(arguments: ["", "   ", "—", "To", "We will", "123", "🚀"])
    func yieldsNoVerdict(text: String) {
        #expect(ActivityHeuristic().assess(text) == nil)
        #expect(VaguenessHeuristic().assess(text) == nil)
        #expect(OutputMetricHeuristic().assess(text) == nil)
        #expect(StakeHeuristic().assess(text) == nil)
        #expect(DeliverableHeuristic().assess(text) == nil)
    }

    /// A bare number is a metric in an objective, and a milestone that is not written as evidence.
    @Test(arguments: ["", "   ", "—", "To", "We will", "🚀"])
    func heuristicsThatReadNumbersNeedWords(text: String) {
        #expect(EvidenceHeuristic().assess(text) == nil)
        #expect(ObjectiveMetricHeuristic().assess(text) == nil)
    }
}
