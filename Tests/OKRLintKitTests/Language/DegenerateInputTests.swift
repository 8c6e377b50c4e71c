import Testing
@testable import OKRLintKit

@Suite struct DegenerateInputTests {
    @Test(arguments: ["", "   ", "—", "To", "We will", "123", "🚀"])
    func yieldsNoVerdict(text: String) {
        #expect(ActivityHeuristic().assess(text) == nil)
        #expect(VaguenessHeuristic().assess(text) == nil)
    }
}
