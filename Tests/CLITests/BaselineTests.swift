import Foundation
import Testing

/// Baselines through the real binary: recorded findings are hidden, new ones
/// fail the build, and moving lines does not break the match.
@Suite struct BaselineTests {
    @Test func baselineHidesRecordedFindingsAcrossLineMoves() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", "id: team\nkpis:\n  - id: aht\n    kpi: Average handling time\n")
        let write = try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range", "--write-baseline", "baseline.json"], in: folder.url)
        #expect(write.status == 0)
        #expect(write.stdout.isEmpty)
        let baseline = try String(contentsOf: folder.url.appendingPathComponent("baseline.json"), encoding: .utf8)
        #expect(baseline.contains("\"key\": \"team kpi aht kpi/missing-range\""))

        try folder.write("team.okr.yaml", "id: team\ntitle: Support\n\nkpis:\n  - id: backlog\n    kpi: Backlog\n  - id: aht\n    kpi: Average handling time\n")
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range", "--baseline", "baseline.json", "--no-color"], in: folder.url)
        #expect(result.status == 1, "the new KPI without range is not in the baseline")
        #expect(result.stdout.contains("team.okr.yaml:6:10: error: KPI 'Backlog'"))
        #expect(!result.stdout.contains("Average handling time"))
        #expect(result.stdout.hasSuffix("1 error, 0 warnings in 1 file\n1 finding hidden by the baseline baseline.json\n"))
    }

    @Test func unmatchedEntriesAreReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", "id: team\nkpis:\n  - kpi: Average handling time\n")
        #expect(try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range", "--write-baseline", "b.json"], in: folder.url).status == 0)
        try folder.write("team.okr.yaml", "id: team\nkpis:\n  - kpi: Average handling time\n    healthy: 4..6\n")
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range", "--baseline", "b.json"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 findings hidden by the baseline b.json; 1 baseline entry no longer matches"))
    }

    @Test func anUnreadableBaselineIsExitTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", "id: team\n")
        try folder.write("b.json", "not json")
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "kpi/missing-range", "--baseline", "b.json"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr.contains("b.json: not an okrlint baseline"))
        let missing = try BinaryRunner.run(["team.okr.yaml", "--baseline", "none.json"], in: folder.url)
        #expect(missing.status == 2 && missing.stderr.contains("none.json"))
    }
}
