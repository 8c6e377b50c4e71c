import Foundation
import Testing

/// `--stdin-filename NAME`: the text on standard input is linted and
/// reported as NAME, and stands in for NAME's copy on disk in the workspace.
@Suite struct StdinFilenameTests {
    static let metrics = """
        id: metrics
        kpis:
          - id: csat
            kpi: Customer satisfaction
            healthy: ">= 90%"
        """

    static let support = """
        id: support
        title: Support — Q4 2026
        owner: lee
        kpis:
          - id: aht
            kpi: Average handling time
            healthy: 4..6
        weekly:
          - goal: By Thursday, the refund macro is live for all agents
            owner: lee
            week: 2026-W44
            serves: csat

        """

    /// The rules these tests are about; the runs select only them.
    static let pinned = ["--select", "plan/duplicate-id,plan/unknown-reference,kpi/missing-range,syntax/"]

    private func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(".okrlint.yaml", "extends: recommended\n")
        try folder.write("goals/metrics.okr.yaml", Self.metrics)
        try folder.write("goals/support.okr.yaml", "id: support\nkpis:\n  - kpi: On disk, without a range\n")
        return folder
    }

    @Test func thePipedTextIsLintedInsteadOfTheFileOnDisk() throws {
        let folder = try workspace()
        let result = try BinaryRunner.run(["lint", "--stdin-filename", "goals/support.okr.yaml", "--as-of", "2026-11-01"] + Self.pinned, in: folder.url, stdin: Self.support)
        #expect(result.stdout == "No problems found in 1 file\n", "the copy on disk has a KPI without range; the piped text has none")
        #expect(result.status == 0)
    }

    @Test func findingsNameTheFileAndCrossFileRulesSeeThePipedText() throws {
        let folder = try workspace()
        let piped = Self.support.replacingOccurrences(of: "serves: csat", with: "serves: nps").replacingOccurrences(of: "id: support", with: "id: metrics")
        let result = try BinaryRunner.run(["lint", "--stdin-filename", "goals/support.okr.yaml", "--as-of", "2026-11-01", "--format", "json"] + Self.pinned, in: folder.url, stdin: piped)
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["plan/duplicate-id", "plan/unknown-reference"])
        #expect(Set(findings.compactMap { $0["file"] as? String }) == ["goals/support.okr.yaml"])
    }

    @Test func aFileNotYetOnDiskIsLintedInItsWorkspace() throws {
        let folder = try workspace()
        let draft = Self.support.replacingOccurrences(of: "id: support", with: "id: draft").replacingOccurrences(of: "    healthy: 4..6\n", with: "")
        let result = try BinaryRunner.run(["--stdin-filename", "new/draft.okr.yaml", "--as-of", "2026-11-01", "--format", "github"] + Self.pinned,
            in: folder.url.appendingPathComponent("goals"), stdin: draft)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=goals/new/draft.okr.yaml,line=6,col=10,"), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 1, "csat is found in goals/metrics.okr.yaml: \(result.stdout)")
    }

    @Test func anExcludedNameLintsNothing() throws {
        let folder = try workspace()
        try folder.write(".okrlint.yaml", "exclude: [\"goals/archive/**\"]\n")
        let result = try BinaryRunner.run(["--stdin-filename", "goals/archive/old.okr.yaml"] + Self.pinned, in: folder.url, stdin: "id: [broken\n")
        #expect(result.status == 0)
        #expect(result.stdout == "No problems found in 0 files\n")
    }

    @Test func pathsBesideStdinAreExitTwo() throws {
        let folder = try workspace()
        let result = try BinaryRunner.run(["--stdin-filename", "goals/support.okr.yaml", "goals"] + Self.pinned, in: folder.url, stdin: Self.support)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--stdin-filename"))
        let dash = try BinaryRunner.run(["--stdin-filename", "goals/support.okr.yaml", "-", "--as-of", "2026-11-01"] + Self.pinned, in: folder.url, stdin: Self.support)
        #expect(dash.status == 0, "'-' names standard input: \(dash.stderr)")
    }
}
