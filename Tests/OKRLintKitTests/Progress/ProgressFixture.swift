import OKRLintKit
import Testing

/// Plans and dates for the progress model tests, compiled from YAML the way
/// goal files are.
enum ProgressFixture {
    static func plan(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Plan {
        let file = TestWorkspace.compile("progress.okr.yaml", yaml)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics.map(\.message))", sourceLocation: sourceLocation)
        return try #require(file.plan, sourceLocation: sourceLocation)
    }

    /// A plan for `period` with one objective holding one key result written with `fields`
    /// (YAML lines at the key result's indentation).
    static func keyResult(_ fields: String, period: String = "2026-Q4", sourceLocation: SourceLocation = #_sourceLocation) throws -> (Plan, KeyResult) {
        let indented = fields.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "        " + $0 }.joined(separator: "\n")
        let plan = try plan("""
            id: team
            period: \(period)
            objectives:
              - objective: Customers stop changing orders twice
                key_results:
                  - kr: Cut repeat order changes
            \(indented)
            """, sourceLocation: sourceLocation)
        return (plan, try #require(plan.keyResults.first, sourceLocation: sourceLocation))
    }

    static func date(_ text: String) -> CalendarDate {
        try! CalendarDate.parse(text).get()
    }

    /// The model for `plan` at `asOf`.
    static func model(_ plan: Plan, asOf: String, margins: ProgressMargins = .standard) -> ProgressModel {
        ProgressModel(plan: plan, asOf: date(asOf), margins: margins)
    }

    /// The metric progress of `keyResult`, failing the test when there is none.
    static func metric(_ progress: KeyResultProgress, sourceLocation: SourceLocation = #_sourceLocation) throws -> MetricProgress {
        guard case .metric(let metric) = progress else {
            Issue.record("expected metric progress, found \(progress)", sourceLocation: sourceLocation)
            throw FixtureError.notMetric
        }
        return metric
    }

    enum FixtureError: Error { case notMetric }
}

/// Equal within the rounding of day arithmetic.
func close(_ value: Double?, _ expected: Double, within tolerance: Double = 1e-9) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}
